//! CPU profiling: with `MINGOCPUPROFILE=FILE` in the environment the program is
//! sampled 100 times per CPU second (setitimer ITIMER_PROF → SIGPROF), each sample
//! being the interrupted pc and the return addresses found by walking frame
//! pointers; at exit (normal, os.Exit or fatal panic) the samples are written to
//! FILE as a gzip-compressed pprof protobuf, the format Go's runtime/pprof writes
//! (sample types samples/count and cpu/nanoseconds, period 10ms). Function names
//! and lines come from `go.pclntab` when present, else from `.symtab`.
//! The signal handler never allocates: stacks are counted in a fixed table in
//! memory mapped at start-up.

use crate::print::*;
use crate::sys;
use crate::traceback;

const MAX_DEPTH: usize = 64;
const NBUCKETS: usize = 1 << 14;
const PERIOD_NS: i64 = 10_000_000;

#[repr(C)]
struct Bucket {
    hash: u64,
    count: u64,
    depth: usize,
    pcs: [usize; MAX_DEPTH],
}

static mut BUCKETS: *mut Bucket = core::ptr::null_mut();
static mut PATH: &[u8] = &[];
static mut START_NS: i64 = 0;
static mut LOST: u64 = 0;

/// Starts profiling if `MINGOCPUPROFILE` is set (called at start-up).
pub fn init() {
    let Some(path) = crate::start::getenv_bytes(b"MINGOCPUPROFILE") else { return };
    if path.is_empty() {
        return;
    }
    unsafe {
        let mem = sys::mmap_anon(
            0,
            NBUCKETS * core::mem::size_of::<Bucket>(),
            sys::PROT_READ | sys::PROT_WRITE,
            sys::MAP_NORESERVE,
        );
        if mem.is_null() {
            return;
        }
        BUCKETS = mem as *mut Bucket;
        PATH = path;
        START_NS = sys::clock_gettime_ns(0);
        crate::start::install_handler(27 /* SIGPROF */, sigprof as *const () as usize, true);
        let it: [i64; 4] = [0, PERIOD_NS / 1000, 0, PERIOD_NS / 1000];
        sys::syscall3(38 /* setitimer */, 2 /* ITIMER_PROF */, it.as_ptr() as usize, 0);
    }
}

extern "C" fn sigprof(_sig: i32, _info: *const u8, uctx: *mut u8) {
    unsafe {
        if BUCKETS.is_null() {
            return;
        }
        let gregs = uctx.add(40) as *const usize;
        let rip = *gregs.add(16);
        let rsp = *gregs.add(15);
        let mut fp = *gregs.add(10); // rbp
        let top = crate::sched::cur_stack()
            .map(|s| s.1)
            .unwrap_or((*(&raw const crate::heap::HEAP)).stack_top);
        let mut pcs = [0usize; MAX_DEPTH];
        pcs[0] = rip;
        let mut n = 1;
        while n < MAX_DEPTH && fp >= rsp && fp < top && fp % 8 == 0 {
            let ret = *((fp + 8) as *const usize);
            if ret == 0 {
                break;
            }
            pcs[n] = ret;
            n += 1;
            let next = *(fp as *const usize);
            if next <= fp {
                break;
            }
            fp = next;
        }
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &pc in &pcs[..n] {
            h = (h ^ pc as u64).wrapping_mul(0x100_0000_01b3);
        }
        h |= 1;
        let mut i = h as usize & (NBUCKETS - 1);
        for _ in 0..NBUCKETS {
            let b = &mut *BUCKETS.add(i);
            if b.hash == 0 {
                b.hash = h;
                b.depth = n;
                b.pcs[..n].copy_from_slice(&pcs[..n]);
                b.count = 1;
                return;
            }
            if b.hash == h && b.depth == n && b.pcs[..n] == pcs[..n] {
                b.count += 1;
                return;
            }
            i = (i + 1) & (NBUCKETS - 1);
        }
        LOST += 1;
    }
}

// ---------------------------------------------------------------------------
// Output buffer (mmap'ed, growable)

struct Out {
    p: *mut u8,
    len: usize,
    cap: usize,
}

impl Out {
    fn new() -> Out {
        Out { p: core::ptr::null_mut(), len: 0, cap: 0 }
    }
    fn reserve(&mut self, n: usize) {
        if self.len + n <= self.cap {
            return;
        }
        let mut cap = if self.cap == 0 { 1 << 16 } else { self.cap * 2 };
        while cap < self.len + n {
            cap *= 2;
        }
        unsafe {
            let p = sys::mmap_anon(0, cap, sys::PROT_READ | sys::PROT_WRITE, 0);
            if p.is_null() {
                crate::panic::throw("runtime: out of memory writing the CPU profile");
            }
            if self.len > 0 {
                core::ptr::copy_nonoverlapping(self.p, p, self.len);
                sys::munmap(self.p, self.cap);
            }
            self.p = p;
            self.cap = cap;
        }
    }
    fn push(&mut self, b: &[u8]) {
        self.reserve(b.len());
        unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), self.p.add(self.len), b.len()) };
        self.len += b.len();
    }
    fn byte(&mut self, b: u8) {
        self.push(&[b]);
    }
    fn bytes(&self) -> &[u8] {
        if self.len == 0 { &[] } else { unsafe { core::slice::from_raw_parts(self.p, self.len) } }
    }
    fn free(&mut self) {
        if self.cap > 0 {
            unsafe { sys::munmap(self.p, self.cap) };
        }
        *self = Out::new();
    }
    // protobuf
    fn varint(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.byte(b);
                return;
            }
            self.byte(b | 0x80);
        }
    }
    fn key(&mut self, field: u32, wire: u8) {
        self.varint(((field as u64) << 3) | wire as u64);
    }
    fn uint(&mut self, field: u32, v: u64) {
        self.key(field, 0);
        self.varint(v);
    }
    fn bytes_field(&mut self, field: u32, b: &[u8]) {
        self.key(field, 2);
        self.varint(b.len() as u64);
        self.push(b);
    }
}

/// The string table: index of `s`, adding it if new (linear: profiles are small).
struct Strings {
    list: Out, // concatenated (len u32, bytes)
    count: u64,
}

impl Strings {
    fn index(&mut self, s: &[u8]) -> u64 {
        let b = self.list.bytes();
        let mut off = 0;
        let mut i = 0;
        while off < b.len() {
            let n = u32::from_le_bytes([b[off], b[off + 1], b[off + 2], b[off + 3]]) as usize;
            if &b[off + 4..off + 4 + n] == s {
                return i;
            }
            off += 4 + n;
            i += 1;
        }
        self.list.push(&(s.len() as u32).to_le_bytes());
        self.list.push(s);
        self.count += 1;
        self.count - 1
    }
}

// ---------------------------------------------------------------------------
// Writing the profile

/// Stops profiling and writes the profile file (called at exit).
pub fn finish() {
    unsafe {
        if BUCKETS.is_null() {
            return;
        }
        let it: [i64; 4] = [0; 4];
        sys::syscall3(38, 2, it.as_ptr() as usize, 0);
        let buckets = BUCKETS;
        BUCKETS = core::ptr::null_mut();
        let mut prof = Out::new();
        build(&mut prof, buckets);
        let mut gz = Out::new();
        gzip(&mut gz, prof.bytes());
        write_file(PATH, gz.bytes());
        prof.free();
        gz.free();
    }
}

unsafe fn build(out: &mut Out, buckets: *mut Bucket) {
    let mut strs = Strings { list: Out::new(), count: 0 };
    strs.index(b"");
    let s_samples = strs.index(b"samples");
    let s_count = strs.index(b"count");
    let s_cpu = strs.index(b"cpu");
    let s_ns = strs.index(b"nanoseconds");
    // sample types
    for (t, u) in [(s_samples, s_count), (s_cpu, s_ns)] {
        let mut m = Out::new();
        m.uint(1, t);
        m.uint(2, u);
        out.bytes_field(1, m.bytes());
        m.free();
    }
    // locations: one per distinct pc, ids from 1; functions by name
    let mut locs = Out::new(); // pcs as u64 (index + 1 = id)
    let mut funcs = Out::new(); // function name string index as u64 (index + 1 = id)
    let pcln = traceback::pclntab();
    let symtab = traceback::load_symtab_pub();
    let mut samples = Out::new();
    unsafe {
        for bi in 0..NBUCKETS {
            let b = &*buckets.add(bi);
            if b.hash == 0 {
                continue;
            }
            let mut s = Out::new();
            let mut ids = Out::new();
            for &pc in &b.pcs[..b.depth] {
                let id = find_or_add(&mut locs, pc as u64);
                ids.varint(id);
            }
            s.bytes_field(1, ids.bytes());
            let mut vals = Out::new();
            vals.varint(b.count);
            vals.varint(b.count * PERIOD_NS as u64);
            s.bytes_field(2, vals.bytes());
            samples.bytes_field(2, s.bytes());
            s.free();
            ids.free();
            vals.free();
        }
    }
    out.push(samples.bytes());
    samples.free();
    // mapping (the executable)
    let mut exe = [0u8; 512];
    let n = unsafe {
        sys::syscall3(
            89, /* readlink */
            b"/proc/self/exe\0".as_ptr() as usize,
            exe.as_mut_ptr() as usize,
            exe.len(),
        )
    };
    let exe_name: &[u8] = if n > 0 { &exe[..n as usize] } else { b"" };
    let s_exe = strs.index(exe_name);
    {
        let mut m = Out::new();
        m.uint(1, 1);
        m.uint(2, 0x400000);
        m.uint(3, u64::MAX >> 16);
        m.uint(5, s_exe);
        m.uint(7, 1);
        out.bytes_field(3, m.bytes());
        m.free();
    }
    // locations with their line
    let nlocs = locs.len / 8;
    for i in 0..nlocs {
        let pc = read_u64(&locs, i) as usize;
        // return addresses: the call is just before (leaf pcs are looked up the
        // same way; the previous byte is in the same line almost always)
        let (name, file, line, start) = describe(pcln, symtab.as_ref(), pc.wrapping_sub(1));
        let s_name = strs.index(name);
        let s_file = strs.index(file);
        let fid = find_or_add_fn(&mut funcs, s_name, s_file, start);
        let mut l = Out::new();
        l.uint(1, i as u64 + 1);
        l.uint(2, 1);
        l.uint(3, pc as u64);
        let mut ln = Out::new();
        ln.uint(1, fid);
        ln.uint(2, line as u64);
        l.bytes_field(4, ln.bytes());
        out.bytes_field(4, l.bytes());
        l.free();
        ln.free();
    }
    // functions
    let nf = funcs.len / 24;
    for i in 0..nf {
        let name = read_u64(&funcs, i * 3);
        let file = read_u64(&funcs, i * 3 + 1);
        let start = read_u64(&funcs, i * 3 + 2);
        let mut f = Out::new();
        f.uint(1, i as u64 + 1);
        f.uint(2, name);
        f.uint(3, name);
        f.uint(4, file);
        f.uint(5, start);
        out.bytes_field(5, f.bytes());
        f.free();
    }
    // string table
    {
        let b = strs.list.bytes();
        let mut off = 0;
        while off < b.len() {
            let n = u32::from_le_bytes([b[off], b[off + 1], b[off + 2], b[off + 3]]) as usize;
            out.bytes_field(6, &b[off + 4..off + 4 + n]);
            off += 4 + n;
        }
    }
    let now = sys::clock_gettime_ns(0);
    unsafe {
        out.uint(9, START_NS as u64);
        out.uint(10, (now - START_NS) as u64);
    }
    {
        let mut m = Out::new();
        m.uint(1, s_cpu);
        m.uint(2, s_ns);
        out.bytes_field(11, m.bytes());
        m.free();
    }
    out.uint(12, PERIOD_NS as u64);
    locs.free();
    funcs.free();
    strs.list.free();
}

fn read_u64(o: &Out, i: usize) -> u64 {
    let b = o.bytes();
    u64::from_le_bytes(b[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]))
}

fn find_or_add(o: &mut Out, v: u64) -> u64 {
    let n = o.len / 8;
    for i in 0..n {
        if read_u64(o, i) == v {
            return i as u64 + 1;
        }
    }
    o.push(&v.to_le_bytes());
    n as u64 + 1
}

fn find_or_add_fn(o: &mut Out, name: u64, file: u64, start: u64) -> u64 {
    let n = o.len / 24;
    for i in 0..n {
        if read_u64(o, i * 3) == name {
            return i as u64 + 1;
        }
    }
    o.push(&name.to_le_bytes());
    o.push(&file.to_le_bytes());
    o.push(&start.to_le_bytes());
    n as u64 + 1
}

/// (function name, file, line, function start line) of a pc.
fn describe<'a>(
    pcln: Option<traceback::PcLnTab>,
    symtab: Option<&traceback::Symtab>,
    pc: usize,
) -> (&'a [u8], &'a [u8], u32, u64) {
    if let Some(t) = pcln
        && let Some(f) = traceback::find_func(t, pc)
    {
        let (file, line) = f.pos(pc);
        return (f.name(), file, line, f.line(f.entry()) as u64);
    }
    if let Some(t) = symtab {
        if let Some((name, _)) = traceback::lookup(t, pc) {
            return (name, b"", 0, 0);
        }
    }
    (b"?", b"", 0, 0)
}

// ---------------------------------------------------------------------------
// gzip with stored deflate blocks

static CRC_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn gzip(out: &mut Out, data: &[u8]) {
    out.push(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    let mut off = 0;
    loop {
        let n = (data.len() - off).min(65535);
        let last = off + n == data.len();
        out.byte(last as u8);
        out.push(&(n as u16).to_le_bytes());
        out.push(&(!(n as u16)).to_le_bytes());
        out.push(&data[off..off + n]);
        off += n;
        if last {
            break;
        }
    }
    out.push(&crc32(data).to_le_bytes());
    out.push(&(data.len() as u32).to_le_bytes());
}

fn write_file(path: &[u8], data: &[u8]) {
    let mut p = [0u8; 4096];
    if path.len() >= p.len() {
        return;
    }
    p[..path.len()].copy_from_slice(path);
    unsafe {
        let fd = sys::syscall3(2, p.as_ptr() as usize, 0o1 | 0o100 | 0o1000, 0o644);
        if fd < 0 {
            puts("runtime: cannot write the CPU profile\n");
            return;
        }
        sys::write_all(fd as usize, data.as_ptr(), data.len());
        sys::syscall1(3, fd as usize);
    }
}
