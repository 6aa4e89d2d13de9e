//! Generic hashing and equality of Go values from their type descriptors (map
//! keys, interface comparison): raw memory for "regular memory" types, floats
//! with +0 == -0 and NaN != NaN (NaNs hash randomly, as in Go), strings by
//! content, interfaces by dynamic type then value (panicking with Go's `hash of
//! unhashable type T` / `comparing uncomparable type T`), arrays and structs
//! element by element (blank fields skipped).

use crate::abi::*;
use crate::panic;

const P0: u64 = 0xa076_1d64_78bd_642f;
const P1: u64 = 0xe703_7ed1_a0b4_28db;
const P2: u64 = 0x8ebc_6af0_9c88_c6e3;
const P3: u64 = 0x5899_65cc_7537_4cc3;

#[inline(always)]
pub fn mum(a: u64, b: u64) -> u64 {
    let r = (a as u128) * (b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

#[inline(always)]
unsafe fn read8(p: *const u8) -> u64 {
    unsafe { (p as *const u64).read_unaligned() }
}

/// Hash of `n` bytes at `p`.
pub unsafe fn hash_bytes(p: *const u8, n: usize, seed: u64) -> u64 {
    let mut h = seed ^ P0 ^ (n as u64);
    let mut i = 0;
    unsafe {
        while i + 16 <= n {
            h = mum(h ^ read8(p.add(i)) ^ P1, read8(p.add(i + 8)) ^ P2);
            i += 16;
        }
        if i + 8 <= n {
            h = mum(h ^ read8(p.add(i)), P1);
            i += 8;
        }
        if i < n {
            let mut t: u64 = 0;
            let mut k = 0;
            while i + k < n {
                t |= (*p.add(i + k) as u64) << (8 * k);
                k += 1;
            }
            h = mum(h ^ t, P2);
        }
    }
    mum(h ^ P3, P1 ^ (n as u64))
}

#[inline(always)]
pub fn hash_u64(v: u64, seed: u64) -> u64 {
    mum(mum(v ^ seed ^ P0, P1), P3)
}

fn hash_f64(f: f64, seed: u64) -> u64 {
    if f == 0.0 {
        hash_u64(0, seed)
    } else if f.is_nan() {
        hash_u64(crate::map::fastrand64(), seed)
    } else {
        hash_u64(f.to_bits(), seed)
    }
}

/// Hash of the value of type `t` at `p`.
pub unsafe fn typehash(t: *const Type, p: *const u8, seed: u64) -> u64 {
    unsafe {
        let t = &*t;
        if t.tflag & TFLAG_REGULAR_MEMORY != 0 {
            return match t.size {
                8 => hash_u64(read8(p), seed),
                4 => hash_u64((p as *const u32).read_unaligned() as u64, seed),
                _ => hash_bytes(p, t.size as usize, seed),
            };
        }
        match t.kind() {
            KIND_FLOAT32 => hash_f64(*(p as *const f32) as f64, seed),
            KIND_FLOAT64 => hash_f64(*(p as *const f64), seed),
            KIND_COMPLEX64 => {
                let h = hash_f64(*(p as *const f32) as f64, seed);
                hash_f64(*(p as *const f32).add(1) as f64, h)
            }
            KIND_COMPLEX128 => {
                let h = hash_f64(*(p as *const f64), seed);
                hash_f64(*(p as *const f64).add(1), h)
            }
            KIND_STRING => {
                let s = &*(p as *const GoString);
                hash_bytes(s.ptr, s.len, seed)
            }
            KIND_INTERFACE => {
                let dynt = iface_dyn_type(t, p);
                if dynt.is_null() {
                    return hash_u64(0, seed);
                }
                let d = *(p as *const *mut u8).add(1);
                let dt = &*dynt;
                if dt.equal.is_none() {
                    unhashable(dt);
                }
                let vp = if dt.is_direct_iface() { p.add(8) } else { d as *const u8 };
                typehash(dynt, vp, seed ^ (dt.hash as u64))
            }
            KIND_ARRAY => {
                let mut h = seed;
                let e = t.elem;
                let es = (*e).size as usize;
                for i in 0..t.len as usize {
                    h = typehash(e, p.add(i * es), h);
                }
                h
            }
            KIND_STRUCT => {
                let mut h = seed;
                for f in t.fields.as_slice() {
                    if f.name.bytes() == b"_" {
                        continue;
                    }
                    h = typehash(f.typ, p.add(f.offset as usize), h);
                }
                h
            }
            KIND_FUNC | KIND_MAP | KIND_SLICE => unhashable(t),
            _ => match t.size {
                8 => hash_u64(read8(p), seed),
                4 => hash_u64((p as *const u32).read_unaligned() as u64, seed),
                2 => hash_u64((p as *const u16).read_unaligned() as u64, seed),
                1 => hash_u64(*p as u64, seed),
                n => hash_bytes(p, n as usize, seed),
            },
        }
    }
}

fn unhashable(t: &Type) -> ! {
    let mut b = panic::Buf::new();
    b.push(b"hash of unhashable type ");
    b.push(unsafe { t.str_bytes() });
    panic::panic_error_gostring(b.to_gostring())
}

pub fn uncomparable(t: &Type) -> ! {
    let mut b = panic::Buf::new();
    b.push(b"comparing uncomparable type ");
    b.push(unsafe { t.str_bytes() });
    panic::panic_error_gostring(b.to_gostring())
}

/// The dynamic type of the interface value of static type `t` at `p`.
unsafe fn iface_dyn_type(t: &Type, p: *const u8) -> *const Type {
    unsafe {
        let w = *(p as *const *const u8);
        if w.is_null() {
            return core::ptr::null();
        }
        if t.methods.len == 0 { w as *const Type } else { (*(w as *const Itab)).typ }
    }
}

/// Go's `==` on two values of type `t` (panics for uncomparable dynamic types
/// inside interfaces).
pub unsafe fn typeequal(t: *const Type, p: *const u8, q: *const u8) -> bool {
    unsafe {
        let t = &*t;
        if t.tflag & TFLAG_REGULAR_MEMORY != 0 {
            return match t.size {
                8 => read8(p) == read8(q),
                4 => (p as *const u32).read_unaligned() == (q as *const u32).read_unaligned(),
                n => crate::strings::memequal(p, q, n as usize),
            };
        }
        match t.kind() {
            KIND_FLOAT32 => *(p as *const f32) == *(q as *const f32),
            KIND_FLOAT64 => *(p as *const f64) == *(q as *const f64),
            KIND_COMPLEX64 => {
                *(p as *const f32) == *(q as *const f32)
                    && *(p as *const f32).add(1) == *(q as *const f32).add(1)
            }
            KIND_COMPLEX128 => {
                *(p as *const f64) == *(q as *const f64)
                    && *(p as *const f64).add(1) == *(q as *const f64).add(1)
            }
            KIND_STRING => {
                let (a, b) = (&*(p as *const GoString), &*(q as *const GoString));
                a.len == b.len && (a.ptr == b.ptr || a.bytes() == b.bytes())
            }
            KIND_INTERFACE => {
                let (ta, tb) = (iface_dyn_type(t, p), iface_dyn_type(t, q));
                if ta != tb {
                    return false;
                }
                if ta.is_null() {
                    return true;
                }
                let (da, db) = (*(p as *const *mut u8).add(1), *(q as *const *mut u8).add(1));
                value_equal(ta, da, db)
            }
            KIND_ARRAY => {
                let e = t.elem;
                let es = (*e).size as usize;
                for i in 0..t.len as usize {
                    if !typeequal(e, p.add(i * es), q.add(i * es)) {
                        return false;
                    }
                }
                true
            }
            KIND_STRUCT => {
                for f in t.fields.as_slice() {
                    if f.name.bytes() == b"_" {
                        continue;
                    }
                    let o = f.offset as usize;
                    if !typeequal(f.typ, p.add(o), q.add(o)) {
                        return false;
                    }
                }
                true
            }
            KIND_FUNC | KIND_MAP | KIND_SLICE => uncomparable(t),
            _ => crate::strings::memequal(p, q, t.size as usize),
        }
    }
}

/// Equality of two interface data words holding dynamic type `t`.
pub unsafe fn value_equal(t: *const Type, x: *mut u8, y: *mut u8) -> bool {
    unsafe {
        let tt = &*t;
        let Some(eq) = tt.equal else { uncomparable(tt) };
        if tt.is_direct_iface() {
            return x == y;
        }
        eq(x, y)
    }
}

// ---------------------------------------------------------------------------
// gc's equality functions for the `equal` field of common descriptors: the
// compiler may point `Type.equal` at these instead of emitting its own.

macro_rules! eq_fns {
    ($($name:literal, $fn:ident, $t:ty;)*) => {
        $(
            #[unsafe(export_name = $name)]
            pub unsafe extern "C" fn $fn(p: *const u8, q: *const u8) -> bool {
                unsafe { (p as *const $t).read_unaligned() == (q as *const $t).read_unaligned() }
            }
        )*
    };
}

eq_fns! {
    "runtime.memequal8", memequal8, u8;
    "runtime.memequal16", memequal16, u16;
    "runtime.memequal32", memequal32, u32;
    "runtime.memequal64", memequal64, u64;
    "runtime.memequal128", memequal128, u128;
    "runtime.f32equal", f32equal, f32;
    "runtime.f64equal", f64equal, f64;
    "runtime.c64equal", c64equal, F32Pair;
    "runtime.c128equal", c128equal, F64Pair;
}

#[derive(Clone, Copy, PartialEq)]
#[repr(C)]
pub struct F32Pair(f32, f32);
#[derive(Clone, Copy, PartialEq)]
#[repr(C)]
pub struct F64Pair(f64, f64);

/// `runtime.memequal0(p, q) bool`: zero-size values are always equal.
#[unsafe(export_name = "runtime.memequal0")]
pub extern "C" fn memequal0(_p: *const u8, _q: *const u8) -> bool {
    true
}

/// `runtime.strequal(p, q *string) bool`.
#[unsafe(export_name = "runtime.strequal")]
pub unsafe extern "C" fn strequal(p: *const u8, q: *const u8) -> bool {
    unsafe {
        let (a, b) = (&*(p as *const GoString), &*(q as *const GoString));
        a.len == b.len && (a.ptr == b.ptr || a.bytes() == b.bytes())
    }
}

/// `runtime.nilinterequal(p, q *interface{}) bool` (panics for uncomparable
/// dynamic types, as Go).
#[unsafe(export_name = "runtime.nilinterequal")]
pub unsafe extern "C" fn nilinterequal(p: *const u8, q: *const u8) -> bool {
    unsafe {
        let (a, b) = (&*(p as *const Eface), &*(q as *const Eface));
        a.typ == b.typ && (a.typ.is_null() || value_equal(a.typ, a.data, b.data))
    }
}

/// `runtime.interequal(p, q *I) bool` for non-empty interfaces.
#[unsafe(export_name = "runtime.interequal")]
pub unsafe extern "C" fn interequal(p: *const u8, q: *const u8) -> bool {
    unsafe {
        let (a, b) = (&*(p as *const Iface), &*(q as *const Iface));
        a.tab == b.tab && (a.tab.is_null() || value_equal((*a.tab).typ, a.data, b.data))
    }
}
