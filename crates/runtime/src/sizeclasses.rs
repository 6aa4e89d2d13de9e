//! Go 1.19's malloc size classes (the data of runtime/sizeclasses.go) and the two
//! rules that depend on them and are visible to Go programs: `roundupsize` (how
//! much memory an allocation really gets) and `append`'s growth rule (growslice),
//! so that `cap()` after `append` equals gc's. Pure code (no_std, no allocation):
//! also compiled into the host test crate.

/// Pages are 8 KiB, as in Go.
pub const PAGE_SHIFT: usize = 13;
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;
/// Objects up to this size come from size-classed spans.
pub const MAX_SMALL_SIZE: usize = 32768;
pub const NUM_SIZE_CLASSES: usize = 68;
/// Largest allocation Go allows on amd64 (1 << heapAddrBits).
pub const MAX_ALLOC: usize = 1 << 48;

/// Object size of each class (class 0 = large objects).
pub static CLASS_TO_SIZE: [u16; NUM_SIZE_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Pages per span of each class.
pub static CLASS_TO_NPAGES: [u8; NUM_SIZE_CLASSES] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
];

/// Lookup for sizes up to 1024 in steps of 8: index (size+7)/8.
static SMALL_LOOKUP: [u8; 129] = build_small_lookup();
/// Lookup for sizes 1025..=32768 in steps of 128: index (size-1024+127)/128.
static LARGE_LOOKUP: [u8; 249] = build_large_lookup();

const fn class_for(size: usize) -> u8 {
    let mut c = 1;
    while c < NUM_SIZE_CLASSES {
        if CLASS_TO_SIZE[c] as usize >= size {
            return c as u8;
        }
        c += 1;
    }
    0
}

const fn build_small_lookup() -> [u8; 129] {
    let mut t = [0u8; 129];
    let mut i = 1;
    while i < 129 {
        t[i] = class_for(i * 8);
        i += 1;
    }
    t
}

const fn build_large_lookup() -> [u8; 249] {
    let mut t = [0u8; 249];
    let mut i = 0;
    while i < 249 {
        t[i] = class_for(1024 + i * 128);
        i += 1;
    }
    t
}

/// The size class of a small allocation (1..=MAX_SMALL_SIZE); 0 for size 0.
#[inline]
pub fn size_to_class(size: usize) -> usize {
    if size <= 1024 {
        SMALL_LOOKUP[(size + 7) >> 3] as usize
    } else {
        LARGE_LOOKUP[(size - 1024 + 127) >> 7] as usize
    }
}

/// Go's `roundupsize`: the size of the block an allocation of `size` bytes gets.
#[inline]
pub fn roundupsize(size: usize) -> usize {
    if size < MAX_SMALL_SIZE {
        CLASS_TO_SIZE[size_to_class(size)] as usize
    } else if size.checked_add(PAGE_SIZE).is_none() {
        size
    } else {
        (size + PAGE_SIZE - 1) & !(PAGE_SIZE - 1)
    }
}

/// The result of append's growth rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grow {
    /// New capacity in elements.
    pub newcap: usize,
    /// Bytes to allocate (newcap * elem_size, a malloc block size).
    pub capmem: usize,
}

/// Go 1.19's growslice capacity computation for appending up to `newlen` elements
/// of `elem_size` (> 0) bytes to a slice with capacity `oldcap`. `None` means
/// `growslice: cap out of range`.
pub fn grow(elem_size: usize, oldcap: usize, newlen: usize) -> Option<Grow> {
    if (newlen as isize) < (oldcap as isize) || (newlen as isize) < 0 {
        return None;
    }
    let old = oldcap as isize;
    let want = newlen as isize;
    let mut newcap = old;
    let doubled = old.wrapping_add(old);
    if want > doubled {
        newcap = want;
    } else if old < 256 {
        newcap = doubled;
    } else {
        // from 2x for small slices towards 1.25x for large ones
        while 0 < newcap && newcap < want {
            newcap = newcap.wrapping_add((newcap + 3 * 256) / 4);
        }
        if newcap <= 0 {
            newcap = want;
        }
    }
    let newcap = newcap as usize;
    let (mem, overflow) = newcap.overflowing_mul(elem_size);
    if overflow || mem > MAX_ALLOC {
        return None;
    }
    let capmem = roundupsize(mem);
    if capmem > MAX_ALLOC {
        return None;
    }
    Some(Grow { newcap: capmem / elem_size, capmem })
}
