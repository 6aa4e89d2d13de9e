//! Process start-up and exit (docs/abi.md §3): `_start` records argc/argv/envp
//! and the stack top, reads the auxiliary vector (the program headers give the
//! writable segments the GC scans), installs the SIGSEGV/SIGBUS/SIGFPE/SIGILL
//! handlers on an alternate signal stack, initializes the heap, reads
//! `MINGODEBUG`/`GOGC`, switches to a 1 GB stack (Go's maximum goroutine stack)
//! with a guard region, calls `main.init` then `main.main`, and exits with 0.
//! Also `runtime.exit` (os.Exit), `runtime.os_args` and `runtime.getenv`.

use crate::abi::{GoString, Slice};
use crate::heap::{self, Scan};
use crate::print::*;
use crate::sys;

unsafe extern "C" {
    #[link_name = "main.init"]
    fn main_init();
    #[link_name = "main.main"]
    fn main_main();
}

static mut ARGC: usize = 0;
static mut ARGV: *const *const u8 = core::ptr::null();
static mut ENVP: *const *const u8 = core::ptr::null();
static mut DEBUG_ALLOCS: bool = false;
static mut GC_STRESS: u64 = 0;

core::arch::global_asm!(
    r#"
    .section .text._start,"ax",@progbits
    .globl _start
    .type _start,@function
_start:
    xor ebp, ebp
    mov rdi, rsp
    and rsp, -16
    call {entry}
    ud2
    .size _start, . - _start

    .section .text.mingo_rt_sigreturn,"ax",@progbits
    .globl mingo_rt_sigreturn
mingo_rt_sigreturn:
    mov eax, 15
    syscall
    ud2

    .section .text.runtime.sigpanic,"ax",@progbits
    .globl "runtime.sigpanic"
    .type "runtime.sigpanic",@function
"runtime.sigpanic":
    push rbp
    mov rbp, rsp
    and rsp, -16
    call {sigpanic}
    ud2
    .size "runtime.sigpanic", . - "runtime.sigpanic"
    .text
"#,
    entry = sym rt_entry,
    sigpanic = sym crate::panic::sigpanic_impl,
);

unsafe extern "C" {
    fn mingo_rt_sigreturn();
    #[link_name = "runtime.sigpanic"]
    fn sigpanic();
}

const AT_PHDR: usize = 3;
const AT_PHENT: usize = 4;
const AT_PHNUM: usize = 5;
const PT_LOAD: u32 = 1;
const PF_W: u32 = 2;

#[repr(C)]
struct Phdr {
    p_type: u32,
    p_flags: u32,
    p_offset: u64,
    p_vaddr: u64,
    p_paddr: u64,
    p_filesz: u64,
    p_memsz: u64,
    p_align: u64,
}

unsafe extern "C" fn rt_entry(sp: *const usize) -> ! {
    unsafe {
        let argc = *sp;
        let argv = sp.add(1) as *const *const u8;
        let envp = argv.add(argc + 1);
        ARGC = argc;
        ARGV = argv;
        ENVP = envp;
        // auxv follows envp's terminating null
        let mut e = envp;
        while !(*e).is_null() {
            e = e.add(1);
        }
        let mut aux = e.add(1) as *const usize;
        let (mut phdr, mut phent, mut phnum) = (0usize, 0usize, 0usize);
        while *aux != 0 {
            match *aux {
                AT_PHDR => phdr = *aux.add(1),
                AT_PHENT => phent = *aux.add(1),
                AT_PHNUM => phnum = *aux.add(1),
                _ => {}
            }
            aux = aux.add(2);
        }
        let mut ranges = [(0usize, 0usize); 8];
        let mut nr = 0;
        if phdr != 0 && phent >= core::mem::size_of::<Phdr>() {
            for i in 0..phnum {
                let ph = &*((phdr + i * phent) as *const Phdr);
                if ph.p_type == PT_LOAD && ph.p_flags & PF_W != 0 && nr < 8 {
                    ranges[nr] = (ph.p_vaddr as usize, (ph.p_vaddr + ph.p_memsz) as usize);
                    nr += 1;
                }
            }
        }
        let gogc = read_env_settings();
        install_signals();
        // Go's goroutine stacks grow to 1 GB: run the program on a 1 GB stack
        // (committed lazily) with a guard region below it, falling back to the
        // process stack if the reservation fails.
        let total = MAIN_STACK_SIZE + STACK_GUARD;
        let lo = sys::mmap_anon(0, total, sys::PROT_READ | sys::PROT_WRITE, sys::MAP_NORESERVE);
        if !lo.is_null() {
            sys::syscall3(10 /* mprotect */, lo as usize, STACK_GUARD, sys::PROT_NONE);
            GUARD_LO = lo as usize;
            GUARD_HI = lo as usize + STACK_GUARD;
            let top = lo as usize + total;
            heap::init(top, &ranges[..nr], gogc, GC_STRESS);
            mingo_rt_switch_stack(top, run_main);
        }
        heap::init(sp as usize, &ranges[..nr], gogc, GC_STRESS);
        run_main();
    }
}

const MAIN_STACK_SIZE: usize = 1 << 30;
const STACK_GUARD: usize = 256 * 1024;
static mut GUARD_LO: usize = 0;
static mut GUARD_HI: usize = 0;

extern "C" fn run_main() -> ! {
    unsafe {
        let top = (*(&raw const heap::HEAP)).stack_top;
        let lo = if GUARD_HI != 0 { GUARD_HI } else { top.saturating_sub(8 << 20) };
        crate::sched::init(lo, top, GUARD_LO);
    }
    crate::prof::init();
    unsafe {
        main_init();
        main_main();
    }
    exit_now(0)
}

core::arch::global_asm!(
    r#"
    .section .text.mingo_rt_switch_stack,"ax",@progbits
    .globl mingo_rt_switch_stack
    .type mingo_rt_switch_stack,@function
mingo_rt_switch_stack:
    mov rsp, rdi
    xor ebp, ebp
    call rsi
    ud2
    .size mingo_rt_switch_stack, . - mingo_rt_switch_stack
"#
);

unsafe extern "C" {
    fn mingo_rt_switch_stack(top: usize, f: extern "C" fn() -> !) -> !;
}

/// Reads GOGC and MINGODEBUG; returns the GOGC percentage (-1 = off).
fn read_env_settings() -> isize {
    let mut gogc = 100isize;
    if let Some(v) = getenv_bytes(b"GOGC") {
        if v == b"off" {
            gogc = -1;
        } else if !v.is_empty() && v.iter().all(|c| c.is_ascii_digit()) {
            let mut n: isize = 0;
            for &c in v {
                n = n.saturating_mul(10).saturating_add((c - b'0') as isize);
            }
            gogc = n;
        }
    }
    if let Some(v) = getenv_bytes(b"MINGODEBUG") {
        for item in v.split(|&c| c == b',') {
            if item == b"allocs=1" {
                unsafe { DEBUG_ALLOCS = true };
            }
            if let Some(n) = item.strip_prefix(b"gcstress=") {
                let mut v: u64 = 0;
                for &c in n {
                    if c.is_ascii_digit() {
                        v = v.saturating_mul(10).saturating_add((c - b'0') as u64);
                    }
                }
                unsafe { GC_STRESS = v };
            }
        }
    }
    gogc
}

unsafe fn cstr<'a>(p: *const u8) -> &'a [u8] {
    let mut n = 0;
    unsafe {
        while *p.add(n) != 0 {
            n += 1;
        }
        core::slice::from_raw_parts(p, n)
    }
}

/// The value of environment variable `name`, if set.
pub fn getenv_bytes(name: &[u8]) -> Option<&'static [u8]> {
    unsafe {
        let mut e = ENVP;
        if e.is_null() {
            return None;
        }
        while !(*e).is_null() {
            let s = cstr(*e);
            if s.len() > name.len() && s[name.len()] == b'=' && &s[..name.len()] == name {
                return Some(&s[name.len() + 1..]);
            }
            e = e.add(1);
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Signals

#[repr(C)]
struct KSigaction {
    handler: usize,
    flags: u64,
    restorer: usize,
    mask: u64,
}

#[repr(C)]
struct StackT {
    sp: usize,
    flags: i32,
    size: usize,
}

const SA_SIGINFO: u64 = 4;
const SA_ONSTACK: u64 = 0x0800_0000;
const SA_RESTORER: u64 = 0x0400_0000;
const SA_NODEFER: u64 = 0x4000_0000;
const ALTSTACK_SIZE: usize = 64 * 1024;

unsafe fn install_signals() {
    unsafe {
        let stk = sys::mmap_anon(0, ALTSTACK_SIZE, sys::PROT_READ | sys::PROT_WRITE, 0);
        if !stk.is_null() {
            let ss = StackT { sp: stk as usize, flags: 0, size: ALTSTACK_SIZE };
            sys::syscall2(sys::SYS_SIGALTSTACK, &ss as *const StackT as usize, 0);
        }
        for sig in [sys::SIGSEGV, sys::SIGBUS, sys::SIGFPE, 4 /* SIGILL */] {
            install_handler(sig, sighandler as *const () as usize, false);
        }
    }
}

/// Installs `handler(sig, info, ucontext)` for `sig` on the alternate stack;
/// `restart` adds SA_RESTART (for asynchronous signals such as SIGPROF).
pub fn install_handler(sig: usize, handler: usize, restart: bool) {
    let flags = SA_SIGINFO | SA_ONSTACK | SA_RESTORER;
    let sa = KSigaction {
        handler,
        flags: if restart { flags | SA_RESTART } else { flags | SA_NODEFER },
        restorer: mingo_rt_sigreturn as *const () as usize,
        mask: 0,
    };
    unsafe { sys::syscall4(sys::SYS_RT_SIGACTION, sig, &sa as *const KSigaction as usize, 0, 8) };
}

const SA_RESTART: u64 = 0x1000_0000;

const UC_MCONTEXT_GREGS: usize = 40;
const REG_RSP: usize = 15;
const REG_RIP: usize = 16;

/// The main stack's lowest address seen so far is unknown; a fault within this
/// distance below the stack pointer is treated as a stack overflow.
const STACK_GUARD_SLACK: usize = 64 * 1024;

extern "C" fn sighandler(sig: i32, info: *const u8, uctx: *mut u8) {
    unsafe {
        let code = *(info.add(8) as *const i32) as usize;
        let addr = *(info.add(16) as *const usize);
        let gregs = uctx.add(UC_MCONTEXT_GREGS) as *mut usize;
        let rip = *gregs.add(REG_RIP);
        let rsp = *gregs.add(REG_RSP);
        if sig == 4 {
            puts("SIGILL: illegal instruction\nPC=");
            put_hex(rip as u64);
            puts(" m=0 sigcode=");
            put_uint(code as u64);
            puts("\n\ngoroutine 1 [running]:\n");
            exit_now(2);
        }
        let in_guard = match crate::sched::cur_stack() {
            Some((lo, _, guard_lo)) if guard_lo != 0 => addr >= guard_lo && addr < lo,
            _ => addr >= GUARD_LO && addr < GUARD_HI,
        };
        if sig as usize == sys::SIGSEGV
            && (in_guard
                || (GUARD_LO == 0
                    && addr < rsp
                    && rsp - addr < STACK_GUARD_SLACK
                    && addr + (64 << 20) > rsp))
        {
            puts("runtime: goroutine stack exceeds 1000000000-byte limit\n");
            let (lo, hi) = match crate::sched::cur_stack() {
                Some((lo, hi, _)) => (lo, hi),
                None => (GUARD_HI, GUARD_HI + MAIN_STACK_SIZE),
            };
            puts("runtime: sp=");
            put_hex(rsp as u64);
            puts(" stack=[");
            put_hex(lo as u64);
            puts(", ");
            put_hex(hi as u64);
            puts("]\nfatal error: stack overflow\n\ngoroutine ");
            put_uint(crate::sched::cur_id());
            puts(" [running]:\n");
            exit_now(2);
        }
        if crate::panic::SIG_DEPTH > 4 {
            puts("fatal error: unexpected signal during runtime execution\n");
            exit_now(2);
        }
        crate::panic::SIG_DEPTH += 1;
        crate::panic::SIG = (sig as usize, code, addr, rip);
        // make it look as if the faulting instruction called sigpanic
        let nsp = rsp - 8;
        *(nsp as *mut usize) = rip;
        *gregs.add(REG_RSP) = nsp;
        *gregs.add(REG_RIP) = sigpanic as *const () as usize;
    }
}

// ---------------------------------------------------------------------------
// Exit, os.Args

/// Exits now with `code` (no deferred calls run), printing the allocation count
/// first when `MINGODEBUG=allocs=1`.
pub fn exit_now(code: i32) -> ! {
    crate::prof::finish();
    unsafe {
        if DEBUG_ALLOCS {
            puts("allocs: ");
            put_uint(heap::num_allocs());
            puts("\n");
        }
    }
    sys::exit_group(code)
}

/// `runtime.exit(code)`: os.Exit.
#[unsafe(export_name = "runtime.exit")]
pub extern "C" fn exit(code: i64) -> ! {
    exit_now(code as i32)
}

/// `runtime.os_args() []string`: a new slice of the program's arguments
/// (3 results: hidden result pointer).
#[unsafe(export_name = "runtime.os_args")]
pub unsafe extern "C" fn os_args() -> Slice {
    unsafe {
        let n = ARGC;
        let p = heap::alloc(n * 16, Scan::Conservative, true) as *mut GoString;
        for i in 0..n {
            let s = cstr(*ARGV.add(i));
            *p.add(i) = GoString { ptr: s.as_ptr(), len: s.len() };
        }
        Slice { ptr: p as *mut u8, len: n, cap: n }
    }
}

/// `runtime.getenv(key string) (value string, ok bool)` — results through the
/// hidden result pointer (3 scalars).
#[unsafe(export_name = "runtime.getenv")]
pub unsafe extern "C" fn getenv(p: *const u8, n: usize) -> GetenvResult {
    let key = if n == 0 { &[][..] } else { unsafe { core::slice::from_raw_parts(p, n) } };
    let r = match getenv_bytes(key) {
        Some(v) => GetenvResult { ptr: v.as_ptr(), len: v.len(), ok: true },
        None => GetenvResult { ptr: core::ptr::null(), len: 0, ok: false },
    };
    r
}

#[repr(C)]
pub struct GetenvResult {
    pub ptr: *const u8,
    pub len: usize,
    pub ok: bool,
}

/// `runtime.nanotime() int64`: CLOCK_MONOTONIC in nanoseconds.
#[unsafe(export_name = "runtime.nanotime")]
pub extern "C" fn nanotime() -> i64 {
    sys::clock_gettime_ns(1)
}

#[repr(C)]
pub struct WallTime {
    pub sec: i64,
    pub nsec: i64,
}

/// `runtime.walltime() (sec int64, nsec int32)`: CLOCK_REALTIME in rax, rdx.
#[unsafe(export_name = "runtime.walltime")]
pub extern "C" fn walltime() -> WallTime {
    let mut ts = sys::Timespec { sec: 0, nsec: 0 };
    unsafe { sys::syscall2(sys::SYS_CLOCK_GETTIME, 0, &mut ts as *mut sys::Timespec as usize) };
    WallTime { sec: ts.sec, nsec: ts.nsec }
}

/// `runtime.timeSleep(ns int64)`: sleeps at least `ns` nanoseconds (other
/// goroutines run meanwhile).
#[unsafe(export_name = "runtime.timeSleep")]
pub extern "C" fn time_sleep(ns: i64) {
    if ns <= 0 {
        return;
    }
    crate::sched::sleep(ns);
}

/// nanosleep(2) for `ns` > 0 nanoseconds, resumed after EINTR.
pub fn nanosleep(ns: i64) {
    if ns <= 0 {
        return;
    }
    let mut req = sys::Timespec { sec: ns / 1_000_000_000, nsec: ns % 1_000_000_000 };
    loop {
        let mut rem = sys::Timespec { sec: 0, nsec: 0 };
        let r = unsafe {
            sys::syscall2(
                sys::SYS_NANOSLEEP,
                &req as *const sys::Timespec as usize,
                &mut rem as *mut sys::Timespec as usize,
            )
        };
        if r != -4 {
            return;
        }
        req = rem;
    }
}

/// `runtime.write(fd int, p []byte) int`: one write(2); bytes written or -errno.
#[unsafe(export_name = "runtime.write")]
pub unsafe extern "C" fn write(fd: i64, p: *const u8, n: usize, _cap: usize) -> i64 {
    unsafe { sys::syscall3(sys::SYS_WRITE, fd as usize, p as usize, n) as i64 }
}

/// `runtime.read(fd int, p []byte) int`: one read(2); bytes read (0 = EOF) or -errno.
#[unsafe(export_name = "runtime.read")]
pub unsafe extern "C" fn read(fd: i64, p: *mut u8, n: usize, _cap: usize) -> i64 {
    unsafe { sys::syscall3(sys::SYS_READ, fd as usize, p as usize, n) as i64 }
}

/// `runtime.argc() int`.
#[unsafe(export_name = "runtime.argc")]
pub extern "C" fn argc() -> i64 {
    unsafe { ARGC as i64 }
}

/// `runtime.argv(i int) string`: the C string itself, no copy.
#[unsafe(export_name = "runtime.argv")]
pub extern "C" fn argv(i: i64) -> GoString {
    unsafe {
        if i < 0 || i as usize >= ARGC {
            return GoString::EMPTY;
        }
        let s = cstr(*ARGV.add(i as usize));
        GoString { ptr: s.as_ptr(), len: s.len() }
    }
}

fn env_count() -> usize {
    unsafe {
        let mut n = 0;
        if ENVP.is_null() {
            return 0;
        }
        while !(*ENVP.add(n)).is_null() {
            n += 1;
        }
        n
    }
}

/// `runtime.envc() int`.
#[unsafe(export_name = "runtime.envc")]
pub extern "C" fn envc() -> i64 {
    env_count() as i64
}

/// `runtime.envv(i int) string`: `"KEY=value"`.
#[unsafe(export_name = "runtime.envv")]
pub extern "C" fn envv(i: i64) -> GoString {
    unsafe {
        if i < 0 || i as usize >= env_count() {
            return GoString::EMPTY;
        }
        let s = cstr(*ENVP.add(i as usize));
        GoString { ptr: s.as_ptr(), len: s.len() }
    }
}

/// `runtime.x86HasFMA() bool`: AVX + FMA usable (CPUID.1:ECX 12, 27, 28; XCR0 & 6).
#[unsafe(export_name = "runtime.x86HasFMA")]
pub extern "C" fn x86_has_fma() -> bool {
    crate::math::have_fma()
}

/// `runtime.ftoa(buf *byte, cap int, f float64, fmt byte, prec int) int`
/// (docs/abi.md §8): writes `DIGITS e EXP` and returns its length.
#[unsafe(export_name = "runtime.ftoa")]
pub unsafe extern "C" fn ftoa(buf: *mut u8, cap: i64, f: f64, fmt: u8, prec: i64) -> i64 {
    if cap <= 0 {
        return 0;
    }
    // One OS thread runs Go code (sched.rs) and ftoa never yields: exclusive access.
    static mut POW_CACHE: crate::ftoa::PowCache = crate::ftoa::PowCache::new();
    let out = unsafe { core::slice::from_raw_parts_mut(buf, cap as usize) };
    let cache = unsafe { &mut *core::ptr::addr_of_mut!(POW_CACHE) };
    crate::ftoa::ftoa_cached(out, f, fmt, prec, cache) as i64
}

/// `runtime.fastrand() uint32`.
#[unsafe(export_name = "runtime.fastrand")]
pub extern "C" fn fastrand() -> u32 {
    crate::map::fastrand64() as u32
}
