//! mingo's runtime: `#![no_std]` Rust linked into every program as a static
//! library (built by crates/mingo/build.rs). The contract with generated code and
//! the bundled library is docs/abi.md. Modules:
//!
//! * `start` — `_start`, signals, exit, os.Args, environment, clocks
//! * `sys` — system calls; `mem` — memmove/memcpy/memset/memcmp
//! * `heap` — size-classed allocator and mark-sweep GC; `sizeclasses` — Go's classes
//! * `slice`, `strings`, `utf8` — slices and strings
//! * `print`, `fmtnum` — the print/println builtins; `ftoa` — float digits for strconv
//! * `panic` — panics, runtime errors, defer/panic/recover; `traceback`
//! * `prof` — CPU profiles (`MINGOCPUPROFILE=FILE`, pprof format)
//! * `sched`, `chan` — goroutines, channels, select, semaphores (phase 2)
//! * `iface`, `map`, `hash` — interfaces, type equality/hashing, maps
//! * `abi` — data layouts (strings, slices, interfaces, type descriptors)
//! * `math` — libm functions Cranelift calls (floor, ceil, trunc, nearbyint, fma)

#![no_std]
#![allow(clippy::missing_safety_doc, clippy::not_unsafe_ptr_arg_deref)]

pub mod abi;
pub mod chan;
pub mod fmtnum;
pub mod ftoa;
pub mod hash;
pub mod heap;
pub mod iface;
pub mod map;
pub mod math;
pub mod mem;
pub mod panic;
pub mod print;
pub mod prof;
pub mod sched;
pub mod sizeclasses;
pub mod slice;
pub mod start;
pub mod strings;
pub mod sys;
pub mod traceback;
pub mod utf8;

static mut IN_RUST_PANIC: bool = false;

#[panic_handler]
fn on_panic(info: &core::panic::PanicInfo) -> ! {
    use core::fmt::Write;
    unsafe {
        if IN_RUST_PANIC {
            sys::exit_group(2);
        }
        IN_RUST_PANIC = true;
    }
    let mut w = print::Stderr;
    let _ = write!(w, "fatal error: {}", info.message());
    if let Some(loc) = info.location() {
        let _ = write!(w, " (runtime {}:{})", loc.file(), loc.line());
    }
    let _ = w.write_str("\n");
    sys::exit_group(2)
}

/// Unwinding never happens (panic=abort); these satisfy references from the
/// precompiled `core`.
#[unsafe(no_mangle)]
pub extern "C" fn rust_eh_personality() {}

#[unsafe(no_mangle)]
pub extern "C" fn _Unwind_Resume() -> ! {
    sys::exit_group(2)
}
