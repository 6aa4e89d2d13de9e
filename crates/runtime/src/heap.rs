//! The heap: a size-classed, non-moving allocator on mmap and its mark-sweep
//! garbage collector (docs/abi.md §7).
//!
//! Memory layout (all reserved once with MAP_NORESERVE, committed lazily by the
//! kernel):
//! * the arena (64 GiB at 0xc000000000 when the kernel agrees, like Go's heap, so
//!   pointers print as `0xc000…`), carved into 8 KiB pages;
//! * a page map: arena page → `*mut Span` (null for free pages);
//! * a pointer bitmap: one bit per arena word, set for words that may hold
//!   pointers (written at allocation from the type's `gcdata`; all ones for
//!   objects allocated without a type, which are thus scanned conservatively);
//! * metadata regions for span structs, the list of spans, free page runs and
//!   the mark stack.
//!
//! Small objects (≤ 32 KiB) come from spans of Go's size classes, with separate
//! spans for pointer-free ("noscan") objects; each span has an allocation bitmap
//! and a mark bitmap. Large objects get a span of their own. A collection marks
//! from the roots — the stack between the current stack pointer and the top
//! recorded at start-up (after spilling the callee-saved registers), the
//! writable PT_LOAD segments of the executable (`.data`, `.bss`), both
//! conservatively — then scans marked objects through the pointer bitmap,
//! accepting interior pointers, and sweeps: allocation bits become the mark bits,
//! empty spans return their pages. The next collection starts when the heap has
//! grown to twice the live heap (GOGC=100, or `GOGC=n`/`off` from the
//! environment), with a 4 MiB minimum. Free page runs beyond 110% of the heap goal
//! (live and free together, as gc's scavenger) are returned to the kernel
//! with MADV_DONTNEED, which bounds RSS.

use crate::abi::Type;
use crate::sizeclasses::{
    CLASS_TO_NPAGES, CLASS_TO_SIZE, MAX_SMALL_SIZE, NUM_SIZE_CLASSES, PAGE_SHIFT, PAGE_SIZE,
    size_to_class,
};
use crate::sys;
use core::ptr::null_mut;

const ARENA_HINT: usize = 0xc0_0000_0000;
const ARENA_SIZE: usize = 64 << 30;
const ARENA_PAGES: usize = ARENA_SIZE >> PAGE_SHIFT;
const MAX_SPANS: usize = ARENA_PAGES;
const MAX_RUNS: usize = ARENA_PAGES / 2 + 1;
const MIN_GC: usize = 4 << 20;
const MAX_ELEMS: usize = 1024;
const BITWORDS: usize = MAX_ELEMS / 64;

/// How the collector must scan an allocation.
#[derive(Clone, Copy)]
pub enum Scan {
    /// No pointers.
    NoScan,
    /// Every word may be a pointer.
    Conservative,
    /// Repetitions of this type (its `gcdata`/`ptrdata`).
    Typed(*const Type),
}

#[repr(C)]
pub struct Span {
    base: usize,
    npages: usize,
    elemsize: usize,
    nelems: usize,
    class: u8,
    noscan: bool,
    needzero: bool,
    in_partial: bool,
    freeindex: usize,
    nalloc: usize,
    /// Index in `Heap::all`.
    all_index: usize,
    /// Next span in the class's partial list, or in the span-struct free list.
    next: *mut Span,
    alloc: [u64; BITWORDS],
    mark: [u64; BITWORDS],
}

#[derive(Clone, Copy)]
struct Run {
    page: usize,
    npages: usize,
    /// Pages were used before and may hold garbage (not returned to the kernel).
    dirty: bool,
}

pub struct Heap {
    base: usize,
    end: usize,
    /// First never-used byte of the arena.
    used: usize,
    pagemap: *mut *mut Span,
    ptrbits: *mut u64,
    /// Span structs: bump region and free list.
    span_mem: *mut Span,
    span_bump: usize,
    span_free: *mut Span,
    all: *mut *mut Span,
    nall: usize,
    runs: *mut Run,
    nruns: usize,
    markstack: *mut usize,
    /// Per class and scan kind (index class*2 + noscan): span being allocated
    /// from, and spans with free slots.
    current: [*mut Span; NUM_SIZE_CLASSES * 2],
    partial: [*mut Span; NUM_SIZE_CLASSES * 2],
    /// Bytes in allocated objects (by block size) since the last sweep + live.
    pub heap_alloc: usize,
    pub heap_live: usize,
    pub next_gc: usize,
    /// GOGC percentage; negative = off.
    gogc: isize,
    pub num_allocs: u64,
    pub num_gc: u64,
    /// Byte range of the pages held in dirty free runs.
    free_dirty_pages: usize,
    /// Pages taken clean (returned to the kernel before, or never used) since
    /// the last sweep: each costs page faults.
    clean_pages_taken: usize,
    /// Bytes of free memory kept beyond the scavenger's goal, grown by the clean
    /// pages the last cycles had to take (see [`sweep`]).
    retain_extra: usize,
    pub initialized: bool,
    in_gc: bool,
    /// `MINGODEBUG=gcstress=N`: collect every N allocations (testing).
    pub stress: u64,
    pub stack_top: usize,
    data_ranges: [(usize, usize); 8],
    ndata: usize,
}

pub static mut HEAP: Heap = Heap {
    base: 0,
    end: 0,
    used: 0,
    pagemap: null_mut(),
    ptrbits: null_mut(),
    span_mem: null_mut(),
    span_bump: 0,
    span_free: null_mut(),
    all: null_mut(),
    nall: 0,
    runs: null_mut(),
    nruns: 0,
    markstack: null_mut(),
    current: [null_mut(); NUM_SIZE_CLASSES * 2],
    partial: [null_mut(); NUM_SIZE_CLASSES * 2],
    heap_alloc: 0,
    heap_live: 0,
    next_gc: MIN_GC,
    gogc: 100,
    num_allocs: 0,
    num_gc: 0,
    free_dirty_pages: 0,
    clean_pages_taken: 0,
    retain_extra: 0,
    initialized: false,
    in_gc: false,
    stress: 0,
    stack_top: 0,
    data_ranges: [(0, 0); 8],
    ndata: 0,
};

/// Go's `zerobase`: the address of every zero-size allocation.
#[unsafe(export_name = "runtime.zerobase")]
pub static mut ZEROBASE: u64 = 0;

pub fn zerobase() -> *mut u8 {
    &raw mut ZEROBASE as *mut u8
}

#[inline(always)]
fn heap() -> &'static mut Heap {
    unsafe { &mut *(&raw mut HEAP) }
}

fn out_of_memory() -> ! {
    crate::panic::throw("runtime: out of memory")
}

unsafe fn reserve(len: usize, hint: usize) -> *mut u8 {
    let p =
        unsafe { sys::mmap_anon(hint, len, sys::PROT_READ | sys::PROT_WRITE, sys::MAP_NORESERVE) };
    if p.is_null() {
        crate::panic::throw("runtime: cannot reserve arena virtual address space");
    }
    p
}

/// Sets up the arena and the side tables; records the GC roots.
pub unsafe fn init(stack_top: usize, data_ranges: &[(usize, usize)], gogc: isize, stress: u64) {
    let h = heap();
    unsafe {
        let base = reserve(ARENA_SIZE, ARENA_HINT) as usize;
        // keep the arena page-aligned (mmap gives 4 KiB alignment)
        let aligned = (base + PAGE_SIZE - 1) & !(PAGE_SIZE - 1);
        h.base = aligned;
        h.end = base + ARENA_SIZE;
        h.used = aligned;
        h.pagemap = reserve(ARENA_PAGES * 8, 0) as *mut *mut Span;
        h.ptrbits = reserve(ARENA_SIZE / 64, 0) as *mut u64;
        h.span_mem = reserve(MAX_SPANS / 4 * core::mem::size_of::<Span>(), 0) as *mut Span;
        h.all = reserve(MAX_SPANS * 8, 0) as *mut *mut Span;
        h.runs = reserve(MAX_RUNS * core::mem::size_of::<Run>(), 0) as *mut Run;
        h.markstack = reserve(ARENA_SIZE / 16 * 8 / 8, 0) as *mut usize;
    }
    h.stack_top = stack_top;
    for (i, r) in data_ranges.iter().take(8).enumerate() {
        h.data_ranges[i] = *r;
        h.ndata = i + 1;
    }
    h.gogc = gogc;
    h.stress = stress;
    h.next_gc = MIN_GC;
    h.initialized = true;
}

// ---------------------------------------------------------------------------
// Pages

unsafe fn new_span_struct() -> *mut Span {
    let h = heap();
    unsafe {
        if !h.span_free.is_null() {
            let s = h.span_free;
            h.span_free = (*s).next;
            return s;
        }
        if h.span_bump >= MAX_SPANS / 4 {
            out_of_memory();
        }
        let s = h.span_mem.add(h.span_bump);
        h.span_bump += 1;
        s
    }
}

/// Takes `n` pages: first fit among the free runs (a dirty and a clean run
/// next to each other are kept apart, so a fit may span several adjacent
/// runs), else fresh arena. Returns (address, dirty).
unsafe fn alloc_pages(n: usize) -> (usize, bool) {
    let h = heap();
    unsafe {
        let mut i = 0;
        while i < h.nruns {
            // runs i..=j are adjacent in the arena and hold `total` pages
            let mut j = i;
            let mut total = (*h.runs.add(i)).npages;
            while total < n && j + 1 < h.nruns {
                let (r, nx) = (*h.runs.add(j), *h.runs.add(j + 1));
                if r.page + r.npages != nx.page {
                    break;
                }
                j += 1;
                total += nx.npages;
            }
            if total < n {
                i = j + 1; // no fit can start inside i..=j either
                continue;
            }
            let start = (*h.runs.add(i)).page;
            let mut need = n;
            let mut dirty = false;
            let mut emptied = 0;
            for k in i..=j {
                let r = &mut *h.runs.add(k);
                let take = need.min(r.npages);
                if r.dirty {
                    dirty = true;
                    h.free_dirty_pages -= take;
                } else {
                    h.clean_pages_taken += take;
                }
                need -= take;
                r.page += take;
                r.npages -= take;
                if r.npages == 0 {
                    emptied += 1;
                }
            }
            // the emptied runs are i..i+emptied: remove them
            core::ptr::copy(h.runs.add(i + emptied), h.runs.add(i), h.nruns - i - emptied);
            h.nruns -= emptied;
            return (h.base + (start << PAGE_SHIFT), dirty);
        }
        let bytes = n << PAGE_SHIFT;
        if h.end - h.used < bytes {
            out_of_memory();
        }
        let addr = h.used;
        h.used += bytes;
        h.clean_pages_taken += n;
        (addr, false)
    }
}

/// Returns pages to the free runs, kept sorted by address. The freed pages are
/// dirty; they coalesce with dirty neighbours only, so that freeing never
/// turns clean (returned) memory dirty and the scavenger never returns the
/// same memory again and again.
unsafe fn free_pages(addr: usize, n: usize) {
    let h = heap();
    let page = (addr - h.base) >> PAGE_SHIFT;
    unsafe {
        // find insertion point
        let mut lo = 0;
        let mut hi = h.nruns;
        while lo < hi {
            let mid = (lo + hi) / 2;
            if (*h.runs.add(mid)).page < page {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let i = lo;
        h.free_dirty_pages += n;
        let prev_adj = i > 0 && {
            let p = &*h.runs.add(i - 1);
            p.dirty && p.page + p.npages == page
        };
        let next_adj = i < h.nruns && {
            let nx = &*h.runs.add(i);
            nx.dirty && nx.page == page + n
        };
        if prev_adj && next_adj {
            let nx = *h.runs.add(i);
            (*h.runs.add(i - 1)).npages += n + nx.npages;
            core::ptr::copy(h.runs.add(i + 1), h.runs.add(i), h.nruns - i - 1);
            h.nruns -= 1;
        } else if prev_adj {
            (*h.runs.add(i - 1)).npages += n;
        } else if next_adj {
            let nx = &mut *h.runs.add(i);
            nx.page = page;
            nx.npages += n;
        } else {
            if h.nruns >= MAX_RUNS {
                out_of_memory();
            }
            core::ptr::copy(h.runs.add(i), h.runs.add(i + 1), h.nruns - i);
            *h.runs.add(i) = Run { page, npages: n, dirty: true };
            h.nruns += 1;
        }
    }
}

/// Returns dirty free pages to the kernel, from the largest runs, until at most
/// `keep` bytes of dirty free memory remain.
unsafe fn scavenge(keep: usize) {
    let h = heap();
    unsafe {
        while (h.free_dirty_pages << PAGE_SHIFT) > keep {
            let mut best = usize::MAX;
            let mut best_n = 0;
            for i in 0..h.nruns {
                let r = &*h.runs.add(i);
                if r.dirty && r.npages > best_n {
                    best = i;
                    best_n = r.npages;
                }
            }
            if best == usize::MAX {
                h.free_dirty_pages = 0;
                break;
            }
            // return only the excess, from the run's end
            let excess = ((h.free_dirty_pages << PAGE_SHIFT) - keep).div_ceil(PAGE_SIZE);
            let r = *h.runs.add(best);
            let n = excess.min(r.npages);
            let first = r.page + r.npages - n;
            sys::madvise(
                (h.base + (first << PAGE_SHIFT)) as *mut u8,
                n << PAGE_SHIFT,
                sys::MADV_DONTNEED,
            );
            h.free_dirty_pages -= n;
            if n == r.npages {
                (*h.runs.add(best)).dirty = false;
            } else {
                if h.nruns >= MAX_RUNS {
                    out_of_memory();
                }
                (*h.runs.add(best)).npages -= n;
                core::ptr::copy(h.runs.add(best + 1), h.runs.add(best + 2), h.nruns - best - 1);
                *h.runs.add(best + 1) = Run { page: first, npages: n, dirty: false };
                h.nruns += 1;
            }
        }
    }
}

unsafe fn new_span(class: usize, noscan: bool, npages: usize, elemsize: usize) -> *mut Span {
    let h = heap();
    unsafe {
        let (addr, dirty) = alloc_pages(npages);
        let s = new_span_struct();
        let nelems = if class == 0 { 1 } else { (npages << PAGE_SHIFT) / elemsize };
        s.write(Span {
            base: addr,
            npages,
            elemsize,
            nelems,
            class: class as u8,
            noscan,
            needzero: dirty,
            in_partial: false,
            freeindex: 0,
            nalloc: 0,
            all_index: h.nall,
            next: null_mut(),
            alloc: [0; BITWORDS],
            mark: [0; BITWORDS],
        });
        *h.all.add(h.nall) = s;
        h.nall += 1;
        let first = (addr - h.base) >> PAGE_SHIFT;
        for p in 0..npages {
            *h.pagemap.add(first + p) = s;
        }
        s
    }
}

unsafe fn release_span(s: *mut Span) {
    let h = heap();
    unsafe {
        let first = ((*s).base - h.base) >> PAGE_SHIFT;
        for p in 0..(*s).npages {
            *h.pagemap.add(first + p) = null_mut();
        }
        // remove from `all`
        let idx = (*s).all_index;
        h.nall -= 1;
        let last = *h.all.add(h.nall);
        *h.all.add(idx) = last;
        (*last).all_index = idx;
        free_pages((*s).base, (*s).npages);
        (*s).next = h.span_free;
        h.span_free = s;
    }
}

// ---------------------------------------------------------------------------
// Allocation

#[inline]
fn bit_get(bits: &[u64; BITWORDS], i: usize) -> bool {
    bits[i >> 6] & (1u64 << (i & 63)) != 0
}

#[inline]
fn bit_set(bits: &mut [u64; BITWORDS], i: usize) {
    bits[i >> 6] |= 1u64 << (i & 63);
}

/// Next free slot of a span at or after its freeindex, marked allocated.
#[inline]
unsafe fn span_next_free(s: &mut Span) -> Option<usize> {
    let mut i = s.freeindex;
    while i < s.nelems {
        let w = i >> 6;
        let free = !s.alloc[w] >> (i & 63);
        if free != 0 {
            let j = i + free.trailing_zeros() as usize;
            if j >= s.nelems {
                break;
            }
            bit_set(&mut s.alloc, j);
            s.freeindex = j + 1;
            s.nalloc += 1;
            return Some(j);
        }
        i = (w + 1) << 6;
    }
    s.freeindex = s.nelems;
    None
}

/// Writes the pointer bitmap of an object at `addr` of `size` bytes.
unsafe fn write_ptrbits(addr: usize, size: usize, scan: Scan) {
    let h = heap();
    let first = (addr - h.base) >> 3;
    let nwords = size >> 3;
    unsafe {
        match scan {
            Scan::NoScan => set_bit_range(h.ptrbits, first, nwords, false),
            Scan::Conservative => set_bit_range(h.ptrbits, first, nwords, true),
            Scan::Typed(t) => {
                let t = &*t;
                let tw = (t.size as usize) >> 3;
                let pw = (t.ptrdata as usize) >> 3;
                set_bit_range(h.ptrbits, first, nwords, false);
                if tw == 0 || pw == 0 || t.gcdata.is_null() {
                    return;
                }
                let mut off = 0;
                while off + pw <= nwords {
                    for k in 0..pw {
                        if *t.gcdata.add(k >> 3) & (1 << (k & 7)) != 0 {
                            let b = first + off + k;
                            *h.ptrbits.add(b >> 6) |= 1u64 << (b & 63);
                        }
                    }
                    off += tw;
                }
            }
        }
    }
}

unsafe fn set_bit_range(bits: *mut u64, first: usize, n: usize, val: bool) {
    let mut i = first;
    let end = first + n;
    unsafe {
        while i < end {
            let w = i >> 6;
            let lo = i & 63;
            let hi = if (w + 1) << 6 <= end { 64 } else { end & 63 };
            let mask = if hi - lo == 64 { !0u64 } else { ((1u64 << (hi - lo)) - 1) << lo };
            if val {
                *bits.add(w) |= mask;
            } else {
                *bits.add(w) &= !mask;
            }
            i = (w + 1) << 6;
        }
    }
}

unsafe fn refill(ci: usize, class: usize, noscan: bool) -> *mut Span {
    let h = heap();
    unsafe {
        // a span with free slots left by the last sweep
        while !h.partial[ci].is_null() {
            let s = h.partial[ci];
            h.partial[ci] = (*s).next;
            (*s).in_partial = false;
            (*s).next = null_mut();
            if (*s).nalloc < (*s).nelems {
                return s;
            }
        }
        let npages = CLASS_TO_NPAGES[class] as usize;
        new_span(class, noscan, npages, CLASS_TO_SIZE[class] as usize)
    }
}

/// Allocates `size` bytes. The memory is zeroed when `needzero` (else it may
/// hold garbage, which must be overwritten before the next allocation when the
/// object is scanned).
pub unsafe fn alloc(size: usize, scan: Scan, needzero: bool) -> *mut u8 {
    let h = heap();
    if size == 0 {
        return zerobase();
    }
    let scan = match scan {
        Scan::Typed(t) if unsafe { (*t).ptrdata == 0 } => Scan::NoScan,
        s => s,
    };
    let noscan = matches!(scan, Scan::NoScan);
    h.num_allocs += 1;
    if (h.heap_alloc >= h.next_gc && h.gogc >= 0 || h.stress != 0 && h.num_allocs % h.stress == 0)
        && !h.in_gc
    {
        unsafe { collect() };
    }
    unsafe {
        if size <= MAX_SMALL_SIZE {
            let class = size_to_class(size);
            let ci = class * 2 + noscan as usize;
            let mut s = h.current[ci];
            let idx = loop {
                if !s.is_null() {
                    if let Some(i) = span_next_free(&mut *s) {
                        break i;
                    }
                }
                s = refill(ci, class, noscan);
                h.current[ci] = s;
            };
            let sp = &mut *s;
            let p = sp.base + idx * sp.elemsize;
            h.heap_alloc += sp.elemsize;
            if sp.needzero && (needzero || !noscan) {
                core::ptr::write_bytes(p as *mut u8, 0, sp.elemsize);
            }
            if !noscan {
                write_ptrbits(p, sp.elemsize, scan);
            }
            p as *mut u8
        } else {
            let npages = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
            let bytes = npages << PAGE_SHIFT;
            let s = new_span(0, noscan, npages, bytes);
            let sp = &mut *s;
            sp.alloc[0] = 1;
            sp.nalloc = 1;
            sp.freeindex = 1;
            h.heap_alloc += bytes;
            if sp.needzero && (needzero || !noscan) {
                core::ptr::write_bytes(sp.base as *mut u8, 0, bytes);
            }
            if !noscan {
                write_ptrbits(sp.base, bytes, scan);
            }
            sp.base as *mut u8
        }
    }
}

/// The block size of the object containing `p` (0 if `p` is not a heap object).
pub unsafe fn object_of(p: usize) -> Option<(usize, *mut Span, usize)> {
    let h = heap();
    if p < h.base || p >= h.used {
        return None;
    }
    unsafe {
        let s = *h.pagemap.add((p - h.base) >> PAGE_SHIFT);
        if s.is_null() {
            return None;
        }
        let sp = &*s;
        let idx = (p - sp.base) / sp.elemsize;
        if idx >= sp.nelems || !bit_get(&sp.alloc, idx) {
            return None;
        }
        Some((sp.base + idx * sp.elemsize, s, idx))
    }
}

// ---------------------------------------------------------------------------
// Collection

core::arch::global_asm!(
    r#"
    .section .text.mingo_rt_collect,"ax",@progbits
    .globl mingo_rt_collect
    .type mingo_rt_collect,@function
mingo_rt_collect:
    push rbx
    push rbp
    push r12
    push r13
    push r14
    push r15
    sub rsp, 8
    mov rdi, rsp
    call {inner}
    add rsp, 8
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbp
    pop rbx
    ret
    .size mingo_rt_collect, . - mingo_rt_collect
    .text
"#,
    inner = sym collect_from,
);

unsafe extern "C" {
    fn mingo_rt_collect();
}

/// Runs a full collection now.
pub unsafe fn collect() {
    unsafe { mingo_rt_collect() }
}

/// `runtime.GC()`.
#[unsafe(export_name = "runtime.GC")]
pub extern "C" fn gc_now() {
    if heap().initialized {
        unsafe { collect() }
    }
}

struct Marker {
    stack: *mut usize,
    n: usize,
}

impl Marker {
    #[inline]
    unsafe fn consider(&mut self, p: usize) {
        unsafe {
            if let Some((obj, s, idx)) = object_of(p) {
                let sp = &mut *s;
                if !bit_get(&sp.mark, idx) {
                    bit_set(&mut sp.mark, idx);
                    if !sp.noscan {
                        *self.stack.add(self.n) = obj;
                        self.n += 1;
                    }
                }
            }
        }
    }

    unsafe fn scan_range_conservative(&mut self, mut lo: usize, hi: usize) {
        lo = (lo + 7) & !7;
        let h = heap();
        while lo + 8 <= hi {
            let v = unsafe { *(lo as *const usize) };
            if v >= h.base && v < h.used {
                unsafe { self.consider(v) };
            }
            lo += 8;
        }
    }

    unsafe fn scan_object(&mut self, obj: usize) {
        let h = heap();
        unsafe {
            let s = &*(*h.pagemap.add((obj - h.base) >> PAGE_SHIFT));
            let nwords = s.elemsize >> 3;
            let first = (obj - h.base) >> 3;
            let mut i = 0;
            while i < nwords {
                let b = first + i;
                let avail = 64 - (b & 63);
                let take = if nwords - i < avail { nwords - i } else { avail };
                let mut word = *h.ptrbits.add(b >> 6) >> (b & 63);
                if take < 64 {
                    word &= (1u64 << take) - 1;
                }
                while word != 0 {
                    let k = word.trailing_zeros() as usize;
                    word &= word - 1;
                    let v = *((obj + ((i + k) << 3)) as *const usize);
                    if v >= h.base && v < h.used {
                        self.consider(v);
                    }
                }
                i += take;
            }
        }
    }
}

extern "C" fn collect_from(sp: usize) {
    let h = heap();
    if h.in_gc || !h.initialized {
        return;
    }
    h.in_gc = true;
    unsafe {
        let mut m = Marker { stack: h.markstack, n: 0 };
        // roots: the stack (with the spilled registers) and the data segments,
        // except the heap's own bookkeeping
        let top = crate::sched::cur_stack().map(|s| s.1).unwrap_or(h.stack_top);
        m.scan_range_conservative(sp, top);
        crate::sched::gc_roots(&mut |lo, hi| m.scan_range_conservative(lo, hi));
        let hs = &raw const HEAP as usize;
        let he = hs + core::mem::size_of::<Heap>();
        for i in 0..h.ndata {
            let (lo, hi) = h.data_ranges[i];
            if hs >= lo && he <= hi {
                m.scan_range_conservative(lo, hs);
                m.scan_range_conservative(he, hi);
            } else {
                m.scan_range_conservative(lo, hi);
            }
        }
        crate::panic::gc_roots(&mut |lo, hi| m.scan_range_conservative(lo, hi));
        while m.n > 0 {
            m.n -= 1;
            let obj = *m.stack.add(m.n);
            m.scan_object(obj);
        }
        sweep();
    }
    h.num_gc += 1;
    h.in_gc = false;
}

unsafe fn sweep() {
    let h = heap();
    unsafe {
        h.current = [null_mut(); NUM_SIZE_CLASSES * 2];
        h.partial = [null_mut(); NUM_SIZE_CLASSES * 2];
        let mut live = 0usize;
        let mut i = 0;
        while i < h.nall {
            let s = *h.all.add(i);
            let sp = &mut *s;
            let words = sp.nelems.div_ceil(64);
            let mut n = 0;
            for w in 0..words {
                sp.alloc[w] = sp.mark[w];
                sp.mark[w] = 0;
                n += sp.alloc[w].count_ones() as usize;
            }
            if n == 0 {
                release_span(s); // moves the last span to index i
                continue;
            }
            live += n * sp.elemsize;
            if n < sp.nalloc {
                sp.needzero = true;
            }
            sp.nalloc = n;
            sp.freeindex = 0;
            sp.in_partial = false;
            sp.next = null_mut();
            if n < sp.nelems && sp.class != 0 {
                let ci = sp.class as usize * 2 + sp.noscan as usize;
                sp.next = h.partial[ci];
                sp.in_partial = true;
                h.partial[ci] = s;
            }
            i += 1;
        }
        h.heap_live = live;
        h.heap_alloc = live;
        let goal =
            if h.gogc < 0 { usize::MAX } else { live.saturating_add(live / 100 * h.gogc as usize) };
        h.next_gc = if goal < MIN_GC { MIN_GC } else { goal };
        // Like gc's scavenger: retain about 110% of the heap goal, live objects
        // and dirty free pages together; return the rest to the kernel. Freed
        // pages the next cycle reuses are thus not faulted in again. A heap
        // whose footprint overshoots the goal (fragmentation, large objects)
        // would release and fault the overshoot in every cycle: what the last
        // cycles had to take clean is retained too (halved every cycle, at
        // most the goal), as gc's slow background scavenger in effect does.
        h.retain_extra = (h.retain_extra / 2 + (h.clean_pages_taken << PAGE_SHIFT)).min(h.next_gc);
        h.clean_pages_taken = 0;
        let keep = if h.next_gc == usize::MAX {
            usize::MAX
        } else {
            (h.next_gc + h.next_gc / 10).saturating_sub(live).saturating_add(h.retain_extra)
        };
        scavenge(keep);
    }
}

// ---------------------------------------------------------------------------
// Entry points (docs/abi.md §5)

/// `runtime.newobject(typ) ptr`: a zeroed object of type `typ`.
#[unsafe(export_name = "runtime.newobject")]
pub unsafe extern "C" fn newobject(typ: *const Type) -> *mut u8 {
    unsafe { alloc((*typ).size as usize, Scan::Typed(typ), true) }
}

/// `runtime.mallocgc(size, typ, needzero) ptr`; a null `typ` means the object is
/// scanned conservatively.
#[unsafe(export_name = "runtime.mallocgc")]
pub unsafe extern "C" fn mallocgc(size: usize, typ: *const Type, needzero: bool) -> *mut u8 {
    let scan = if typ.is_null() { Scan::Conservative } else { Scan::Typed(typ) };
    unsafe { alloc(size, scan, needzero) }
}

/// Statistics for tests and `MINGODEBUG`.
pub fn num_allocs() -> u64 {
    heap().num_allocs
}

pub fn num_gc() -> u64 {
    heap().num_gc
}

/// `runtime.readgcstats(out *[4]uint64)`: allocations, collections, live bytes
/// after the last collection, bytes allocated since (for tests and benchmarks).
#[unsafe(export_name = "runtime.readgcstats")]
pub unsafe extern "C" fn readgcstats(out: *mut u64) {
    let h = heap();
    unsafe {
        *out = h.num_allocs;
        *out.add(1) = h.num_gc;
        *out.add(2) = h.heap_live as u64;
        *out.add(3) = h.heap_alloc as u64;
    }
}
