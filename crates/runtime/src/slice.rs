//! Slices: `make([]T, len, cap)` (with Go's `makeslice: len/cap out of range`
//! panics) and `append`'s growth (`growslice`, Go 1.19's rule including the
//! rounding up to malloc size classes — see sizeclasses.rs), plus `copy`.

use crate::abi::{Slice, Type};
use crate::heap::{self, Scan};
use crate::panic;
use crate::sizeclasses::{self, MAX_ALLOC};

/// `runtime.makeslice(et *Type, len, cap int) ptr`: zeroed backing array.
#[unsafe(export_name = "runtime.makeslice")]
pub unsafe extern "C" fn makeslice(et: *const Type, len: i64, cap: i64) -> *mut u8 {
    let size = unsafe { (*et).size } as usize;
    let (mem, over) = size.overflowing_mul(cap as usize);
    if over || mem > MAX_ALLOC || len < 0 || len > cap {
        let (mem, over) = size.overflowing_mul(len as usize);
        if over || mem > MAX_ALLOC || len < 0 {
            panic::panicmakeslicelen();
        }
        panic::panicmakeslicecap();
    }
    unsafe { heap::alloc(mem, Scan::Typed(et), true) }
}

/// `runtime.growslice(et *Type, oldptr, oldlen, oldcap, newlen) []T` (a slice
/// result: the hidden result pointer comes first, docs/abi.md §1):
/// a new backing array for appending up to `newlen` elements; copies the old
/// `oldlen` elements. The result has len `newlen` and Go's new capacity. The
/// elements in [oldlen, newlen) are zeroed for pointerful element types (for
/// pointer-free ones they are left for the caller to overwrite).
#[unsafe(export_name = "runtime.growslice")]
pub unsafe extern "C" fn growslice(
    et: *const Type,
    oldptr: *mut u8,
    oldlen: i64,
    oldcap: i64,
    newlen: i64,
) -> Slice {
    unsafe {
        let size = (*et).size as usize;
        if newlen < oldcap {
            panic::panic_error_string("growslice: cap out of range");
        }
        if size == 0 {
            return Slice { ptr: heap::zerobase(), len: newlen as usize, cap: newlen as usize };
        }
        let g = match sizeclasses::grow(size, oldcap as usize, newlen as usize) {
            Some(g) => g,
            None => panic::panic_error_string("growslice: cap out of range"),
        };
        let lenmem = oldlen as usize * size;
        let newlenmem = newlen as usize * size;
        let p = if (*et).ptrdata == 0 {
            let p = heap::alloc(g.capmem, Scan::NoScan, false);
            if g.capmem > newlenmem {
                core::ptr::write_bytes(p.add(newlenmem), 0, g.capmem - newlenmem);
            }
            p
        } else {
            heap::alloc(g.capmem, Scan::Typed(et), true)
        };
        if lenmem > 0 {
            core::ptr::copy_nonoverlapping(oldptr, p, lenmem);
        }
        Slice { ptr: p, len: newlen as usize, cap: g.newcap }
    }
}

/// `runtime.slicecopy(to, tolen, from, fromlen, width) int`: `copy()`.
#[unsafe(export_name = "runtime.slicecopy")]
pub unsafe extern "C" fn slicecopy(
    to: *mut u8,
    tolen: i64,
    from: *const u8,
    fromlen: i64,
    width: i64,
) -> i64 {
    let n = if fromlen < tolen { fromlen } else { tolen };
    if n <= 0 || width == 0 {
        return n.max(0);
    }
    unsafe { core::ptr::copy(from, to, (n * width) as usize) };
    n
}
