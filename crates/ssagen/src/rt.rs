//! The runtime entry points generated code calls (docs/abi.md §5, §6), in one
//! place. Arguments follow the flattened convention of docs/abi.md §1
//! (`string` → ptr, len; slice → ptr, len, cap; interface → tab|typ, data).
//! Where abi.md leaves the exact signature open, the one used is written
//! here; crates/runtime must agree.

// memory
/// `newobject(typ *Type) ptr` — zeroed.
pub const NEWOBJECT: &str = "runtime.newobject";
/// `mallocgc(size int, typ *Type|nil, needzero bool) ptr` — closure objects, defer thunks.
pub const MALLOCGC: &str = "runtime.mallocgc";
/// `makeslice(et *Type, len int, cap int) ptr`.
pub const MAKESLICE: &str = "runtime.makeslice";
/// `growslice(out *Slice, et *Type, oldptr, oldlen, oldcap, newlen int)`: `out`
/// receives `{ptr, newlen, cap}` with the old elements copied.
pub const GROWSLICE: &str = "runtime.growslice";
/// `memmove(dst, src ptr, n int)` (C name; its result is not used).
pub const MEMMOVE: &str = "memmove";
/// `zerobase`: the address of every zero-size allocation.
pub const ZEROBASE: &str = "runtime.zerobase";

// strings
pub const CONCATSTRING: [&str; 4] = [
    "runtime.concatstring2",
    "runtime.concatstring3",
    "runtime.concatstring4",
    "runtime.concatstring5",
];
/// `concatstrings(p *GoString, n int) string`.
pub const CONCATSTRINGS: &str = "runtime.concatstrings";
/// `cmpstring(a, b string) int` (-1, 0, +1).
pub const CMPSTRING: &str = "runtime.cmpstring";
/// `memequal(p, q ptr, n int) bool`.
pub const MEMEQUAL: &str = "runtime.memequal";
/// `intstring(v int64) string`.
pub const INTSTRING: &str = "runtime.intstring";
/// `slicebytetostring(ptr, len) string`.
pub const SLICEBYTETOSTRING: &str = "runtime.slicebytetostring";
/// `slicerunetostring(ptr, len) string`.
pub const SLICERUNETOSTRING: &str = "runtime.slicerunetostring";
/// `stringtoslicebyte(out *Slice, s string)`.
pub const STRINGTOSLICEBYTE: &str = "runtime.stringtoslicebyte";
/// `stringtoslicerune(out *Slice, s string)`.
pub const STRINGTOSLICERUNE: &str = "runtime.stringtoslicerune";
/// `decoderune(s string, k int) (rune int32, next int)`.
pub const DECODERUNE: &str = "runtime.decoderune";

// printing
pub const PRINTINT: &str = "runtime.printint";
pub const PRINTUINT: &str = "runtime.printuint";
pub const PRINTFLOAT: &str = "runtime.printfloat";
pub const PRINTBOOL: &str = "runtime.printbool";
pub const PRINTSTRING: &str = "runtime.printstring";
pub const PRINTPOINTER: &str = "runtime.printpointer";
/// `printslice(ptr, len, cap)`: `[len/cap]0xptr`, as gc.
pub const PRINTSLICE: &str = "runtime.printslice";
pub const PRINTEFACE: &str = "runtime.printeface";
pub const PRINTIFACE: &str = "runtime.printiface";
pub const PRINTSP: &str = "runtime.printsp";
pub const PRINTNL: &str = "runtime.printnl";

// panics (never return)
/// `panicIndex(x, y int)`.
pub const PANIC_INDEX: &str = "runtime.panicIndex";
/// `panicIndexU(x uint, y int)`.
pub const PANIC_INDEX_U: &str = "runtime.panicIndexU";
/// `panicBounds(code, x, y int)` with gc's boundsErrorCode (| 0x80: `x` unsigned).
pub const PANIC_BOUNDS: &str = "runtime.panicBounds";
pub const PANIC_DIVIDE: &str = "runtime.panicdivide";
pub const PANIC_SHIFT: &str = "runtime.panicshift";
pub const PANIC_NILMAP: &str = "runtime.panicnilmap";
/// `gopanic(typ, data)`: `panic(v)` of an `interface{}`.
pub const GOPANIC: &str = "runtime.gopanic";
/// `panicdottypeE(have, want, iface *Type)`.
pub const PANICDOTTYPE_E: &str = "runtime.panicdottypeE";
/// `panicdottypeI(have *Itab, want, iface *Type)`.
pub const PANICDOTTYPE_I: &str = "runtime.panicdottypeI";
/// `panicwrap()`: a value method called through a nil pointer by a wrapper
/// (`value method main.T.M called using nil *T pointer`); falls back to the
/// nil dereference when the runtime lacks it — generated code emits an
/// explicit nil check instead, so this is not called today.
pub const _PANICWRAP: &str = "runtime.panicwrap";

// interfaces
/// Boxing (docs/abi.md §9): `convT16(v u16) ptr`, `convT32(v u32) ptr`,
/// `convT64(v u64) ptr` (no allocation below 256), `convTstring(p, n) ptr`,
/// `convTslice(p, len, cap) ptr`.
pub const CONVT16: &str = "runtime.convT16";
pub const CONVT32: &str = "runtime.convT32";
pub const CONVT64: &str = "runtime.convT64";
pub const CONVTSTRING: &str = "runtime.convTstring";
pub const CONVTSLICE: &str = "runtime.convTslice";
/// `getitab(inter, typ *Type, canfail bool) *Itab`.
pub const GETITAB: &str = "runtime.getitab";
/// `assertE2I(inter, typ *Type) *Itab` — panics for nil or a missing method.
pub const ASSERT_E2I: &str = "runtime.assertE2I";
/// `efaceeq(typ *Type, x, y ptr) bool`.
pub const EFACEEQ: &str = "runtime.efaceeq";
/// `ifaceeq(tab *Itab, x, y ptr) bool`.
pub const IFACEEQ: &str = "runtime.ifaceeq";

// maps
/// `makemap(t *Type, hint int) *hmap`.
pub const MAKEMAP: &str = "runtime.makemap";
pub const MAPACCESS1: &str = "runtime.mapaccess1";
pub const MAPACCESS2: &str = "runtime.mapaccess2";
pub const MAPASSIGN: &str = "runtime.mapassign";
pub const MAPDELETE: &str = "runtime.mapdelete";
pub const MAPITERINIT: &str = "runtime.mapiterinit";
pub const MAPITERNEXT: &str = "runtime.mapiternext";
pub const MAPCLEAR: &str = "runtime.mapclear";
/// `maplen(h *hmap) int` (0 for nil).
pub const MAPLEN: &str = "runtime.maplen";
/// Size of the iterator the compiler reserves on the stack (gc's `hiter`,
/// 12 words); the runtime keeps the current key pointer at offset 0 (nil at
/// the end) and the element pointer at offset 8.
pub const HITER_SIZE: u64 = 96;

// defer / recover (abi.md §6)
/// `callprotected(frame *DeferFrame, body code, env ptr) bool`.
pub const CALLPROTECTED: &str = "runtime.callprotected";
/// `deferproc(frame *DeferFrame, fn *Closure)`.
pub const DEFERPROC: &str = "runtime.deferproc";
/// `deferprocw(frame *DeferFrame, fn *Closure)`: a compiler thunk whose direct
/// callee is the deferred function (for `recover`).
pub const DEFERPROCW: &str = "runtime.deferprocw";
/// `gorecoverany() (typ, data)`.
pub const GORECOVERANY: &str = "runtime.gorecoverany";
/// `deferreturn(frame *DeferFrame)`.
pub const DEFERRETURN: &str = "runtime.deferreturn";
/// `gorecover(argp uintptr) (typ, data)`: `argp` is ignored (the runtime
/// finds the caller by its frame pointer); generated code passes 0.
pub const GORECOVER: &str = "runtime.gorecover";
/// Bytes the compiler reserves (zeroed, 16-aligned) for a `DeferFrame`.
pub const DEFER_FRAME_SIZE: u64 = 128;

// goroutines and channels (phase 2, docs/abi.md §9)
/// `newproc(fn *Closure)`: start a goroutine running `fn()`.
pub const NEWPROC: &str = "runtime.newproc";
/// `makechan(t *Type, size int) *hchan` (`t` is the channel type).
pub const MAKECHAN: &str = "runtime.makechan";
/// `chansend1(c, elem *T)`.
pub const CHANSEND1: &str = "runtime.chansend1";
/// `chanrecv1(c, elem *T)` (`elem` may be nil).
pub const CHANRECV1: &str = "runtime.chanrecv1";
/// `chanrecv2(c, elem *T) bool`.
pub const CHANRECV2: &str = "runtime.chanrecv2";
/// `closechan(c)`.
pub const CLOSECHAN: &str = "runtime.closechan";
/// `selectnbsend(c, elem) bool`.
pub const SELECTNBSEND: &str = "runtime.selectnbsend";
/// `selectnbrecv(elem, c) (selected, received bool)`: a 2-byte struct returned
/// in one register (selected in bits 0-7, received in bits 8-15).
pub const SELECTNBRECV: &str = "runtime.selectnbrecv";
/// `selectgo(cases *scase, nsends, nrecvs int, block bool) (int, bool)`; `scase` is
/// `{c *hchan, elem *T}`, sends first.
pub const SELECTGO: &str = "runtime.selectgo";
