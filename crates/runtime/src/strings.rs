//! String operations of docs/abi.md §5: concatenation, comparison, conversions
//! between strings, byte slices, rune slices and integers, and rune decoding for
//! `for range` over a string — with Go's allocation behaviour where it is
//! visible (`[]byte(s)` gets a size-class capacity, one-byte strings come from a
//! static table, a concatenation with one non-empty operand returns it).

use crate::abi::{GoString, Slice};
use crate::heap::{self, Scan};
use crate::sizeclasses::roundupsize;
use crate::utf8;

/// Every byte value as a one-byte string (Go's staticuint64s trick).
static BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u8;
        i += 1;
    }
    t
};

#[inline]
unsafe fn bytes<'a>(p: *const u8, n: usize) -> &'a [u8] {
    if n == 0 { &[] } else { unsafe { core::slice::from_raw_parts(p, n) } }
}

/// A new heap string with these bytes.
pub fn heap_string(b: &[u8]) -> GoString {
    if b.is_empty() {
        return GoString::EMPTY;
    }
    unsafe {
        let p = heap::alloc(b.len(), Scan::NoScan, false);
        core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len());
        GoString { ptr: p, len: b.len() }
    }
}

fn concat(parts: &[GoString]) -> GoString {
    let mut total: usize = 0;
    let mut count = 0;
    let mut last = GoString::EMPTY;
    for s in parts {
        if s.len == 0 {
            continue;
        }
        total = match total.checked_add(s.len) {
            Some(t) if (t as isize) >= 0 => t,
            _ => crate::panic::throw("string concatenation too long"),
        };
        count += 1;
        last = *s;
    }
    if count == 0 {
        return GoString::EMPTY;
    }
    if count == 1 {
        return last;
    }
    unsafe {
        let p = heap::alloc(total, Scan::NoScan, false);
        let mut off = 0;
        for s in parts {
            if s.len > 0 {
                core::ptr::copy_nonoverlapping(s.ptr, p.add(off), s.len);
                off += s.len;
            }
        }
        GoString { ptr: p, len: total }
    }
}

#[unsafe(export_name = "runtime.concatstring2")]
pub extern "C" fn concatstring2(a: *const u8, an: usize, b: *const u8, bn: usize) -> GoString {
    concat(&[GoString { ptr: a, len: an }, GoString { ptr: b, len: bn }])
}

#[unsafe(export_name = "runtime.concatstring3")]
pub extern "C" fn concatstring3(
    a: *const u8,
    an: usize,
    b: *const u8,
    bn: usize,
    c: *const u8,
    cn: usize,
) -> GoString {
    concat(&[
        GoString { ptr: a, len: an },
        GoString { ptr: b, len: bn },
        GoString { ptr: c, len: cn },
    ])
}

#[unsafe(export_name = "runtime.concatstring4")]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn concatstring4(
    a: *const u8,
    an: usize,
    b: *const u8,
    bn: usize,
    c: *const u8,
    cn: usize,
    d: *const u8,
    dn: usize,
) -> GoString {
    concat(&[
        GoString { ptr: a, len: an },
        GoString { ptr: b, len: bn },
        GoString { ptr: c, len: cn },
        GoString { ptr: d, len: dn },
    ])
}

#[unsafe(export_name = "runtime.concatstring5")]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn concatstring5(
    a: *const u8,
    an: usize,
    b: *const u8,
    bn: usize,
    c: *const u8,
    cn: usize,
    d: *const u8,
    dn: usize,
    e: *const u8,
    en: usize,
) -> GoString {
    concat(&[
        GoString { ptr: a, len: an },
        GoString { ptr: b, len: bn },
        GoString { ptr: c, len: cn },
        GoString { ptr: d, len: dn },
        GoString { ptr: e, len: en },
    ])
}

/// `runtime.concatstrings(ptr *string, n int) string`.
#[unsafe(export_name = "runtime.concatstrings")]
pub unsafe extern "C" fn concatstrings(p: *const GoString, n: usize) -> GoString {
    let parts = if n == 0 { &[][..] } else { unsafe { core::slice::from_raw_parts(p, n) } };
    concat(parts)
}

/// `runtime.cmpstring(a, b string) int`: -1, 0 or +1.
#[unsafe(export_name = "runtime.cmpstring")]
pub unsafe extern "C" fn cmpstring(a: *const u8, an: usize, b: *const u8, bn: usize) -> i64 {
    let (x, y) = unsafe { (bytes(a, an), bytes(b, bn)) };
    match x.cmp(y) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

/// `runtime.memequal(p, q, n) bool`.
#[unsafe(export_name = "runtime.memequal")]
pub unsafe extern "C" fn memequal(p: *const u8, q: *const u8, n: usize) -> bool {
    p == q || unsafe { bytes(p, n) == bytes(q, n) }
}

/// `runtime.eqstring(a, b string) bool` (lengths equal is the caller's fast path).
#[unsafe(export_name = "runtime.eqstring")]
pub unsafe extern "C" fn eqstring(a: *const u8, an: usize, b: *const u8, bn: usize) -> bool {
    an == bn && (a == b || unsafe { bytes(a, an) == bytes(b, bn) })
}

/// `runtime.intstring(v int64) string`: `string(rune(v))`.
#[unsafe(export_name = "runtime.intstring")]
pub extern "C" fn intstring(v: i64) -> GoString {
    let r = if v < i32::MIN as i64 || v > i32::MAX as i64 { -1 } else { v as i32 };
    if (0..0x80).contains(&r) {
        return GoString { ptr: &BYTES[r as usize], len: 1 };
    }
    let mut b = [0u8; 4];
    let n = utf8::encode(&mut b, r);
    heap_string(&b[..n])
}

/// `runtime.slicebytetostring(ptr, n) string`.
#[unsafe(export_name = "runtime.slicebytetostring")]
pub unsafe extern "C" fn slicebytetostring(p: *const u8, n: usize) -> GoString {
    if n == 0 {
        return GoString::EMPTY;
    }
    if n == 1 {
        let b = unsafe { *p };
        return GoString { ptr: &BYTES[b as usize], len: 1 };
    }
    heap_string(unsafe { bytes(p, n) })
}

/// `runtime.stringtoslicebyte(s string) []byte`; cap is the size class.
#[unsafe(export_name = "runtime.stringtoslicebyte")]
pub unsafe extern "C" fn stringtoslicebyte(p: *const u8, n: usize) -> Slice {
    unsafe {
        if n == 0 {
            return Slice { ptr: heap::zerobase(), len: 0, cap: 0 };
        }
        let cap = roundupsize(n);
        let d = heap::alloc(cap, Scan::NoScan, false);
        core::ptr::copy_nonoverlapping(p, d, n);
        if cap > n {
            core::ptr::write_bytes(d.add(n), 0, cap - n);
        }
        Slice { ptr: d, len: n, cap }
    }
}

/// `runtime.stringtoslicerune(s string) []rune`.
#[unsafe(export_name = "runtime.stringtoslicerune")]
pub unsafe extern "C" fn stringtoslicerune(p: *const u8, n: usize) -> Slice {
    unsafe {
        let s = bytes(p, n);
        let count = utf8::count(s);
        if count == 0 {
            return Slice { ptr: heap::zerobase(), len: 0, cap: 0 };
        }
        let mem = roundupsize(count * 4);
        let d = heap::alloc(mem, Scan::NoScan, false) as *mut i32;
        let cap = mem / 4;
        let mut k = 0;
        let mut i = 0;
        while k < s.len() {
            let (r, w) = utf8::decode(s, k);
            *d.add(i) = r as i32;
            i += 1;
            k += w;
        }
        if mem > count * 4 {
            core::ptr::write_bytes(d.add(count) as *mut u8, 0, mem - count * 4);
        }
        Slice { ptr: d as *mut u8, len: count, cap }
    }
}

/// `runtime.slicerunetostring(ptr, n) string`.
#[unsafe(export_name = "runtime.slicerunetostring")]
pub unsafe extern "C" fn slicerunetostring(p: *const i32, n: usize) -> GoString {
    unsafe {
        let rs = if n == 0 { &[][..] } else { core::slice::from_raw_parts(p, n) };
        let total: usize = rs.iter().map(|&r| utf8::encoded_len(r)).sum();
        if total == 0 {
            return GoString::EMPTY;
        }
        let d = heap::alloc(total, Scan::NoScan, false);
        let mut off = 0;
        let mut tmp = [0u8; 4];
        for &r in rs {
            let w = utf8::encode(&mut tmp, r);
            core::ptr::copy_nonoverlapping(tmp.as_ptr(), d.add(off), w);
            off += w;
        }
        GoString { ptr: d, len: total }
    }
}

#[repr(C)]
pub struct RunePos {
    pub r: i64,
    pub pos: i64,
}

/// `runtime.decoderune(s string, k int) (r rune, pos int)`: the rune starting at
/// byte `k` and the index just after it (as Go's decoderune). Invalid UTF-8
/// gives U+FFFD and pos k+1.
#[unsafe(export_name = "runtime.decoderune")]
pub unsafe extern "C" fn decoderune(p: *const u8, n: usize, k: i64) -> RunePos {
    let s = unsafe { bytes(p, n) };
    let k = k as usize;
    if k >= s.len() {
        return RunePos { r: utf8::RUNE_ERROR as i64, pos: k as i64 + 1 };
    }
    let (r, w) = utf8::decode(s, k);
    RunePos { r: r as i32 as i64, pos: (k + w) as i64 }
}

/// `runtime.countrunes(s string) int`: `len([]rune(s))`.
#[unsafe(export_name = "runtime.countrunes")]
pub unsafe extern "C" fn countrunes(p: *const u8, n: usize) -> i64 {
    utf8::count(unsafe { bytes(p, n) }) as i64
}

/// Index of the first `c` in the `n` bytes at `p`, or -1: 16 bytes at a time
/// with SSE2 (part of every x86-64, so of GOAMD64=v1), as gc's assembly
/// `IndexByte` does.
unsafe fn index_byte(p: *const u8, n: usize, c: u8) -> isize {
    use core::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };
    let mut i = 0;
    unsafe {
        let needle = _mm_set1_epi8(c as i8);
        while i + 16 <= n {
            let chunk = _mm_loadu_si128(p.add(i) as *const __m128i);
            let mask = _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, needle)) as u32;
            if mask != 0 {
                return (i + mask.trailing_zeros() as usize) as isize;
            }
            i += 16;
        }
        while i < n {
            if *p.add(i) == c {
                return i as isize;
            }
            i += 1;
        }
    }
    -1
}

/// `runtime.indexbytestring(s string, c byte) int` (internal/bytealg).
#[unsafe(export_name = "runtime.indexbytestring")]
pub unsafe extern "C" fn indexbytestring(p: *const u8, n: usize, c: u8) -> isize {
    unsafe { index_byte(p, n, c) }
}

/// `runtime.indexbyte(b []byte, c byte) int` (internal/bytealg).
#[unsafe(export_name = "runtime.indexbyte")]
pub unsafe extern "C" fn indexbyte(p: *const u8, n: usize, _cap: usize, c: u8) -> isize {
    unsafe { index_byte(p, n, c) }
}
