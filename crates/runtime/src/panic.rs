//! Panics, the runtime's error values, and defer/panic/recover (docs/abi.md §6).
//!
//! * Runtime errors are real Go values: `runtime.boundsError`,
//!   `runtime.errorString`, `runtime.plainError` and `*runtime.TypeAssertionError`
//!   have type descriptors here with `Error`/`RuntimeError` methods, so `recover()`
//!   returns something user code can print or assert to `error`.
//! * `gopanic` runs the deferred calls of the frames on the defer-frame chain,
//!   innermost first; a deferred call that calls `recover` (directly) stops the
//!   panic and the runtime resumes its frame by returning `true` from that
//!   frame's `callprotected`. Unrecovered, the panics are printed as Go's
//!   printpanics does (`panic: first [recovered]` / `\tpanic: second`), then the
//!   signal line if a fault caused it, then `goroutine 1 [running]:` and a
//!   frame-pointer traceback, and the process exits with status 2.
//! * The panic value is printed like Go's printpanicval: a value with an
//!   `Error() string` method (else `String() string`) is printed through it (the
//!   runtime finds the method in the type descriptor and calls it), basic values
//!   as `print` shows them (named basic types as `main.T(5)`, `main.S("x")`),
//!   anything else as `(main.T) 0xADDR`.

use crate::abi::*;
use crate::heap::{self, Scan};
use crate::print::*;
use crate::sys;
use core::ptr::null_mut;

// ---------------------------------------------------------------------------
// Fatal errors

/// Go's `throw`: `fatal error: MSG`, a traceback, exit status 2.
pub fn throw(msg: &str) -> ! {
    throw_with_signal(msg.as_bytes())
}

/// `throw`, with the `[signal …]` line when a fault is being handled (as Go's
/// fatal error output after a signal).
fn throw_with_signal(msg: &[u8]) -> ! {
    puts("fatal error: ");
    putb(msg);
    puts("\n");
    print_signal_line();
    print_goroutine_header();
    crate::traceback::print_traceback(0, 0);
    crate::start::exit_now(2)
}

/// `\ngoroutine N [running]:\n`.
pub fn print_goroutine_header() {
    puts("\ngoroutine ");
    put_uint(crate::sched::cur_id());
    puts(" [running]:\n");
}

fn print_signal_line() {
    let (sig, code, addr, pc) = unsafe { SIG };
    if sig != 0 {
        puts("[signal ");
        puts(signame(sig));
        puts(" code=");
        put_hex(code as u64);
        puts(" addr=");
        put_hex(addr as u64);
        puts(" pc=");
        put_hex(pc as u64);
        puts("]\n");
    }
}

// ---------------------------------------------------------------------------
// Static type descriptors for the runtime's own error types

pub struct StaticType(pub Type);
unsafe impl Sync for StaticType {}
pub struct StaticMethods<const N: usize>(pub [Method; N]);
unsafe impl<const N: usize> Sync for StaticMethods<N> {}

pub const fn fnv1a(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut h: u32 = 2166136261;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u32;
        h = h.wrapping_mul(16777619);
        i += 1;
    }
    h
}

const fn gs(s: &'static str) -> GoString {
    GoString { ptr: s.as_ptr(), len: s.len() }
}

const fn empty_slice<T>() -> RawSlice<T> {
    RawSlice { ptr: core::ptr::null(), len: 0, cap: 0 }
}

#[allow(clippy::too_many_arguments)]
const fn mk_type(
    size: u64,
    ptrdata: u64,
    kind: u8,
    tflag: u8,
    align: u8,
    equal: Option<unsafe extern "C" fn(*const u8, *const u8) -> bool>,
    gcdata: *const u8,
    string: &'static str,
    name: &'static str,
    elem: *const Type,
    methods: RawSlice<Method>,
) -> Type {
    Type {
        size,
        ptrdata,
        hash: fnv1a(string),
        tflag,
        align,
        field_align: align,
        kind,
        equal,
        gcdata,
        string: gs(string),
        elem,
        key: core::ptr::null(),
        len: 0,
        fields: empty_slice(),
        methods,
        name: gs(name),
        pkgpath: if name.is_empty() { GoString::EMPTY } else { gs("runtime") },
        ptr_to_this: core::ptr::null(),
    }
}

static GCDATA_ONE: [u8; 1] = [1];
static GCDATA_NONE: [u8; 1] = [0];

pub static TYPE_FUNC_STRING: StaticType = StaticType(mk_type(
    8,
    8,
    KIND_FUNC | KIND_DIRECT_IFACE,
    0,
    8,
    None,
    GCDATA_ONE.as_ptr(),
    "func() string",
    "",
    core::ptr::null(),
    empty_slice(),
));
pub static TYPE_FUNC: StaticType = StaticType(mk_type(
    8,
    8,
    KIND_FUNC | KIND_DIRECT_IFACE,
    0,
    8,
    None,
    GCDATA_ONE.as_ptr(),
    "func()",
    "",
    core::ptr::null(),
    empty_slice(),
));

extern "C" fn runtime_error_marker(_: *mut u8) {}

macro_rules! error_methods {
    ($name:ident, $errfn:expr) => {
        static $name: StaticMethods<2> = StaticMethods([
            Method { name: gs("Error"), mtyp: &TYPE_FUNC_STRING.0, ifn: $errfn as *const u8 },
            Method {
                name: gs("RuntimeError"),
                mtyp: &TYPE_FUNC.0,
                ifn: runtime_error_marker as *const u8,
            },
        ]);
    };
}

error_methods!(BOUNDS_METHODS, bounds_error_error);
error_methods!(ERRSTR_METHODS, error_string_error);
error_methods!(PLAIN_METHODS, plain_error_error);
error_methods!(TAE_METHODS, type_assertion_error_error);

const fn methods<const N: usize>(m: &'static StaticMethods<N>) -> RawSlice<Method> {
    RawSlice { ptr: m.0.as_ptr(), len: N, cap: N }
}

unsafe extern "C" fn eq_bounds(a: *const u8, b: *const u8) -> bool {
    unsafe {
        let (a, b) = (&*(a as *const BoundsError), &*(b as *const BoundsError));
        a.x == b.x && a.y == b.y && a.signed == b.signed && a.code == b.code
    }
}

unsafe extern "C" fn eq_string(a: *const u8, b: *const u8) -> bool {
    unsafe {
        let (a, b) = (&*(a as *const GoString), &*(b as *const GoString));
        a.bytes() == b.bytes()
    }
}

unsafe extern "C" fn eq_ptr(a: *const u8, b: *const u8) -> bool {
    unsafe { *(a as *const usize) == *(b as *const usize) }
}

pub static TYPE_BOUNDS_ERROR: StaticType = StaticType(mk_type(
    24,
    0,
    KIND_STRUCT,
    TFLAG_UNCOMMON | TFLAG_NAMED,
    8,
    Some(eq_bounds),
    GCDATA_NONE.as_ptr(),
    "runtime.boundsError",
    "boundsError",
    core::ptr::null(),
    methods(&BOUNDS_METHODS),
));
pub static TYPE_ERROR_STRING: StaticType = StaticType(mk_type(
    16,
    8,
    KIND_STRING,
    TFLAG_UNCOMMON | TFLAG_NAMED,
    8,
    Some(eq_string),
    GCDATA_ONE.as_ptr(),
    "runtime.errorString",
    "errorString",
    core::ptr::null(),
    methods(&ERRSTR_METHODS),
));
pub static TYPE_PLAIN_ERROR: StaticType = StaticType(mk_type(
    16,
    8,
    KIND_STRING,
    TFLAG_UNCOMMON | TFLAG_NAMED,
    8,
    Some(eq_string),
    GCDATA_ONE.as_ptr(),
    "runtime.plainError",
    "plainError",
    core::ptr::null(),
    methods(&PLAIN_METHODS),
));
static GCDATA_TAE: [u8; 1] = [0b1111];
pub static TYPE_TAE: StaticType = StaticType(mk_type(
    40,
    32,
    KIND_STRUCT,
    TFLAG_NAMED,
    8,
    None,
    GCDATA_TAE.as_ptr(),
    "runtime.TypeAssertionError",
    "TypeAssertionError",
    core::ptr::null(),
    empty_slice(),
));
pub static TYPE_TAE_PTR: StaticType = StaticType(mk_type(
    8,
    8,
    KIND_PTR | KIND_DIRECT_IFACE,
    TFLAG_UNCOMMON,
    8,
    Some(eq_ptr),
    GCDATA_ONE.as_ptr(),
    "*runtime.TypeAssertionError",
    "",
    &TYPE_TAE.0,
    methods(&TAE_METHODS),
));

#[repr(C)]
pub struct BoundsError {
    pub x: i64,
    pub y: i64,
    pub signed: bool,
    pub code: u8,
}

#[repr(C)]
pub struct TypeAssertionError {
    pub iface: *const Type,
    pub concrete: *const Type,
    pub asserted: *const Type,
    pub missing: GoString,
}

// ---------------------------------------------------------------------------
// Building strings on the heap

/// A fixed-capacity byte buffer for messages.
pub struct Buf {
    pub b: [u8; 512],
    pub n: usize,
}

impl Buf {
    pub const fn new() -> Buf {
        Buf { b: [0; 512], n: 0 }
    }
    pub fn push(&mut self, s: &[u8]) {
        let k = s.len().min(self.b.len() - self.n);
        self.b[self.n..self.n + k].copy_from_slice(&s[..k]);
        self.n += k;
    }
    pub fn push_int(&mut self, v: i64) {
        let mut t = [0u8; 24];
        let i = crate::fmtnum::fmt_int(&mut t, v);
        self.push(&t[i..]);
    }
    pub fn push_uint(&mut self, v: u64) {
        let mut t = [0u8; 24];
        let i = crate::fmtnum::fmt_uint(&mut t, v);
        self.push(&t[i..]);
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.b[..self.n]
    }
    /// Copies the contents to a new heap string.
    pub fn to_gostring(&self) -> GoString {
        crate::strings::heap_string(self.as_bytes())
    }
}

static BOUNDS_FMTS: [&str; 9] = [
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
];
static BOUNDS_NEG_FMTS: [&str; 9] = [
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "",
];

fn bounds_message(e: &BoundsError, out: &mut Buf) {
    let code = (e.code as usize).min(8);
    let f = if e.signed && e.x < 0 { BOUNDS_NEG_FMTS[code] } else { BOUNDS_FMTS[code] };
    out.push(b"runtime error: ");
    let f = f.as_bytes();
    let mut i = 0;
    while i < f.len() {
        if f[i] == b'%' && i + 1 < f.len() {
            match f[i + 1] {
                b'x' => {
                    if e.signed {
                        out.push_int(e.x)
                    } else {
                        out.push_uint(e.x as u64)
                    }
                }
                _ => out.push_int(e.y),
            }
            i += 2;
        } else {
            out.push(&f[i..i + 1]);
            i += 1;
        }
    }
}

extern "C" fn bounds_error_error(data: *mut u8) -> GoString {
    let mut b = Buf::new();
    bounds_message(unsafe { &*(data as *const BoundsError) }, &mut b);
    b.to_gostring()
}

extern "C" fn error_string_error(data: *mut u8) -> GoString {
    let s = unsafe { *(data as *const GoString) };
    let mut b = Buf::new();
    b.push(b"runtime error: ");
    b.push(unsafe { s.bytes() });
    b.to_gostring()
}

extern "C" fn plain_error_error(data: *mut u8) -> GoString {
    unsafe { *(data as *const GoString) }
}

fn type_assertion_message(e: &TypeAssertionError, b: &mut Buf) {
    unsafe {
        let inter: &[u8] = if e.iface.is_null() { b"interface" } else { (*e.iface).str_bytes() };
        let as_ = (*e.asserted).str_bytes();
        b.push(b"interface conversion: ");
        if e.concrete.is_null() {
            b.push(inter);
            b.push(b" is nil, not ");
            b.push(as_);
            return;
        }
        let cs = (*e.concrete).str_bytes();
        if e.missing.len == 0 {
            b.push(inter);
            b.push(b" is ");
            b.push(cs);
            b.push(b", not ");
            b.push(as_);
            if cs == as_ {
                if (*e.concrete).pkgpath.bytes() != (*e.asserted).pkgpath.bytes() {
                    b.push(b" (types from different packages)");
                } else {
                    b.push(b" (types from different scopes)");
                }
            }
            return;
        }
        b.push(cs);
        b.push(b" is not ");
        b.push(as_);
        b.push(b": missing method ");
        b.push(e.missing.bytes());
    }
}

extern "C" fn type_assertion_error_error(data: *mut u8) -> GoString {
    let mut b = Buf::new();
    type_assertion_message(unsafe { &*(data as *const TypeAssertionError) }, &mut b);
    b.to_gostring()
}

// ---------------------------------------------------------------------------
// Raising runtime errors

fn new_value<T>(v: T, scan: Scan) -> *mut u8 {
    unsafe {
        let p = heap::alloc(core::mem::size_of::<T>(), scan, true);
        (p as *mut T).write(v);
        p
    }
}

/// panic(errorString(msg)): `panic: runtime error: MSG`.
pub fn panic_error_string(msg: &'static str) -> ! {
    let p = new_value(GoString::from_static(msg), Scan::Conservative);
    gopanic(&TYPE_ERROR_STRING.0, p)
}

/// panic(errorString(msg)) with a message built at run time.
pub fn panic_error_gostring(msg: GoString) -> ! {
    let p = new_value(msg, Scan::Conservative);
    gopanic(&TYPE_ERROR_STRING.0, p)
}

/// panic(plainError(msg)): `panic: MSG` (still a runtime.Error).
pub fn panic_plain(msg: &'static str) -> ! {
    let p = new_value(GoString::from_static(msg), Scan::Conservative);
    gopanic(&TYPE_PLAIN_ERROR.0, p)
}

pub fn panic_type_assertion(
    iface: *const Type,
    concrete: *const Type,
    asserted: *const Type,
    missing: GoString,
) -> ! {
    let e = TypeAssertionError { iface, concrete, asserted, missing };
    let p = new_value(e, Scan::Conservative);
    gopanic(&TYPE_TAE_PTR.0, p)
}

fn panic_bounds(code: u8, x: i64, y: i64, signed: bool) -> ! {
    let p = new_value(BoundsError { x, y, signed, code }, Scan::NoScan);
    gopanic(&TYPE_BOUNDS_ERROR.0, p)
}

/// `runtime.panicBounds(code, x, y)`: gc's boundsErrorCode in the low 4 bits;
/// bit 7 (0x80) set means `x` is unsigned (the `...U` variants).
#[unsafe(export_name = "runtime.panicBounds")]
pub extern "C" fn panic_bounds_entry(code: u64, x: i64, y: i64) -> ! {
    panic_bounds((code & 0xf) as u8, x, y, code & 0x80 == 0)
}

macro_rules! bounds_entries {
    ($($name:literal, $fn:ident, $code:expr, $signed:expr;)*) => {
        $(
            #[unsafe(export_name = $name)]
            pub extern "C" fn $fn(x: i64, y: i64) -> ! {
                panic_bounds($code, x, y, $signed)
            }
        )*
    };
}

bounds_entries! {
    "runtime.panicIndex", panic_index, 0, true;
    "runtime.panicIndexU", panic_index_u, 0, false;
    "runtime.panicSliceAlen", panic_slice_alen, 1, true;
    "runtime.panicSliceAlenU", panic_slice_alen_u, 1, false;
    "runtime.panicSliceAcap", panic_slice_acap, 2, true;
    "runtime.panicSliceAcapU", panic_slice_acap_u, 2, false;
    "runtime.panicSliceB", panic_slice_b, 3, true;
    "runtime.panicSliceBU", panic_slice_b_u, 3, false;
    "runtime.panicSlice3Alen", panic_slice3_alen, 4, true;
    "runtime.panicSlice3AlenU", panic_slice3_alen_u, 4, false;
    "runtime.panicSlice3Acap", panic_slice3_acap, 5, true;
    "runtime.panicSlice3AcapU", panic_slice3_acap_u, 5, false;
    "runtime.panicSlice3B", panic_slice3_b, 6, true;
    "runtime.panicSlice3BU", panic_slice3_b_u, 6, false;
    "runtime.panicSlice3C", panic_slice3_c, 7, true;
    "runtime.panicSlice3CU", panic_slice3_c_u, 7, false;
    "runtime.panicSliceConvert", panic_slice_convert, 8, true;
}

#[unsafe(export_name = "runtime.panicdivide")]
pub extern "C" fn panicdivide() -> ! {
    panic_error_string("integer divide by zero")
}

#[unsafe(export_name = "runtime.panicoverflow")]
pub extern "C" fn panicoverflow() -> ! {
    panic_error_string("integer overflow")
}

#[unsafe(export_name = "runtime.panicshift")]
pub extern "C" fn panicshift() -> ! {
    panic_error_string("negative shift amount")
}

/// The nil-dereference panic. gc gets it from a fault, so Go's output always
/// has a `[signal SIGSEGV …]` line: an explicit check (`runtime.panicmem`,
/// `runtime.panicnilfunc`) records one as if its call site had faulted at
/// address 0.
pub fn panicmem() -> ! {
    panic_error_string("invalid memory address or nil pointer dereference")
}

extern "C" fn panicmem_at(pc: usize) -> ! {
    unsafe {
        if SIG.0 == 0 {
            SIG = (sys::SIGSEGV, 1, 0, pc);
        }
    }
    panicmem()
}

core::arch::global_asm!(
    r#"
    .section .text.runtime.panicmem,"ax",@progbits
    .globl "runtime.panicmem"
    .type "runtime.panicmem",@function
"runtime.panicmem":
    mov rdi, [rsp]
    sub rdi, 1
    jmp {at}
    .size "runtime.panicmem", . - "runtime.panicmem"

    .section .text.runtime.panicnilfunc,"ax",@progbits
    .globl "runtime.panicnilfunc"
    .type "runtime.panicnilfunc",@function
"runtime.panicnilfunc":
    mov rdi, [rsp]
    sub rdi, 1
    jmp {at}
    .size "runtime.panicnilfunc", . - "runtime.panicnilfunc"
"#,
    at = sym panicmem_at,
);

#[unsafe(export_name = "runtime.panicnilmap")]
pub extern "C" fn panicnilmap() -> ! {
    panic_plain("assignment to entry in nil map")
}

#[unsafe(export_name = "runtime.panicmakeslicelen")]
pub extern "C" fn panicmakeslicelen() -> ! {
    panic_error_string("makeslice: len out of range")
}

#[unsafe(export_name = "runtime.panicmakeslicecap")]
pub extern "C" fn panicmakeslicecap() -> ! {
    panic_error_string("makeslice: cap out of range")
}

#[unsafe(export_name = "runtime.panicunsafeslicelen")]
pub extern "C" fn panicunsafeslicelen() -> ! {
    panic_error_string("unsafe.Slice: len out of range")
}

/// A nil func value was called: Go reports it as a nil dereference (SIGSEGV);
/// `runtime.panicnilfunc` is the assembly entry above.
pub fn panicnilfunc() -> ! {
    panicmem()
}

/// `x.(T)` failed for an empty interface: `have` is the dynamic type (null for
/// nil), `want` the asserted type, `iface` the static interface type.
#[unsafe(export_name = "runtime.panicdottypeE")]
pub extern "C" fn panicdottype_e(have: *const Type, want: *const Type, iface: *const Type) -> ! {
    panic_type_assertion(iface, have, want, GoString::EMPTY)
}

/// Same for a non-empty interface: `have` is its itab (null for nil).
#[unsafe(export_name = "runtime.panicdottypeI")]
pub extern "C" fn panicdottype_i(have: *const Itab, want: *const Type, iface: *const Type) -> ! {
    let t = if have.is_null() { core::ptr::null() } else { unsafe { (*have).typ } };
    panic_type_assertion(iface, t, want, GoString::EMPTY)
}

// ---------------------------------------------------------------------------
// defer / panic / recover

/// A function's defer frame (docs/abi.md §6), in its stack frame. 96 bytes.
#[repr(C)]
pub struct DeferFrame {
    pub rsp: usize,
    pub rbx: usize,
    pub rbp: usize,
    pub r12: usize,
    pub r13: usize,
    pub r14: usize,
    pub r15: usize,
    pub ret: usize,
    pub link: *mut DeferFrame,
    pub defers: *mut DeferRec,
    /// The oldest deferred call is kept here without allocating.
    pub inline_closure: *const Closure,
    /// bit 0: present, bit 1: wrapper (deferprocw).
    pub inline_flags: usize,
}

#[repr(C)]
pub struct DeferRec {
    pub next: *mut DeferRec,
    pub closure: *const Closure,
    /// The closure is a compiler wrapper whose direct callee is the deferred
    /// function (`runtime.deferprocw`).
    pub wrapper: usize,
}

#[repr(C)]
pub struct Panic {
    pub arg: Eface,
    pub link: *mut Panic,
    /// CFA of the deferred call this panic is running (see gorecover).
    pub argp: usize,
    pub wrapper: bool,
    /// The frame whose deferred call is running.
    pub frame: *mut DeferFrame,
    pub recovered: bool,
    pub aborted: bool,
}

#[unsafe(no_mangle)]
pub static mut MINGO_RT_DEFER_TOP: *mut DeferFrame = null_mut();
pub static mut PANIC_TOP: *mut Panic = null_mut();

/// Fault information for the `[signal ...]` line.
pub static mut SIG: (usize, usize, usize, usize) = (0, 0, 0, 0);
/// Nesting of faults being turned into panics (reset on recovery).
pub static mut SIG_DEPTH: usize = 0;

core::arch::global_asm!(
    r#"
    .section .text.runtime.callprotected,"ax",@progbits
    .globl "runtime.callprotected"
    .type "runtime.callprotected",@function
"runtime.callprotected":
    mov rax, [rsp]
    mov [rdi + 56], rax
    mov [rdi], rsp
    mov [rdi + 8], rbx
    mov [rdi + 16], rbp
    mov [rdi + 24], r12
    mov [rdi + 32], r13
    mov [rdi + 40], r14
    mov [rdi + 48], r15
    mov qword ptr [rdi + 72], 0
    mov qword ptr [rdi + 80], 0
    mov qword ptr [rdi + 88], 0
    mov rax, qword ptr [rip + MINGO_RT_DEFER_TOP]
    mov [rdi + 64], rax
    mov qword ptr [rip + MINGO_RT_DEFER_TOP], rdi
    sub rsp, 8
    mov rdi, rdx
    call rsi
    add rsp, 8
    xor eax, eax
    ret
    .size "runtime.callprotected", . - "runtime.callprotected"

    .section .text.mingo_rt_resume,"ax",@progbits
    .globl mingo_rt_resume
    .type mingo_rt_resume,@function
mingo_rt_resume:
    mov rbx, [rdi + 8]
    mov rbp, [rdi + 16]
    mov r12, [rdi + 24]
    mov r13, [rdi + 32]
    mov r14, [rdi + 40]
    mov r15, [rdi + 48]
    mov rsp, [rdi]
    add rsp, 8
    mov eax, 1
    jmp qword ptr [rdi + 56]
    .size mingo_rt_resume, . - mingo_rt_resume

    .section .text.runtime.gorecover,"ax",@progbits
    .globl "runtime.gorecover"
    .type "runtime.gorecover",@function
"runtime.gorecover":
    lea rdi, [rbp + 16]
    jmp {gorecover_impl}
    .size "runtime.gorecover", . - "runtime.gorecover"

    .section .text.mingo_rt_calldeferred,"ax",@progbits
    .globl mingo_rt_calldeferred
    .type mingo_rt_calldeferred,@function
mingo_rt_calldeferred:
    push rbx
    mov [rsi], rsp
    call qword ptr [rdi]
    pop rbx
    ret
    .size mingo_rt_calldeferred, . - mingo_rt_calldeferred
    .text
"#,
    gorecover_impl = sym gorecover_impl,
);

unsafe extern "C" {
    fn mingo_rt_resume(frame: *mut DeferFrame) -> !;
    fn mingo_rt_calldeferred(closure: *const Closure, argp_out: *mut usize);
}

/// `runtime.deferproc(frame, closure)`: defer a call of `closure` in the frame.
#[unsafe(export_name = "runtime.deferproc")]
pub unsafe extern "C" fn deferproc(frame: *mut DeferFrame, closure: *const Closure) {
    push_defer(frame, closure, 0)
}

/// `runtime.deferprocw(frame, closure)`: like deferproc, for a compiler wrapper
/// closure (e.g. for `defer f(x)`) whose direct callee is the deferred function:
/// `recover` is valid in that callee instead of the closure.
#[unsafe(export_name = "runtime.deferprocw")]
pub unsafe extern "C" fn deferprocw(frame: *mut DeferFrame, closure: *const Closure) {
    push_defer(frame, closure, 1)
}

fn push_defer(frame: *mut DeferFrame, closure: *const Closure, wrapper: usize) {
    unsafe {
        if (*frame).defers.is_null() && (*frame).inline_flags & 1 == 0 {
            (*frame).inline_closure = closure;
            (*frame).inline_flags = 1 | (wrapper << 1);
            return;
        }
        let r = heap::alloc(core::mem::size_of::<DeferRec>(), Scan::Conservative, true)
            as *mut DeferRec;
        (*r).closure = closure;
        (*r).wrapper = wrapper;
        (*r).next = (*frame).defers;
        (*frame).defers = r;
    }
}

/// Removes the frame's most recent deferred call: (closure, is a wrapper).
fn pop_defer(frame: *mut DeferFrame) -> Option<(*const Closure, bool)> {
    unsafe {
        let r = (*frame).defers;
        if !r.is_null() {
            (*frame).defers = (*r).next;
            return Some(((*r).closure, (*r).wrapper != 0));
        }
        if (*frame).inline_flags & 1 != 0 {
            let w = (*frame).inline_flags & 2 != 0;
            (*frame).inline_flags = 0;
            return Some(((*frame).inline_closure, w));
        }
        None
    }
}

/// `runtime.deferreturn(frame)`: run the frame's deferred calls (LIFO) and pop
/// the frame. Called after `callprotected` returns, whatever it returned.
#[unsafe(export_name = "runtime.deferreturn")]
pub unsafe extern "C" fn deferreturn(frame: *mut DeferFrame) {
    unsafe {
        while let Some((closure, _)) = pop_defer(frame) {
            let mut argp = 0usize;
            mingo_rt_calldeferred(closure, &mut argp);
        }
        MINGO_RT_DEFER_TOP = (*frame).link;
    }
}

/// `runtime.gopanic(eface)`.
#[unsafe(export_name = "runtime.gopanic")]
pub extern "C" fn gopanic_entry(typ: *const Type, data: *mut u8) -> ! {
    gopanic(typ, data)
}

pub fn gopanic(typ: *const Type, data: *mut u8) -> ! {
    unsafe {
        let p = heap::alloc(core::mem::size_of::<Panic>(), Scan::Conservative, true) as *mut Panic;
        p.write(Panic {
            arg: Eface { typ, data },
            link: PANIC_TOP,
            argp: 0,
            wrapper: false,
            frame: null_mut(),
            recovered: false,
            aborted: false,
        });
        PANIC_TOP = p;
        loop {
            let frame = MINGO_RT_DEFER_TOP;
            if frame.is_null() {
                break;
            }
            // panics that were running this frame's deferred calls are superseded
            let mut q = (*p).link;
            while !q.is_null() {
                if (*q).frame == frame {
                    (*q).aborted = true;
                }
                q = (*q).link;
            }
            let Some((closure, wrapper)) = pop_defer(frame) else {
                MINGO_RT_DEFER_TOP = (*frame).link;
                continue;
            };
            (*p).frame = frame;
            (*p).wrapper = wrapper;
            mingo_rt_calldeferred(closure, &mut (*p).argp);
            (*p).argp = 0;
            if (*p).recovered {
                let mut next = (*p).link;
                while !next.is_null() && (*next).aborted {
                    next = (*next).link;
                }
                PANIC_TOP = next;
                MINGO_RT_DEFER_TOP = frame;
                SIG_DEPTH = 0;
                SIG = (0, 0, 0, 0); // as gc: a recovered fault leaves no signal line
                mingo_rt_resume(frame);
            }
        }
        fatalpanic()
    }
}

/// `runtime.gorecover(argp) eface`: Go's `recover()`. The runtime identifies the
/// function calling it by that function's frame pointer (its CFA = rbp + 16 at
/// entry here; generated code keeps frame pointers), so the argument is ignored
/// (pass 0 or the CFA). Returns the panic value and stops the panic if that
/// function is the deferred call run by the current panic (or the direct callee
/// of a wrapper registered with deferprocw); otherwise nil.
pub unsafe extern "C" fn gorecover_impl(argp: usize) -> Eface {
    unsafe {
        let p = PANIC_TOP;
        if p.is_null() || (*p).recovered || (*p).aborted || (*p).argp == 0 {
            return Eface { typ: core::ptr::null(), data: null_mut() };
        }
        let mut ok = argp == (*p).argp;
        if !ok && (*p).wrapper && argp >= 16 {
            // the wrapper's CFA from the caller's saved frame pointer
            let parent_fp = *((argp - 16) as *const usize);
            ok = parent_fp.wrapping_add(16) == (*p).argp;
        }
        if !ok {
            return Eface { typ: core::ptr::null(), data: null_mut() };
        }
        (*p).recovered = true;
        (*p).arg
    }
}

/// Go's `recover()` when the compiler cannot supply the CFA: valid in any
/// function while a deferred call of the current panic runs.
#[unsafe(export_name = "runtime.gorecoverany")]
pub unsafe extern "C" fn gorecoverany() -> Eface {
    unsafe {
        let p = PANIC_TOP;
        if p.is_null() || (*p).recovered || (*p).aborted || (*p).argp == 0 {
            return Eface { typ: core::ptr::null(), data: null_mut() };
        }
        (*p).recovered = true;
        (*p).arg
    }
}

fn fatalpanic() -> ! {
    unsafe {
        // oldest first
        let mut chain: [*mut Panic; 64] = [null_mut(); 64];
        let mut n = 0;
        let mut q = PANIC_TOP;
        while !q.is_null() && n < 64 {
            chain[n] = q;
            n += 1;
            q = (*q).link;
        }
        // Go's preprintpanics: Error()/String() results first; a panic while
        // computing them is fatal
        if PREPRINTING {
            let mut b = Buf::new();
            b.push(b"panic while printing panic value");
            let e = (*PANIC_TOP).arg;
            if !e.typ.is_null()
                && (*e.typ).kind() == KIND_STRING
                && (*e.typ).str_bytes() == b"string"
            {
                b.push(b": ");
                b.push((*(e.data as *const GoString)).bytes());
            } else if !e.typ.is_null() {
                b.push(b": type ");
                b.push((*e.typ).str_bytes());
            }
            throw_with_signal(b.as_bytes());
        }
        PREPRINTING = true;
        let mut texts: [Option<GoString>; 64] = [None; 64];
        for i in 0..n {
            texts[i] = method_text((*chain[i]).arg);
        }
        PREPRINTING = false;
        for i in (0..n).rev() {
            if i != n - 1 {
                puts("\t");
            }
            puts("panic: ");
            match texts[i] {
                Some(s) => put_gostring(s),
                None => print_panic_value((*chain[i]).arg),
            }
            if (*chain[i]).recovered {
                puts(" [recovered]");
            }
            puts("\n");
        }
        print_signal_line();
        print_goroutine_header();
        crate::traceback::print_traceback(0, 0);
        crate::start::exit_now(2)
    }
}

pub fn signame(sig: usize) -> &'static str {
    match sig {
        4 => "SIGILL: illegal instruction",
        7 => "SIGBUS: bus error",
        8 => "SIGFPE: floating-point exception",
        11 => "SIGSEGV: segmentation violation",
        _ => "SIGNONE: no trap",
    }
}

/// Finds a method `name` with signature `func() string` in `t`'s method set.
pub fn find_string_method(
    t: *const Type,
    name: &[u8],
) -> Option<extern "C" fn(*mut u8) -> GoString> {
    unsafe {
        for m in (*t).methods.as_slice() {
            if m.name.bytes() == name
                && !m.mtyp.is_null()
                && (*m.mtyp).str_bytes() == b"func() string"
                && !m.ifn.is_null()
            {
                return Some(
                    core::mem::transmute::<*const u8, extern "C" fn(*mut u8) -> GoString>(m.ifn),
                );
            }
        }
    }
    None
}

/// Go's printpanicval after preprintpanics.
static mut PREPRINTING: bool = false;

/// The value's `Error()` (else `String()`) result, if it has such a method.
fn method_text(e: Eface) -> Option<GoString> {
    if e.typ.is_null() {
        return None;
    }
    let f = find_string_method(e.typ, b"Error").or_else(|| find_string_method(e.typ, b"String"))?;
    Some(f(e.data))
}

pub fn print_panic_value(e: Eface) {
    if e.typ.is_null() {
        puts("nil");
        return;
    }
    let t = unsafe { &*e.typ };
    if let Some(f) =
        find_string_method(e.typ, b"Error").or_else(|| find_string_method(e.typ, b"String"))
    {
        put_gostring(f(e.data));
        return;
    }
    print_any(e, t);
}

/// Go's printany/printanycustomtype for a non-nil value.
pub fn print_any(e: Eface, t: &Type) {
    let s = unsafe { t.str_bytes() };
    let predeclared = !s.contains(&b'.');
    let d = e.data;
    let k = t.kind();
    let basic = matches!(k, KIND_BOOL..=KIND_COMPLEX128 | KIND_STRING);
    if !basic {
        puts("(");
        putb(s);
        puts(") ");
        put_hex(d as u64);
        return;
    }
    if !predeclared {
        putb(s);
        if k == KIND_STRING {
            puts("(\"");
        } else if k != KIND_COMPLEX64 && k != KIND_COMPLEX128 {
            puts("(");
        }
    }
    unsafe {
        match k {
            KIND_BOOL => printbool(*d != 0),
            KIND_INT | KIND_INT64 => put_int(*(d as *const i64)),
            KIND_INT8 => put_int(*(d as *const i8) as i64),
            KIND_INT16 => put_int(*(d as *const i16) as i64),
            KIND_INT32 => put_int(*(d as *const i32) as i64),
            KIND_UINT | KIND_UINT64 | KIND_UINTPTR => put_uint(*(d as *const u64)),
            KIND_UINT8 => put_uint(*d as u64),
            KIND_UINT16 => put_uint(*(d as *const u16) as u64),
            KIND_UINT32 => put_uint(*(d as *const u32) as u64),
            KIND_FLOAT32 => put_float(*(d as *const f32) as f64),
            KIND_FLOAT64 => put_float(*(d as *const f64)),
            KIND_COMPLEX64 => {
                printcomplex(*(d as *const f32) as f64, *((d as *const f32).add(1)) as f64)
            }
            KIND_COMPLEX128 => printcomplex(*(d as *const f64), *((d as *const f64).add(1))),
            KIND_STRING => put_gostring(*(d as *const GoString)),
            _ => {}
        }
    }
    if !predeclared {
        if k == KIND_STRING {
            puts("\")");
        } else if k != KIND_COMPLEX64 && k != KIND_COMPLEX128 {
            puts(")");
        }
    }
}

/// Extra GC roots held outside the scanned segments (none today).
pub fn gc_roots(_f: &mut dyn FnMut(usize, usize)) {}

// ---------------------------------------------------------------------------
// Faults

/// Called (on the faulting thread's stack, as if by the faulting instruction)
/// after a SIGSEGV/SIGBUS/SIGFPE: raise the matching Go panic.
pub extern "C" fn sigpanic_impl() -> ! {
    let (sig, code, addr, pc) = unsafe { SIG };
    match sig {
        sys::SIGFPE => {
            // Go checks division explicitly: no signal line for it
            unsafe { SIG = (0, 0, 0, 0) };
            panicdivide()
        }
        _ => {
            if addr < 0x1000 {
                panicmem()
            }
            puts("unexpected fault address ");
            put_hex(addr as u64);
            puts("\nfatal error: fault\n[signal ");
            puts(signame(sig));
            puts(" code=");
            put_hex(code as u64);
            puts(" addr=");
            put_hex(addr as u64);
            puts(" pc=");
            put_hex(pc as u64);
            puts("]\n");
            print_goroutine_header();
            crate::traceback::print_traceback(0, 0);
            crate::start::exit_now(2)
        }
    }
}
