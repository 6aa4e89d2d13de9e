//! Tracebacks after `goroutine 1 [running]:`. Frames are found by walking the
//! frame-pointer chain (generated code keeps frame pointers and the runtime is
//! built with them). Function names, files and lines come from the compiler's
//! `go.pclntab` (docs/abi.md §10) when the program has one, else names come from
//! the ELF symbol table of /proc/self/exe (mapped read-only on demand). Go prints
//! `FUNC(args)` then a tab, `FILE:LINE +0xOFF`; this prints `FUNC(...)` and the
//! same second line (`?:0` without line tables). Runtime and Rust frames are
//! skipped. Best effort: it never follows a frame pointer outside the stack.

use crate::abi::GoString;
use crate::print::*;
use crate::sys;

core::arch::global_asm!(
    r#"
    .weak "go.pclntab"
    .section .text.mingo_rt_pclntab,"ax",@progbits
    .globl mingo_rt_pclntab
mingo_rt_pclntab:
    mov rax, offset "go.pclntab"
    ret
"#
);

unsafe extern "C" {
    fn mingo_rt_pclntab() -> *const PcLnTab;
}

/// `go.pclntab` header: magic `"mingopcl"`, then `nfunc` entries sorted by entry.
#[repr(C)]
pub struct PcLnTab {
    pub magic: u64,
    pub nfunc: u64,
    pub funcs: [FuncInfo; 0],
}

/// One function of `go.pclntab` (56 bytes).
#[repr(C)]
pub struct FuncInfo {
    pub entry: u64,
    pub size: u64,
    pub name: GoString,
    pub file: GoString,
    /// `(pc offset, line)` u32 pairs sorted by offset, ended by `(0xffffffff, 0)`;
    /// a pc's line is that of the last pair with offset <= pc - entry.
    pub lines: *const u32,
}

pub const PCLN_MAGIC: u64 = u64::from_le_bytes(*b"mingopcl");

/// The compiler's function table, if the program has one.
pub fn pclntab() -> Option<&'static [FuncInfo]> {
    unsafe {
        let t = mingo_rt_pclntab();
        if t.is_null() || (*t).magic != PCLN_MAGIC {
            return None;
        }
        Some(core::slice::from_raw_parts((*t).funcs.as_ptr(), (*t).nfunc as usize))
    }
}

/// The function containing `pc` in the compiler's table.
pub fn find_func(tab: &'static [FuncInfo], pc: usize) -> Option<&'static FuncInfo> {
    let pc = pc as u64;
    let i = tab.partition_point(|f| f.entry <= pc);
    if i == 0 {
        return None;
    }
    let f = &tab[i - 1];
    if pc < f.entry + f.size { Some(f) } else { None }
}

/// The source line of `pc` in `f` (0 if unknown).
pub fn line_of(f: &FuncInfo, pc: usize) -> u32 {
    if f.lines.is_null() {
        return 0;
    }
    let off = (pc as u64).wrapping_sub(f.entry);
    let mut line = 0;
    let mut p = f.lines;
    unsafe {
        loop {
            let o = *p;
            if o == u32::MAX || o as u64 > off {
                break;
            }
            line = *p.add(1);
            p = p.add(2);
        }
    }
    line
}

pub struct Symtab {
    syms: *const u8,
    nsyms: usize,
    strtab: *const u8,
    strsize: usize,
}

#[repr(C)]
struct Elf64Shdr {
    name: u32,
    typ: u32,
    flags: u64,
    addr: u64,
    offset: u64,
    size: u64,
    link: u32,
    info: u32,
    addralign: u64,
    entsize: u64,
}

#[repr(C)]
struct Elf64Sym {
    name: u32,
    info: u8,
    other: u8,
    shndx: u16,
    value: u64,
    size: u64,
}

fn load_symtab() -> Option<Symtab> {
    unsafe {
        let path = b"/proc/self/exe\0";
        let fd = sys::syscall3(2 /* open */, path.as_ptr() as usize, 0, 0);
        if fd < 0 {
            return None;
        }
        let mut st = [0u64; 18]; // struct stat: st_size at offset 48
        let r = sys::syscall2(5 /* fstat */, fd as usize, st.as_mut_ptr() as usize);
        let size = st[6] as usize;
        if r < 0 || size < 64 {
            sys::syscall1(3, fd as usize);
            return None;
        }
        let base =
            sys::syscall6(sys::SYS_MMAP, 0, size, sys::PROT_READ, sys::MAP_PRIVATE, fd as usize, 0);
        sys::syscall1(3 /* close */, fd as usize);
        if base < 0 && base > -4096 {
            return None;
        }
        let base = base as usize as *const u8;
        if core::slice::from_raw_parts(base, 4) != b"\x7fELF" {
            return None;
        }
        let shoff = *(base.add(0x28) as *const u64) as usize;
        let shentsize = *(base.add(0x3a) as *const u16) as usize;
        let shnum = *(base.add(0x3c) as *const u16) as usize;
        if shoff == 0
            || shentsize < core::mem::size_of::<Elf64Shdr>()
            || shoff + shnum * shentsize > size
        {
            return None;
        }
        for i in 0..shnum {
            let sh = &*(base.add(shoff + i * shentsize) as *const Elf64Shdr);
            if sh.typ == 2 /* SHT_SYMTAB */ && (sh.link as usize) < shnum {
                let strsh = &*(base.add(shoff + sh.link as usize * shentsize) as *const Elf64Shdr);
                if sh.offset as usize + sh.size as usize > size
                    || strsh.offset as usize + strsh.size as usize > size
                {
                    return None;
                }
                return Some(Symtab {
                    syms: base.add(sh.offset as usize),
                    nsyms: sh.size as usize / core::mem::size_of::<Elf64Sym>(),
                    strtab: base.add(strsh.offset as usize),
                    strsize: strsh.size as usize,
                });
            }
        }
        None
    }
}

/// The function containing `pc`: (name, start).
pub fn lookup<'a>(t: &Symtab, pc: usize) -> Option<(&'a [u8], usize)> {
    unsafe {
        let mut best: Option<(usize, u32)> = None;
        for i in 0..t.nsyms {
            let s = &*(t.syms.add(i * core::mem::size_of::<Elf64Sym>()) as *const Elf64Sym);
            if s.info & 0xf != 2 /* STT_FUNC */ && s.info & 0xf != 0 {
                continue;
            }
            let v = s.value as usize;
            if v <= pc && pc < v + s.size as usize {
                if best.is_none_or(|(b, _)| v > b) {
                    best = Some((v, s.name));
                }
            }
        }
        let (start, name) = best?;
        if name as usize >= t.strsize {
            return None;
        }
        let p = t.strtab.add(name as usize);
        let mut n = 0;
        while name as usize + n < t.strsize && *p.add(n) != 0 {
            n += 1;
        }
        Some((core::slice::from_raw_parts(p, n), start))
    }
}

/// The executable's symbol table, if readable.
pub fn load_symtab_pub() -> Option<Symtab> {
    load_symtab()
}

fn is_go_frame(name: &[u8]) -> bool {
    name.contains(&b'.') && !name.starts_with(b"runtime.") && !name.starts_with(b"_ZN")
}

/// Prints the Go frames of the current stack.
pub fn print_traceback(_pc: usize, _fp: usize) {
    let pcln = pclntab();
    let symtab = if pcln.is_none() { load_symtab() } else { None };
    if pcln.is_none() && symtab.is_none() {
        return;
    }
    let top = unsafe {
        crate::sched::cur_stack()
            .map(|s| s.1)
            .unwrap_or((*(&raw const crate::heap::HEAP)).stack_top)
    };
    let fault_pc = unsafe { crate::panic::SIG.3 };
    let mut fp: usize;
    unsafe { core::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack)) };
    let mut n = 0;
    while fp != 0 && fp % 8 == 0 && fp < top && n < 100 {
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if ret == 0 {
            break;
        }
        // the call instruction is just before a return address; a faulting
        // instruction's address is exact
        let pc = if ret == fault_pc { ret } else { ret - 1 };
        let mut frame: Option<(&[u8], usize, &[u8], u32)> = None;
        if let Some(t) = pcln {
            if let Some(f) = find_func(t, pc) {
                frame = Some(unsafe {
                    (f.name.bytes(), f.entry as usize, f.file.bytes(), line_of(f, pc))
                });
            }
        } else if let Some(t) = &symtab {
            if let Some((name, start)) = lookup(t, pc) {
                frame = Some((name, start, b"?", 0));
            }
        }
        if let Some((name, start, file, line)) = frame {
            if is_go_frame(name) {
                putb(name);
                puts("(...)\n\t");
                putb(file);
                puts(":");
                put_uint(line as u64);
                puts(" +");
                put_hex((ret - start) as u64);
                puts("\n");
                n += 1;
                if name == b"main.main" {
                    break;
                }
            }
        }
        if next <= fp {
            break;
        }
        fp = next;
    }
}
