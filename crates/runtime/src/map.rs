//! Go maps (docs/abi.md §4–5): `makemap mapaccess1 mapaccess2 mapassign
//! mapdelete mapclear maplen mapiterinit mapiternext`.
//!
//! Design: an insertion-ordered dense entry array plus an open-addressing index
//! of u32 entry numbers (linear probing), both in one heap block. An entry is
//! `{meta u64 (hash | 1<<63, 0 = deleted), key, value}`. Keys are hashed and
//! compared from the key's type descriptor (fast paths for 4/8-byte plain
//! memory and strings; see hash.rs for floats, interfaces, structs, arrays).
//! Growing or compacting always allocates a new block and bumps `generation`.
//!
//! Iteration starts at a random entry (`fastrand`) and wraps around, over the
//! entries that existed when it started. If the map was reorganized since, each
//! old entry is looked up in the current map, so deleted entries are never
//! produced and values are current (what Go does while a map grows); entries
//! added during iteration may or may not be produced, as the spec allows.
//! After `clear` (mapclear) an ongoing iteration produces nothing more.

use crate::abi::*;
use crate::hash;
use crate::heap::{self, Scan};
use crate::iface::persistent_alloc;
use crate::panic;
use core::ptr::null_mut;

/// The map header (`*hmap`); `count` is first so `len(m)` is a load.
#[repr(C)]
pub struct HMap {
    pub count: usize,
    t: *const Type,
    block: *mut u8,
    entries: *mut u8,
    index: *mut u32,
    mask: usize,
    nentries: usize,
    cap: usize,
    seed: u64,
    generation: usize,
    clears: usize,
    esize: usize,
    voff: usize,
    ksize: usize,
    vsize: usize,
    alg: usize,
    scan: bool,
}

/// The iterator (`hiter`), allocated by generated code: 96 bytes, 8-aligned;
/// `key` (offset 0) and `elem` (offset 8) point to the current entry, `key` is
/// null when the iteration is over.
#[repr(C)]
pub struct HIter {
    pub key: *mut u8,
    pub elem: *mut u8,
    t: *const Type,
    h: *mut HMap,
    entries: *mut u8,
    n: usize,
    start: usize,
    i: usize,
    generation: usize,
    clears: usize,
    _reserved: [usize; 2],
}

const ALG_MEM8: usize = 0;
const ALG_MEM4: usize = 1;
const ALG_MEM: usize = 2;
const ALG_STR: usize = 3;
const ALG_GENERIC: usize = 4;

const TOMB: u32 = u32::MAX;
const LIVE: u64 = 1 << 63;

// ---------------------------------------------------------------------------
// Random numbers (wyrand, seeded from getrandom)

static mut RAND_STATE: u64 = 0;

pub fn fastrand64() -> u64 {
    unsafe {
        if RAND_STATE == 0 {
            RAND_STATE = crate::sys::random_u64() | 1;
        }
        RAND_STATE = RAND_STATE.wrapping_add(0xa076_1d64_78bd_642f);
        hash::mum(RAND_STATE, RAND_STATE ^ 0xe703_7ed1_a0b4_28db)
    }
}

// ---------------------------------------------------------------------------
// Zero values for lookups of missing keys

static ZERO: [u64; 128] = [0; 128];
static mut BIG_ZERO: *mut u8 = null_mut();
static mut BIG_ZERO_SIZE: usize = 0;

fn zero_value(size: usize) -> *mut u8 {
    if size <= 1024 {
        return ZERO.as_ptr() as *mut u8;
    }
    unsafe {
        if BIG_ZERO_SIZE < size {
            BIG_ZERO = persistent_alloc(size);
            BIG_ZERO_SIZE = size;
        }
        BIG_ZERO
    }
}

// ---------------------------------------------------------------------------
// Keys

#[inline]
unsafe fn key_hash(h: &HMap, key: *const u8) -> u64 {
    unsafe {
        let kt = (*h.t).key;
        match h.alg {
            ALG_MEM8 => hash::hash_u64((key as *const u64).read_unaligned(), h.seed),
            ALG_MEM4 => hash::hash_u64((key as *const u32).read_unaligned() as u64, h.seed),
            ALG_MEM => hash::hash_bytes(key, h.ksize, h.seed),
            ALG_STR => {
                let s = &*(key as *const GoString);
                hash::hash_bytes(s.ptr, s.len, h.seed)
            }
            _ => hash::typehash(kt, key, h.seed),
        }
    }
}

#[inline]
unsafe fn key_eq(h: &HMap, a: *const u8, b: *const u8) -> bool {
    unsafe {
        match h.alg {
            ALG_MEM8 => (a as *const u64).read_unaligned() == (b as *const u64).read_unaligned(),
            ALG_MEM4 => (a as *const u32).read_unaligned() == (b as *const u32).read_unaligned(),
            ALG_MEM => crate::strings::memequal(a, b, h.ksize),
            ALG_STR => {
                let (x, y) = (&*(a as *const GoString), &*(b as *const GoString));
                x.len == y.len && (x.ptr == y.ptr || x.bytes() == y.bytes())
            }
            _ => hash::typeequal((*h.t).key, a, b),
        }
    }
}

fn align_up(x: usize, a: usize) -> usize {
    (x + a - 1) & !(a - 1)
}

// ---------------------------------------------------------------------------
// Table management

#[inline]
unsafe fn entry(h: &HMap, i: usize) -> *mut u8 {
    unsafe { h.entries.add(i * h.esize) }
}

/// Allocates a new block for `cap` entries and moves the live entries into it.
unsafe fn rebuild(h: &mut HMap, cap: usize) {
    unsafe {
        let isize_ = cap * 2; // index slots: load factor at most 1/2
        let index_bytes = align_up(isize_ * 4, 8);
        let total = index_bytes + cap * h.esize;
        let block =
            heap::alloc(total, if h.scan { Scan::Conservative } else { Scan::NoScan }, true);
        let index = block as *mut u32;
        let entries = block.add(index_bytes);
        let old_entries = h.entries;
        let old_n = h.nentries;
        h.block = block;
        h.entries = entries;
        h.index = index;
        h.mask = isize_ - 1;
        h.cap = cap;
        h.nentries = 0;
        h.generation += 1;
        for i in 0..old_n {
            let e = old_entries.add(i * h.esize);
            let meta = *(e as *const u64);
            if meta == 0 {
                continue;
            }
            let d = entries.add(h.nentries * h.esize);
            core::ptr::copy_nonoverlapping(e, d, h.esize);
            let mut s = (meta as usize) & h.mask;
            while *index.add(s) != 0 {
                s = (s + 1) & h.mask;
            }
            *index.add(s) = (h.nentries + 1) as u32;
            h.nentries += 1;
        }
    }
}

/// Finds `key`: returns (index slot, entry) or None.
#[inline]
unsafe fn find(h: &HMap, key: *const u8, hv: u64) -> Option<(usize, *mut u8)> {
    unsafe {
        if h.index.is_null() {
            return None;
        }
        let meta = hv | LIVE;
        let mut s = (hv as usize) & h.mask;
        loop {
            let v = *h.index.add(s);
            if v == 0 {
                return None;
            }
            if v != TOMB {
                let e = entry(h, v as usize - 1);
                if *(e as *const u64) == meta && key_eq(h, e.add(8), key) {
                    return Some((s, e));
                }
            }
            s = (s + 1) & h.mask;
        }
    }
}

unsafe fn hash_might_panic(h: &HMap) -> bool {
    h.alg == ALG_GENERIC
}

// ---------------------------------------------------------------------------
// Entry points

/// `runtime.makemap(maptype *Type, hint int) *hmap`.
#[unsafe(export_name = "runtime.makemap")]
pub unsafe extern "C" fn makemap(t: *const Type, hint: i64) -> *mut HMap {
    unsafe {
        let kt = &*(*t).key;
        let vt = &*(*t).elem;
        let ksize = kt.size as usize;
        let vsize = vt.size as usize;
        let valign = (vt.align as usize).clamp(1, 8);
        let voff = align_up(8 + ksize, valign);
        let esize = align_up(voff + vsize, 8);
        let alg = if kt.tflag & TFLAG_REGULAR_MEMORY != 0 {
            match ksize {
                8 => ALG_MEM8,
                4 => ALG_MEM4,
                _ => ALG_MEM,
            }
        } else if kt.kind() == KIND_STRING {
            ALG_STR
        } else {
            ALG_GENERIC
        };
        let h = heap::alloc(core::mem::size_of::<HMap>(), Scan::Conservative, true) as *mut HMap;
        h.write(HMap {
            count: 0,
            t,
            block: null_mut(),
            entries: null_mut(),
            index: null_mut(),
            mask: 0,
            nentries: 0,
            cap: 0,
            seed: fastrand64(),
            generation: 0,
            clears: 0,
            esize,
            voff,
            ksize,
            vsize,
            alg,
            scan: kt.ptrdata != 0 || vt.ptrdata != 0,
        });
        if hint > 8 {
            let hint = if hint > (1 << 40) { 1 << 40 } else { hint as usize };
            rebuild(&mut *h, hint.next_power_of_two());
        }
        h
    }
}

/// `runtime.mapaccess1(t, h, key *K) *V`: never null (a zero value if absent).
#[unsafe(export_name = "runtime.mapaccess1")]
pub unsafe extern "C" fn mapaccess1(t: *const Type, h: *mut HMap, key: *const u8) -> *mut u8 {
    unsafe { mapaccess2(t, h, key).v }
}

#[repr(C)]
pub struct Access2 {
    pub v: *mut u8,
    pub ok: bool,
}

/// `runtime.mapaccess2(t, h, key) (*V, bool)`.
#[unsafe(export_name = "runtime.mapaccess2")]
pub unsafe extern "C" fn mapaccess2(t: *const Type, h: *mut HMap, key: *const u8) -> Access2 {
    unsafe {
        if h.is_null() || (*h).count == 0 {
            if !h.is_null() && hash_might_panic(&*h) {
                key_hash(&*h, key);
            } else if h.is_null() && (*(*t).key).kind() == KIND_INTERFACE {
                hash::typehash((*t).key, key, 0);
            }
            return Access2 { v: zero_value((*(*t).elem).size as usize), ok: false };
        }
        let hm = &*h;
        let hv = key_hash(hm, key);
        match find(hm, key, hv) {
            Some((_, e)) => Access2 { v: e.add(hm.voff), ok: true },
            None => Access2 { v: zero_value(hm.vsize), ok: false },
        }
    }
}

/// `runtime.mapassign(t, h, key) *V`: the value slot for `key`, inserted
/// (zeroed) if absent; panics on a nil map.
#[unsafe(export_name = "runtime.mapassign")]
pub unsafe extern "C" fn mapassign(_t: *const Type, h: *mut HMap, key: *const u8) -> *mut u8 {
    unsafe {
        if h.is_null() {
            panic::panicnilmap();
        }
        let hm = &mut *h;
        let hv = key_hash(hm, key);
        if let Some((_, e)) = find(hm, key, hv) {
            // Go updates the key (e.g. +0 → -0, a string's new backing array)
            core::ptr::copy(key, e.add(8), hm.ksize);
            return e.add(hm.voff);
        }
        if hm.nentries == hm.cap {
            let cap = if hm.cap == 0 {
                8
            } else if hm.count >= hm.cap / 2 {
                hm.cap * 2
            } else {
                hm.cap
            };
            rebuild(hm, cap);
        }
        let i = hm.nentries;
        hm.nentries += 1;
        hm.count += 1;
        let e = entry(hm, i);
        *(e as *mut u64) = hv | LIVE;
        core::ptr::copy_nonoverlapping(key, e.add(8), hm.ksize);
        core::ptr::write_bytes(e.add(hm.voff), 0, hm.vsize);
        let mut s = (hv as usize) & hm.mask;
        loop {
            let v = *hm.index.add(s);
            if v == 0 || v == TOMB {
                break;
            }
            s = (s + 1) & hm.mask;
        }
        *hm.index.add(s) = (i + 1) as u32;
        e.add(hm.voff)
    }
}

/// `runtime.mapdelete(t, h, key)`.
#[unsafe(export_name = "runtime.mapdelete")]
pub unsafe extern "C" fn mapdelete(t: *const Type, h: *mut HMap, key: *const u8) {
    unsafe {
        if h.is_null() || (*h).count == 0 {
            if !h.is_null() && hash_might_panic(&*h) {
                key_hash(&*h, key);
            } else if h.is_null() && (*(*t).key).kind() == KIND_INTERFACE {
                hash::typehash((*t).key, key, 0);
            }
            return;
        }
        let hm = &mut *h;
        let hv = key_hash(hm, key);
        if let Some((s, e)) = find(hm, key, hv) {
            *hm.index.add(s) = TOMB;
            core::ptr::write_bytes(e, 0, hm.esize);
            hm.count -= 1;
            if hm.count == 0 {
                // nothing live: start over in the same block
                hm.nentries = 0;
                core::ptr::write_bytes(hm.index, 0, hm.mask + 1);
                hm.generation += 1;
                hm.clears += 1;
            }
        }
    }
}

/// `runtime.mapclear(t, h)`: `clear(m)` / the `for k := range m { delete(m, k) }` idiom.
#[unsafe(export_name = "runtime.mapclear")]
pub unsafe extern "C" fn mapclear(_t: *const Type, h: *mut HMap) {
    unsafe {
        if h.is_null() {
            return;
        }
        let hm = &mut *h;
        hm.count = 0;
        hm.clears += 1;
        hm.generation += 1;
        hm.block = null_mut();
        hm.entries = null_mut();
        hm.index = null_mut();
        hm.mask = 0;
        hm.nentries = 0;
        hm.cap = 0;
        hm.seed = fastrand64();
    }
}

/// `runtime.maplen(h) int`.
#[unsafe(export_name = "runtime.maplen")]
pub unsafe extern "C" fn maplen(h: *const HMap) -> i64 {
    if h.is_null() { 0 } else { unsafe { (*h).count as i64 } }
}

/// `runtime.mapiterinit(t, h, it *hiter)`: starts an iteration and moves to the
/// first entry.
#[unsafe(export_name = "runtime.mapiterinit")]
pub unsafe extern "C" fn mapiterinit(t: *const Type, h: *mut HMap, it: *mut HIter) {
    unsafe {
        it.write(HIter {
            key: null_mut(),
            elem: null_mut(),
            t,
            h,
            entries: null_mut(),
            n: 0,
            start: 0,
            i: 0,
            generation: 0,
            clears: 0,
            _reserved: [0; 2],
        });
        if h.is_null() || (*h).count == 0 {
            return;
        }
        let hm = &*h;
        let it = &mut *it;
        it.entries = hm.entries;
        it.n = hm.nentries;
        it.start = (fastrand64() % hm.nentries as u64) as usize;
        it.generation = hm.generation;
        it.clears = hm.clears;
        mapiternext(it);
    }
}

/// `runtime.mapiternext(it)`: the next entry, or `it.key = null` at the end.
#[unsafe(export_name = "runtime.mapiternext")]
pub unsafe extern "C" fn mapiternext(it: *mut HIter) {
    unsafe {
        let it = &mut *it;
        it.key = null_mut();
        it.elem = null_mut();
        if it.h.is_null() {
            return;
        }
        let hm = &*it.h;
        if hm.clears != it.clears {
            it.i = it.n;
            return;
        }
        while it.i < it.n {
            let mut idx = it.start + it.i;
            if idx >= it.n {
                idx -= it.n;
            }
            it.i += 1;
            let e = it.entries.add(idx * hm.esize);
            if *(e as *const u64) == 0 {
                continue;
            }
            if hm.generation == it.generation {
                it.key = e.add(8);
                it.elem = e.add(hm.voff);
                return;
            }
            // reorganized since the iteration started: use the current entry
            let k = e.add(8);
            if !key_eq(hm, k, k) {
                // NaN keys cannot be looked up; they are still in the map
                it.key = k;
                it.elem = e.add(hm.voff);
                return;
            }
            let hv = key_hash(hm, k);
            if let Some((_, cur)) = find(hm, k, hv) {
                it.key = cur.add(8);
                it.elem = cur.add(hm.voff);
                return;
            }
        }
    }
}
