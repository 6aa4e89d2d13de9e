//! Tracebacks after `goroutine 1 [running]:`. Frames are found by walking the
//! frame-pointer chain (generated code keeps frame pointers and the runtime is
//! built with them). Function names, files and lines come from the compiler's
//! `go.pclntab` (docs/abi.md §10) when the program has one, else names come from
//! the ELF symbol table of /proc/self/exe (mapped read-only on demand). Go prints
//! `FUNC(args)` then a tab, `FILE:LINE +0xOFF`; this prints `FUNC()` (no argument
//! words) and the same second line (`?:0` without line tables), the line of a
//! return address being that of its call (looked up at the address - 1). Runtime
//! and Rust frames are skipped; `main.main` ends the trace. Best effort: it never
//! follows a frame pointer outside the stack.

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
    fn mingo_rt_pclntab() -> *const u64;
}

/// The compiler's `go.pclntab` (docs/abi.md §10): a header (magic
/// `"mingopc2"`, `nfunc` u32, `nfile` u32), `nfunc` 24-byte function records,
/// `nfile` u32 file-name offsets, then names and varint line programs.
#[derive(Clone, Copy)]
pub struct PcLnTab {
    base: *const u8,
    nfunc: usize,
}

/// One function record of `go.pclntab`.
#[repr(C)]
struct FuncRec {
    entry: u64,
    size: u32,
    name: u32,
    pcln: u32,
    file: u32,
}

/// A function of the table.
#[derive(Clone, Copy)]
pub struct Func {
    tab: PcLnTab,
    rec: *const FuncRec,
}

pub const PCLN_MAGIC: u64 = u64::from_le_bytes(*b"mingopc2");

/// The compiler's function table, if the program has one.
pub fn pclntab() -> Option<PcLnTab> {
    unsafe {
        let t = mingo_rt_pclntab() as *const u8;
        if t.is_null() || *(t as *const u64) != PCLN_MAGIC {
            return None;
        }
        Some(PcLnTab { base: t, nfunc: *(t.add(8) as *const u32) as usize })
    }
}

/// The function containing `pc` in the compiler's table (records are in the
/// compiler's order, not the linker's: a linear scan).
pub fn find_func(tab: PcLnTab, pc: usize) -> Option<Func> {
    let pc = pc as u64;
    for i in 0..tab.nfunc {
        let rec = unsafe { tab.base.add(16 + 24 * i) } as *const FuncRec;
        let r = unsafe { &*rec };
        if r.entry != 0 && r.entry <= pc && pc < r.entry + r.size as u64 {
            return Some(Func { tab, rec });
        }
    }
    None
}

/// The NUL-terminated string at `off` of the table.
unsafe fn cstr(base: *const u8, off: u32) -> &'static [u8] {
    unsafe {
        let p = base.add(off as usize);
        let mut n = 0;
        while *p.add(n) != 0 {
            n += 1;
        }
        core::slice::from_raw_parts(p, n)
    }
}

unsafe fn uvarint(p: &mut *const u8) -> u64 {
    let (mut v, mut shift) = (0u64, 0);
    loop {
        let b = unsafe { **p };
        *p = unsafe { p.add(1) };
        v |= ((b & 0x7f) as u64) << shift;
        if b < 0x80 || shift > 56 {
            return v;
        }
        shift += 7;
    }
}

impl Func {
    pub fn entry(&self) -> usize {
        unsafe { (*self.rec).entry as usize }
    }

    pub fn name(&self) -> &'static [u8] {
        unsafe { cstr(self.tab.base, (*self.rec).name) }
    }

    fn file_name(&self, i: u32) -> &'static [u8] {
        unsafe {
            let nfile = *(self.tab.base.add(12) as *const u32);
            if i >= nfile {
                return b"?";
            }
            let files = self.tab.base.add(16 + 24 * self.tab.nfunc) as *const u32;
            cstr(self.tab.base, *files.add(i as usize))
        }
    }

    /// The source file and line of `pc` (`("?", 0)` outside the function).
    pub fn pos(&self, pc: usize) -> (&'static [u8], u32) {
        let off = (pc as u64).wrapping_sub(self.entry() as u64);
        unsafe {
            let mut p = self.tab.base.add((*self.rec).pcln as usize);
            let (mut file, mut line, mut at) = ((*self.rec).file, 0i64, 0u64);
            loop {
                let v = uvarint(&mut p);
                if v & 1 != 0 {
                    file = uvarint(&mut p) as u32;
                }
                let zz = v >> 1;
                line += ((zz >> 1) as i64) ^ -((zz & 1) as i64);
                let d = uvarint(&mut p);
                if d == 0 {
                    return (b"?", 0);
                }
                if off < at + d {
                    return (self.file_name(file), line as u32);
                }
                at += d;
            }
        }
    }

    /// The source line of `pc` (0 if unknown).
    pub fn line(&self, pc: usize) -> u32 {
        self.pos(pc).1
    }
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
    name.contains(&b'.')
        && !name.starts_with(b"runtime.")
        && !name.starts_with(b"_ZN")
        && !is_wrapper(name)
}

/// Compiler-made wrappers, which Go's traceback elides too: the closures
/// that run a deferred call (`F.deferwrapN`) and method values (`T.M-fm`).
fn is_wrapper(name: &[u8]) -> bool {
    if name.ends_with(b"-fm") {
        return true;
    }
    let last = match name.iter().rposition(|&b| b == b'.') {
        Some(i) => &name[i + 1..],
        None => name,
    };
    last.starts_with(b"deferwrap")
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
    let mut after_body: Option<&[u8]> = None;
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
                let (file, line) = f.pos(pc);
                frame = Some((f.name(), f.entry(), file, line));
            }
        } else if let Some(t) = &symtab
            && let Some((name, start)) = lookup(t, pc)
        {
            frame = Some((name, start, b"?", 0));
        }
        if let Some((name, start, file, line)) = frame {
            // `F·body` (a function with defers, split in two: docs/abi.md §6) is
            // printed as F, and its caller, the outer F, not again
            let body = name.ends_with("·body".as_bytes());
            let name = if body { &name[..name.len() - "·body".len()] } else { name };
            let outer_of_body = after_body.take() == Some(name);
            if body {
                after_body = Some(name);
            }
            if is_go_frame(name) && !outer_of_body {
                putb(name);
                puts("()\n\t");
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
