//! Linux x86-64 system calls through inline `syscall`, and the few constants the
//! runtime needs. Nothing here allocates; every wrapper returns the raw kernel
//! result (negative errno on failure).

use core::arch::asm;

pub const SYS_READ: usize = 0;
pub const SYS_WRITE: usize = 1;
pub const SYS_NANOSLEEP: usize = 35;
pub const SYS_MMAP: usize = 9;
pub const SYS_MUNMAP: usize = 11;
pub const SYS_RT_SIGACTION: usize = 13;
pub const SYS_RT_SIGPROCMASK: usize = 14;
pub const SYS_MADVISE: usize = 28;
pub const SYS_GETPID: usize = 39;
pub const SYS_KILL: usize = 62;
pub const SYS_SIGALTSTACK: usize = 131;
pub const SYS_GETTID: usize = 186;
pub const SYS_TGKILL: usize = 234;
pub const SYS_CLOCK_GETTIME: usize = 228;
pub const SYS_EXIT_GROUP: usize = 231;
pub const SYS_GETRANDOM: usize = 318;

pub const PROT_NONE: usize = 0;
pub const PROT_READ: usize = 1;
pub const PROT_WRITE: usize = 2;
pub const MAP_PRIVATE: usize = 0x02;
pub const MAP_FIXED_NOREPLACE: usize = 0x100000;
pub const MAP_ANONYMOUS: usize = 0x20;
pub const MAP_NORESERVE: usize = 0x4000;
pub const MADV_DONTNEED: usize = 4;

pub const SIGBUS: usize = 7;
pub const SIGFPE: usize = 8;
pub const SIGSEGV: usize = 11;
pub const SIGABRT: usize = 6;

#[inline(always)]
pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
    let ret: isize;
    unsafe {
        asm!("syscall", inlateout("rax") n as isize => ret, in("rdi") a1,
             lateout("rcx") _, lateout("r11") _, options(nostack));
    }
    ret
}

#[inline(always)]
pub unsafe fn syscall2(n: usize, a1: usize, a2: usize) -> isize {
    let ret: isize;
    unsafe {
        asm!("syscall", inlateout("rax") n as isize => ret, in("rdi") a1, in("rsi") a2,
             lateout("rcx") _, lateout("r11") _, options(nostack));
    }
    ret
}

#[inline(always)]
pub unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
    let ret: isize;
    unsafe {
        asm!("syscall", inlateout("rax") n as isize => ret, in("rdi") a1, in("rsi") a2,
             in("rdx") a3, lateout("rcx") _, lateout("r11") _, options(nostack));
    }
    ret
}

#[inline(always)]
pub unsafe fn syscall4(n: usize, a1: usize, a2: usize, a3: usize, a4: usize) -> isize {
    let ret: isize;
    unsafe {
        asm!("syscall", inlateout("rax") n as isize => ret, in("rdi") a1, in("rsi") a2,
             in("rdx") a3, in("r10") a4, lateout("rcx") _, lateout("r11") _, options(nostack));
    }
    ret
}

#[inline(always)]
pub unsafe fn syscall6(
    n: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
    a5: usize,
    a6: usize,
) -> isize {
    let ret: isize;
    unsafe {
        asm!("syscall", inlateout("rax") n as isize => ret, in("rdi") a1, in("rsi") a2,
             in("rdx") a3, in("r10") a4, in("r8") a5, in("r9") a6,
             lateout("rcx") _, lateout("r11") _, options(nostack));
    }
    ret
}

/// write(2), retrying on short writes and EINTR; errors are ignored (as Go's
/// runtime write does for stderr).
pub fn write_all(fd: usize, mut p: *const u8, mut n: usize) {
    while n > 0 {
        let r = unsafe { syscall3(SYS_WRITE, fd, p as usize, n) };
        if r == -4 {
            continue; // EINTR
        }
        if r <= 0 {
            return;
        }
        p = unsafe { p.add(r as usize) };
        n -= r as usize;
    }
}

pub fn write_bytes(fd: usize, b: &[u8]) {
    write_all(fd, b.as_ptr(), b.len());
}

pub fn exit_group(code: i32) -> ! {
    unsafe {
        syscall1(SYS_EXIT_GROUP, code as usize);
        // not reached
        loop {
            asm!("ud2", options(noreturn));
        }
    }
}

/// mmap of anonymous private memory; returns null on failure.
pub unsafe fn mmap_anon(hint: usize, len: usize, prot: usize, extra_flags: usize) -> *mut u8 {
    let r = unsafe {
        syscall6(
            SYS_MMAP,
            hint,
            len,
            prot,
            MAP_PRIVATE | MAP_ANONYMOUS | extra_flags,
            usize::MAX,
            0,
        )
    };
    if r < 0 && r > -4096 { core::ptr::null_mut() } else { r as *mut u8 }
}

pub unsafe fn munmap(p: *mut u8, len: usize) -> isize {
    unsafe { syscall2(SYS_MUNMAP, p as usize, len) }
}

pub unsafe fn madvise(p: *mut u8, len: usize, advice: usize) -> isize {
    unsafe { syscall3(SYS_MADVISE, p as usize, len, advice) }
}

#[repr(C)]
pub struct Timespec {
    pub sec: i64,
    pub nsec: i64,
}

/// clock_gettime(clock) in nanoseconds (CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1).
pub fn clock_gettime_ns(clock: usize) -> i64 {
    let mut ts = Timespec { sec: 0, nsec: 0 };
    unsafe { syscall2(SYS_CLOCK_GETTIME, clock, &mut ts as *mut Timespec as usize) };
    ts.sec.wrapping_mul(1_000_000_000).wrapping_add(ts.nsec)
}

/// getrandom(2) into `buf`; falls back to the clock when the call fails.
pub fn random_u64() -> u64 {
    let mut v: u64 = 0;
    let r = unsafe {
        syscall3(SYS_GETRANDOM, &mut v as *mut u64 as usize, 8, 1 /* GRND_NONBLOCK */)
    };
    if r != 8 {
        v = clock_gettime_ns(1) as u64 ^ 0x9e37_79b9_7f4a_7c15;
    }
    v
}

pub fn getpid() -> usize {
    unsafe { syscall1(SYS_GETPID, 0) as usize }
}

pub fn gettid() -> usize {
    unsafe { syscall1(SYS_GETTID, 0) as usize }
}

pub fn tgkill(pid: usize, tid: usize, sig: usize) -> isize {
    unsafe { syscall3(SYS_TGKILL, pid, tid, sig) }
}
