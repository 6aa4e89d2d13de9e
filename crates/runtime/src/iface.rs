//! Interfaces: building and caching itabs (`getitab`) from the method tables of
//! type descriptors, assertions to non-empty interfaces, interface equality, and
//! boxing values into interfaces (`convT*`, with Go's allocation-free cases).
//! Itabs built here live in a persistent (never collected) mmap'ed region; the
//! cache is an open-addressing table keyed by (interface, type) pointers.

use crate::abi::*;
use crate::heap::{self, Scan};
use crate::panic;
use crate::sys;
use core::ptr::null_mut;

// ---------------------------------------------------------------------------
// Persistent memory (never freed, not scanned: holds no heap pointers)

static mut PERSIST_CUR: usize = 0;
static mut PERSIST_END: usize = 0;

pub fn persistent_alloc(size: usize) -> *mut u8 {
    let size = (size + 15) & !15;
    unsafe {
        if PERSIST_END - PERSIST_CUR < size {
            let chunk = if size > (1 << 20) { size } else { 1 << 20 };
            let p = sys::mmap_anon(0, chunk, sys::PROT_READ | sys::PROT_WRITE, 0);
            if p.is_null() {
                panic::throw("runtime: out of memory");
            }
            PERSIST_CUR = p as usize;
            PERSIST_END = p as usize + chunk;
        }
        let p = PERSIST_CUR;
        PERSIST_CUR += size;
        p as *mut u8
    }
}

// ---------------------------------------------------------------------------
// The itab cache

struct Cache {
    slots: *mut *mut Itab,
    mask: usize,
    count: usize,
}

static mut CACHE: Cache = Cache { slots: null_mut(), mask: 0, count: 0 };

fn slot_hash(inter: *const Type, typ: *const Type) -> usize {
    let h = unsafe { ((*inter).hash as u64) << 32 | (*typ).hash as u64 };
    crate::hash::hash_u64(h ^ inter as u64 ^ (typ as u64).rotate_left(17), 0) as usize
}

core::arch::global_asm!(
    r#"
    .weak "go.itablinks"
    .section .text.mingo_rt_itablinks,"ax",@progbits
    .globl mingo_rt_itablinks
mingo_rt_itablinks:
    mov rax, offset "go.itablinks"
    ret
"#
);

unsafe extern "C" {
    /// The compiler's static itabs: a null-terminated array of `*Itab` named
    /// `go.itablinks` (optional: null when the program defines none).
    fn mingo_rt_itablinks() -> *const *mut Itab;
}

static mut REGISTERED: bool = false;

/// Enters the compiler's static itabs into the cache once, so that `getitab`
/// returns the same itab pointer the compiler used (interface comparison
/// compares itab pointers).
unsafe fn register_static_itabs() {
    unsafe {
        if REGISTERED {
            return;
        }
        REGISTERED = true;
        let mut p = mingo_rt_itablinks();
        if p.is_null() {
            return;
        }
        while !(*p).is_null() {
            let m = *p;
            if cache_find((*m).inter, (*m).typ).is_null() {
                cache_add(m);
            }
            p = p.add(1);
        }
    }
}

unsafe fn cache_find(inter: *const Type, typ: *const Type) -> *mut Itab {
    unsafe {
        let c = &*(&raw const CACHE);
        if c.slots.is_null() {
            return null_mut();
        }
        let mut i = slot_hash(inter, typ) & c.mask;
        loop {
            let m = *c.slots.add(i);
            if m.is_null() {
                return null_mut();
            }
            if (*m).inter == inter && (*m).typ == typ {
                return m;
            }
            i = (i + 1) & c.mask;
        }
    }
}

unsafe fn cache_add(m: *mut Itab) {
    unsafe {
        let c = &mut *(&raw mut CACHE);
        if (c.count + 1) * 4 >= (c.mask + 1) * 3 || c.slots.is_null() {
            let old = c.slots;
            let old_n = if old.is_null() { 0 } else { c.mask + 1 };
            let n = if old_n == 0 { 64 } else { old_n * 2 };
            let slots = persistent_alloc(n * 8) as *mut *mut Itab;
            core::ptr::write_bytes(slots, 0, n);
            c.slots = slots;
            c.mask = n - 1;
            c.count = 0;
            for k in 0..old_n {
                let e = *old.add(k);
                if !e.is_null() {
                    insert(c, e);
                }
            }
        }
        insert(c, m);
    }
    unsafe fn insert(c: &mut Cache, m: *mut Itab) {
        unsafe {
            let mut i = slot_hash((*m).inter, (*m).typ) & c.mask;
            while !(*c.slots.add(i)).is_null() {
                i = (i + 1) & c.mask;
            }
            *c.slots.add(i) = m;
            c.count += 1;
        }
    }
}

/// Same method signature: the same descriptor, or (descriptors of identical
/// types emitted separately, e.g. the runtime's own) the same type string.
unsafe fn same_type(a: *const Type, b: *const Type) -> bool {
    a == b || (!a.is_null() && !b.is_null() && unsafe { (*a).str_bytes() == (*b).str_bytes() })
}

/// Builds the itab for (inter, typ); on a missing method returns the
/// interface's method name that is missing.
unsafe fn build_itab(inter: *const Type, typ: *const Type) -> Result<*mut Itab, GoString> {
    unsafe {
        let imethods = (*inter).methods.as_slice();
        let tmethods = (*typ).methods.as_slice();
        let n = imethods.len();
        let m = persistent_alloc(ITAB_FUN_OFFSET + 8 * n.max(1)) as *mut Itab;
        (*m).inter = inter;
        (*m).typ = typ;
        (*m).hash = (*typ).hash;
        (*m)._pad = 0;
        let fun = (m as *mut u8).add(ITAB_FUN_OFFSET) as *mut *const u8;
        let mut j = 0;
        for (i, im) in imethods.iter().enumerate() {
            let name = im.name.bytes();
            while j < tmethods.len() && tmethods[j].name.bytes() < name {
                j += 1;
            }
            let mut found = false;
            let mut k = j;
            while k < tmethods.len() && tmethods[k].name.bytes() == name {
                if same_type(tmethods[k].mtyp, im.mtyp) {
                    *fun.add(i) = tmethods[k].ifn;
                    found = true;
                    break;
                }
                k += 1;
            }
            if !found {
                // Go prints the bare name of the missing method
                let mut start = 0;
                for (x, &c) in name.iter().enumerate() {
                    if c == b'.' {
                        start = x + 1;
                    }
                }
                return Err(GoString { ptr: im.name.ptr.add(start), len: name.len() - start });
            }
        }
        Ok(m)
    }
}

/// Negative results are cached too: an itab whose `_pad` is 1.
unsafe fn lookup(inter: *const Type, typ: *const Type) -> Result<*mut Itab, GoString> {
    unsafe {
        register_static_itabs();
        let m = cache_find(inter, typ);
        if !m.is_null() {
            if (*m)._pad == 0 {
                return Ok(m);
            }
            return build_itab(inter, typ); // recompute the missing name (rare path)
        }
        match build_itab(inter, typ) {
            Ok(m) => {
                cache_add(m);
                Ok(m)
            }
            Err(name) => {
                let neg = persistent_alloc(ITAB_FUN_OFFSET + 8) as *mut Itab;
                (*neg).inter = inter;
                (*neg).typ = typ;
                (*neg).hash = (*typ).hash;
                (*neg)._pad = 1;
                cache_add(neg);
                Err(name)
            }
        }
    }
}

/// `runtime.getitab(inter, typ *Type, canfail bool) *Itab`: the itab for `typ`
/// as `inter`; null (if canfail) or a `missing method` panic when `typ` does
/// not implement `inter`.
#[unsafe(export_name = "runtime.getitab")]
pub unsafe extern "C" fn getitab(inter: *const Type, typ: *const Type, canfail: bool) -> *mut Itab {
    unsafe {
        if typ.is_null() {
            if canfail {
                return null_mut();
            }
            panic::panic_type_assertion(
                core::ptr::null(),
                core::ptr::null(),
                inter,
                GoString::EMPTY,
            );
        }
        if (*inter).methods.len == 0 {
            panic::throw("internal error - misuse of itab");
        }
        match lookup(inter, typ) {
            Ok(m) => m,
            Err(_) if canfail => null_mut(),
            Err(name) => panic::panic_type_assertion(core::ptr::null(), typ, inter, name),
        }
    }
}

/// `runtime.assertE2I(inter, typ) *Itab`: `e.(I)` for an `interface{}` holding
/// dynamic type `typ` (null = nil interface, which panics).
#[unsafe(export_name = "runtime.assertE2I")]
pub unsafe extern "C" fn assert_e2i(inter: *const Type, typ: *const Type) -> *mut Itab {
    unsafe { getitab(inter, typ, false) }
}

/// `runtime.assertE2I2(inter, typ) *Itab`: the comma-ok form (null = false).
#[unsafe(export_name = "runtime.assertE2I2")]
pub unsafe extern "C" fn assert_e2i2(inter: *const Type, typ: *const Type) -> *mut Itab {
    if typ.is_null() {
        return null_mut();
    }
    unsafe { getitab(inter, typ, true) }
}

/// `runtime.efaceeq(t, x, y) bool`: compares two interface data words of the
/// same dynamic type `t`.
#[unsafe(export_name = "runtime.efaceeq")]
pub unsafe extern "C" fn efaceeq(t: *const Type, x: *mut u8, y: *mut u8) -> bool {
    if t.is_null() {
        return true;
    }
    unsafe { crate::hash::value_equal(t, x, y) }
}

/// `runtime.ifaceeq(tab, x, y) bool`.
#[unsafe(export_name = "runtime.ifaceeq")]
pub unsafe extern "C" fn ifaceeq(tab: *const Itab, x: *mut u8, y: *mut u8) -> bool {
    if tab.is_null() {
        return true;
    }
    unsafe { crate::hash::value_equal((*tab).typ, x, y) }
}

/// `runtime.typehash(t, p, seed) uintptr` for the bundled library.
#[unsafe(export_name = "runtime.typehash")]
pub unsafe extern "C" fn typehash(t: *const Type, p: *const u8, seed: u64) -> u64 {
    unsafe { crate::hash::typehash(t, p, seed) }
}

// ---------------------------------------------------------------------------
// Boxing

/// Small integers as 8-byte little-endian values (Go's staticuint64s): boxing
/// a value < 256 of a 1/2/4/8-byte type points here instead of allocating.
static STATIC_U64: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u64;
        i += 1;
    }
    t
};

/// Zero values for boxing zero-size or empty values.
static ZERO_VAL: [u64; 4] = [0; 4];

/// `runtime.convT(t *Type, v ptr) ptr`: a heap copy of the value at `v`.
#[unsafe(export_name = "runtime.convT")]
pub unsafe extern "C" fn conv_t(t: *const Type, v: *const u8) -> *mut u8 {
    unsafe {
        let size = (*t).size as usize;
        let p = heap::alloc(size, Scan::Typed(t), false);
        core::ptr::copy_nonoverlapping(v, p, size);
        p
    }
}

/// `runtime.convTnoptr(t, v) ptr`: same for pointer-free types.
#[unsafe(export_name = "runtime.convTnoptr")]
pub unsafe extern "C" fn conv_tnoptr(t: *const Type, v: *const u8) -> *mut u8 {
    unsafe {
        let size = (*t).size as usize;
        let p = heap::alloc(size, Scan::NoScan, false);
        core::ptr::copy_nonoverlapping(v, p, size);
        p
    }
}

#[unsafe(export_name = "runtime.convT16")]
pub extern "C" fn conv_t16(v: u16) -> *mut u8 {
    if v < 256 {
        return &STATIC_U64[v as usize] as *const u64 as *mut u8;
    }
    let p = unsafe { heap::alloc(2, Scan::NoScan, false) };
    unsafe { (p as *mut u16).write(v) };
    p
}

#[unsafe(export_name = "runtime.convT32")]
pub extern "C" fn conv_t32(v: u32) -> *mut u8 {
    if v < 256 {
        return &STATIC_U64[v as usize] as *const u64 as *mut u8;
    }
    let p = unsafe { heap::alloc(4, Scan::NoScan, false) };
    unsafe { (p as *mut u32).write(v) };
    p
}

#[unsafe(export_name = "runtime.convT64")]
pub extern "C" fn conv_t64(v: u64) -> *mut u8 {
    if v < 256 {
        return &STATIC_U64[v as usize] as *const u64 as *mut u8;
    }
    let p = unsafe { heap::alloc(8, Scan::NoScan, false) };
    unsafe { (p as *mut u64).write(v) };
    p
}

/// `runtime.convTstring(s string) ptr`.
#[unsafe(export_name = "runtime.convTstring")]
pub extern "C" fn conv_tstring(ptr: *const u8, len: usize) -> *mut u8 {
    if len == 0 {
        return ZERO_VAL.as_ptr() as *mut u8;
    }
    let p = unsafe { heap::alloc(16, Scan::Conservative, false) };
    unsafe { (p as *mut GoString).write(GoString { ptr, len }) };
    p
}

/// `runtime.convTslice(p, len, cap) ptr`.
#[unsafe(export_name = "runtime.convTslice")]
pub extern "C" fn conv_tslice(ptr: *mut u8, len: usize, cap: usize) -> *mut u8 {
    if ptr.is_null() {
        return ZERO_VAL.as_ptr() as *mut u8;
    }
    let p = unsafe { heap::alloc(24, Scan::Conservative, false) };
    unsafe { (p as *mut Slice).write(Slice { ptr, len, cap }) };
    p
}
