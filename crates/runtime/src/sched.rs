//! Goroutines (phase 2, docs/abi.md §10): M:1 green threads on one OS thread,
//! scheduled cooperatively — a goroutine runs until it blocks (channel, select,
//! semaphore, sleep), yields (`runtime.Gosched`) or exits. Like Go with
//! GOMAXPROCS=1, a goroutine made ready (new, or woken by a channel operation)
//! goes to the `runnext` slot and runs next; the previous occupant moves to the
//! tail of the FIFO run queue. Each goroutine has its own stack (256 MB of
//! address space, committed lazily, with a guard region), its own defer-frame
//! and panic chains (swapped at each switch), and an id as in Go 1.19 (main is
//! 1, the first user goroutine 5). When nothing can run the scheduler sleeps
//! until the earliest timer, or reports Go's `all goroutines are asleep -
//! deadlock!`. The main goroutine returning ends the program.

use crate::abi::Closure;
use crate::print::*;
use crate::sys;
use core::ptr::null_mut;

pub const RUNNABLE: u8 = 1;
pub const RUNNING: u8 = 2;
pub const WAITING: u8 = 3;
pub const DEAD: u8 = 4;

const STACK_SIZE: usize = 256 << 20;
const GUARD: usize = 64 * 1024;
const MAX_FREE: usize = 64;

#[repr(C)]
pub struct G {
    /// Saved stack pointer while switched out.
    pub rsp: usize,
    pub id: u64,
    pub status: u8,
    pub wait_reason: &'static str,
    /// Usable stack [lo, hi); the guard region is [guard_lo, lo).
    pub stack_lo: usize,
    pub stack_hi: usize,
    pub guard_lo: usize,
    pub defer_top: *mut crate::panic::DeferFrame,
    pub panic_top: *mut crate::panic::Panic,
    pub closure: *const Closure,
    /// Run queue / timer list / free list link.
    pub next: *mut G,
    /// All goroutines (live ones), for the GC.
    pub allnext: *mut G,
    pub allprev: *mut G,
    /// Monotonic deadline of a sleeping goroutine.
    pub wake_at: i64,
    /// Set by whoever wakes a goroutine blocked in a select.
    pub select_done: bool,
    /// The sudog that woke it (channels).
    pub param: usize,
}

pub static mut MAIN_G: G = G {
    rsp: 0,
    id: 1,
    status: RUNNING,
    wait_reason: "",
    stack_lo: 0,
    stack_hi: 0,
    guard_lo: 0,
    defer_top: null_mut(),
    panic_top: null_mut(),
    closure: core::ptr::null(),
    next: null_mut(),
    allnext: null_mut(),
    allprev: null_mut(),
    wake_at: 0,
    select_done: false,
    param: 0,
};

pub static mut CUR: *mut G = null_mut();
static mut RUNQ_HEAD: *mut G = null_mut();
static mut RUNQ_TAIL: *mut G = null_mut();
static mut RUNNEXT: *mut G = null_mut();
static mut TIMERS: *mut G = null_mut();
static mut ALLG: *mut G = null_mut();
static mut FREE: *mut G = null_mut();
static mut NFREE: usize = 0;
static mut DEAD_G: *mut G = null_mut();
static mut NEXT_ID: u64 = 5;
static mut NUM_G: usize = 0;

/// Registers the main goroutine (running on the stack [lo, hi)).
pub fn init(lo: usize, hi: usize, guard_lo: usize) {
    unsafe {
        let g = &raw mut MAIN_G;
        (*g).stack_lo = lo;
        (*g).stack_hi = hi;
        (*g).guard_lo = guard_lo;
        (*g).status = RUNNING;
        CUR = g;
        ALLG = g;
        NUM_G = 1;
    }
}

/// The running goroutine (null before start-up finished).
#[inline]
pub fn cur() -> *mut G {
    unsafe { CUR }
}

pub fn cur_id() -> u64 {
    unsafe { if CUR.is_null() { 1 } else { (*CUR).id } }
}

/// Stack bounds of the running goroutine: (lo, hi, guard_lo).
pub fn cur_stack() -> Option<(usize, usize, usize)> {
    unsafe {
        if CUR.is_null() { None } else { Some(((*CUR).stack_lo, (*CUR).stack_hi, (*CUR).guard_lo)) }
    }
}

core::arch::global_asm!(
    r#"
    .section .text.mingo_rt_swapg,"ax",@progbits
    .globl mingo_rt_swapg
    .type mingo_rt_swapg,@function
mingo_rt_swapg:
    push rbp
    push rbx
    push r12
    push r13
    push r14
    push r15
    mov [rdi], rsp
    mov rsp, rsi
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret
    .size mingo_rt_swapg, . - mingo_rt_swapg

    .section .text.mingo_rt_gostart,"ax",@progbits
    .globl mingo_rt_gostart
    .type mingo_rt_gostart,@function
mingo_rt_gostart:
    xor ebp, ebp
    and rsp, -16
    mov rdi, r12
    call {gomain}
    ud2
    .size mingo_rt_gostart, . - mingo_rt_gostart
"#,
    gomain = sym gomain,
);

unsafe extern "C" {
    fn mingo_rt_swapg(save: *mut usize, to: usize);
    fn mingo_rt_gostart();
}

extern "C" fn gomain(closure: *const Closure) -> ! {
    unsafe {
        free_dead();
        ((*closure).code)(closure);
        goexit()
    }
}

/// Switches to `next` (the current goroutine must already be queued, parked or
/// dead). Returns when the current goroutine runs again.
unsafe fn switch_to(next: *mut G) {
    unsafe {
        let cur = CUR;
        (*next).status = RUNNING;
        if cur == next {
            return;
        }
        (*cur).defer_top = crate::panic::MINGO_RT_DEFER_TOP;
        (*cur).panic_top = crate::panic::PANIC_TOP;
        crate::panic::MINGO_RT_DEFER_TOP = (*next).defer_top;
        crate::panic::PANIC_TOP = (*next).panic_top;
        CUR = next;
        mingo_rt_swapg(&mut (*cur).rsp, (*next).rsp);
        // running again as `cur`
        free_dead();
    }
}

/// Frees the stack of a goroutine that exited (it cannot free its own).
fn free_dead() {
    unsafe {
        let g = DEAD_G;
        if g.is_null() {
            return;
        }
        DEAD_G = null_mut();
        if NFREE < MAX_FREE {
            // keep the mapping, give its memory back
            sys::madvise(
                (*g).stack_lo as *mut u8,
                (*g).stack_hi - (*g).stack_lo,
                sys::MADV_DONTNEED,
            );
            (*g).next = FREE;
            FREE = g;
            NFREE += 1;
        } else {
            sys::munmap((*g).guard_lo as *mut u8, (*g).stack_hi - (*g).guard_lo);
            (*g).next = FREE_STRUCTS;
            FREE_STRUCTS = g;
        }
    }
}

static mut FREE_STRUCTS: *mut G = null_mut();

fn runq_put(g: *mut G) {
    unsafe {
        (*g).next = null_mut();
        if RUNQ_TAIL.is_null() {
            RUNQ_HEAD = g;
        } else {
            (*RUNQ_TAIL).next = g;
        }
        RUNQ_TAIL = g;
    }
}

fn runq_get() -> *mut G {
    unsafe {
        if !RUNNEXT.is_null() {
            let g = RUNNEXT;
            RUNNEXT = null_mut();
            return g;
        }
        let g = RUNQ_HEAD;
        if !g.is_null() {
            RUNQ_HEAD = (*g).next;
            if RUNQ_HEAD.is_null() {
                RUNQ_TAIL = null_mut();
            }
            (*g).next = null_mut();
        }
        g
    }
}

/// Makes `g` runnable, in the runnext slot (Go's `ready(gp, next=true)`).
pub fn goready(g: *mut G) {
    unsafe {
        (*g).status = RUNNABLE;
        if !RUNNEXT.is_null() {
            runq_put(RUNNEXT);
        }
        RUNNEXT = g;
    }
}

/// Blocks the current goroutine until `goready` (or forever).
pub fn gopark(reason: &'static str) {
    unsafe {
        let g = CUR;
        (*g).status = WAITING;
        (*g).wait_reason = reason;
        schedule();
    }
}

/// Runs something else; returns when the current goroutine is scheduled again.
fn schedule() {
    unsafe {
        loop {
            wake_timers(sys::clock_gettime_ns(1));
            let g = runq_get();
            if !g.is_null() {
                switch_to(g);
                return;
            }
            if !TIMERS.is_null() {
                let now = sys::clock_gettime_ns(1);
                let d = (*TIMERS).wake_at - now;
                if d > 0 {
                    crate::start::nanosleep(d);
                }
                continue;
            }
            deadlock();
        }
    }
}

fn deadlock() -> ! {
    puts("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [");
    unsafe { puts((*(&raw const MAIN_G)).wait_reason) };
    puts("]:\n");
    crate::start::exit_now(2)
}

fn wake_timers(now: i64) {
    unsafe {
        while !TIMERS.is_null() && (*TIMERS).wake_at <= now {
            let g = TIMERS;
            TIMERS = (*g).next;
            (*g).next = null_mut();
            (*g).wake_at = 0;
            (*g).status = RUNNABLE;
            runq_put(g);
        }
    }
}

/// Sleeps the current goroutine for `ns` nanoseconds (time.Sleep).
pub fn sleep(ns: i64) {
    unsafe {
        if CUR.is_null() || NUM_G <= 1 {
            crate::start::nanosleep(ns);
            return;
        }
        let g = CUR;
        (*g).wake_at = sys::clock_gettime_ns(1) + ns;
        // insert sorted (FIFO among equal deadlines)
        let mut p = &raw mut TIMERS;
        while !(*p).is_null() && (**p).wake_at <= (*g).wake_at {
            p = &raw mut (**p).next;
        }
        (*g).next = *p;
        *p = g;
        gopark("sleep");
    }
}

fn alloc_g() -> *mut G {
    unsafe {
        if !FREE.is_null() {
            let g = FREE;
            FREE = (*g).next;
            NFREE -= 1;
            return g;
        }
        let g = if !FREE_STRUCTS.is_null() {
            let g = FREE_STRUCTS;
            FREE_STRUCTS = (*g).next;
            g
        } else {
            crate::iface::persistent_alloc(core::mem::size_of::<G>()) as *mut G
        };
        let total = STACK_SIZE + GUARD;
        let base = sys::mmap_anon(0, total, sys::PROT_READ | sys::PROT_WRITE, sys::MAP_NORESERVE);
        if base.is_null() {
            crate::panic::throw("runtime: cannot allocate goroutine stack");
        }
        sys::syscall3(10 /* mprotect */, base as usize, GUARD, sys::PROT_NONE);
        (*g).guard_lo = base as usize;
        (*g).stack_lo = base as usize + GUARD;
        (*g).stack_hi = base as usize + total;
        g
    }
}

/// `runtime.newproc(fn *Closure)`: the `go` statement — runs `fn()` in a new
/// goroutine (the caller packs arguments into the closure).
#[unsafe(export_name = "runtime.newproc")]
pub unsafe extern "C" fn newproc(closure: *const Closure) {
    unsafe {
        if CUR.is_null() {
            crate::panic::throw("go statement before start-up");
        }
        if closure.is_null() {
            crate::panic::panicnilfunc();
        }
        let g = alloc_g();
        let top = (*g).stack_hi & !15;
        // initial frame popped by mingo_rt_swapg: r15 r14 r13 r12 rbx rbp, ret
        let sp = (top - 8 * 8) as *mut usize;
        for i in 0..8 {
            *sp.add(i) = 0;
        }
        *sp.add(3) = closure as usize; // r12
        *sp.add(6) = mingo_rt_gostart as *const () as usize;
        (*g).rsp = sp as usize;
        (*g).id = NEXT_ID;
        NEXT_ID += 1;
        (*g).status = RUNNABLE;
        (*g).wait_reason = "";
        (*g).defer_top = null_mut();
        (*g).panic_top = null_mut();
        (*g).closure = closure;
        (*g).wake_at = 0;
        (*g).select_done = false;
        (*g).param = 0;
        // link into ALLG
        (*g).allprev = null_mut();
        (*g).allnext = ALLG;
        if !ALLG.is_null() {
            (*ALLG).allprev = g;
        }
        ALLG = g;
        NUM_G += 1;
        goready(g);
    }
}

/// Ends the current goroutine.
pub fn goexit() -> ! {
    unsafe {
        let g = CUR;
        if g == &raw mut MAIN_G {
            crate::start::exit_now(0);
        }
        (*g).status = DEAD;
        (*g).closure = core::ptr::null();
        // unlink from ALLG
        if !(*g).allprev.is_null() {
            (*(*g).allprev).allnext = (*g).allnext;
        } else {
            ALLG = (*g).allnext;
        }
        if !(*g).allnext.is_null() {
            (*(*g).allnext).allprev = (*g).allprev;
        }
        NUM_G -= 1;
        DEAD_G = g;
        schedule();
        crate::panic::throw("dead goroutine resumed");
    }
}

/// `runtime.Gosched()`: lets the other runnable goroutines run.
#[unsafe(export_name = "runtime.Gosched")]
pub extern "C" fn gosched() {
    unsafe {
        if CUR.is_null() {
            return;
        }
        let g = CUR;
        (*g).status = RUNNABLE;
        runq_put(g);
        schedule();
    }
}

/// `runtime.NumGoroutine() int`.
#[unsafe(export_name = "runtime.NumGoroutine")]
pub extern "C" fn num_goroutine() -> i64 {
    unsafe { NUM_G.max(1) as i64 }
}

/// GC roots: the stacks of the goroutines that are not running (from their
/// saved stack pointer) and their G structs. The running goroutine's stack is
/// scanned by the collector from its own stack pointer.
pub fn gc_roots(f: &mut dyn FnMut(usize, usize)) {
    unsafe {
        let mut g = ALLG;
        while !g.is_null() {
            if g != CUR {
                f((*g).rsp, (*g).stack_hi);
            }
            f(g as usize, g as usize + core::mem::size_of::<G>());
            g = (*g).allnext;
        }
    }
}

// ---------------------------------------------------------------------------
// Semaphores for package sync (Go's sync.runtime_Semacquire/Semrelease)

struct SemWaiter {
    g: *mut G,
    addr: *mut u32,
    next: *mut SemWaiter,
}

static mut SEM_WAITERS: *mut SemWaiter = null_mut();
static mut SEM_TAIL: *mut SemWaiter = null_mut();

/// `runtime.semacquire(addr *uint32)`: waits until `*addr > 0`, then decrements it.
#[unsafe(export_name = "runtime.semacquire")]
pub unsafe extern "C" fn semacquire(addr: *mut u32) {
    unsafe {
        loop {
            if *addr > 0 {
                *addr -= 1;
                return;
            }
            let mut w = SemWaiter { g: CUR, addr, next: null_mut() };
            if SEM_TAIL.is_null() {
                SEM_WAITERS = &mut w;
            } else {
                (*SEM_TAIL).next = &mut w;
            }
            SEM_TAIL = &mut w;
            gopark("semacquire");
        }
    }
}

/// `runtime.semrelease(addr *uint32)`: increments `*addr` and wakes the first
/// goroutine waiting on it.
#[unsafe(export_name = "runtime.semrelease")]
pub unsafe extern "C" fn semrelease(addr: *mut u32) {
    unsafe {
        *addr += 1;
        let mut prev: *mut SemWaiter = null_mut();
        let mut w = SEM_WAITERS;
        while !w.is_null() {
            if (*w).addr == addr {
                if prev.is_null() {
                    SEM_WAITERS = (*w).next;
                } else {
                    (*prev).next = (*w).next;
                }
                if SEM_TAIL == w {
                    SEM_TAIL = prev;
                }
                goready((*w).g);
                return;
            }
            prev = w;
            w = (*w).next;
        }
    }
}
