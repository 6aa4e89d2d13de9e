//! The `print`/`println` builtins (runtime.printint … runtime.printnl), writing to
//! fd 2 unbuffered and formatted exactly as Go's runtime/print.go, plus the
//! runtime's own helpers for messages (`puts`, `put_int`, …) and a `core::fmt`
//! writer for the Rust panic handler.

use crate::abi::{Eface, GoString, Iface};
use crate::fmtnum;
use crate::sys;

pub fn puts(s: &str) {
    sys::write_bytes(2, s.as_bytes());
}

pub fn putb(b: &[u8]) {
    sys::write_bytes(2, b);
}

pub fn put_int(v: i64) {
    let mut buf = [0u8; 24];
    let i = fmtnum::fmt_int(&mut buf, v);
    putb(&buf[i..]);
}

pub fn put_uint(v: u64) {
    let mut buf = [0u8; 24];
    let i = fmtnum::fmt_uint(&mut buf, v);
    putb(&buf[i..]);
}

pub fn put_hex(v: u64) {
    let mut buf = [0u8; 24];
    let i = fmtnum::fmt_hex(&mut buf, v);
    putb(&buf[i..]);
}

pub fn put_float(v: f64) {
    let mut buf = [0u8; 16];
    let n = fmtnum::fmt_float(&mut buf, v);
    putb(&buf[..n]);
}

pub fn put_gostring(s: GoString) {
    if s.len > 0 {
        sys::write_all(2, s.ptr, s.len);
    }
}

/// `core::fmt` sink on fd 2 (used by the Rust panic handler only).
pub struct Stderr;

impl core::fmt::Write for Stderr {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        puts(s);
        Ok(())
    }
}

#[unsafe(export_name = "runtime.printint")]
pub extern "C" fn printint(v: i64) {
    put_int(v);
}

#[unsafe(export_name = "runtime.printuint")]
pub extern "C" fn printuint(v: u64) {
    put_uint(v);
}

#[unsafe(export_name = "runtime.printfloat")]
pub extern "C" fn printfloat(v: f64) {
    put_float(v);
}

/// `print(complex)`: `(` real imag `i)`.
#[unsafe(export_name = "runtime.printcomplex")]
pub extern "C" fn printcomplex(re: f64, im: f64) {
    puts("(");
    put_float(re);
    put_float(im);
    puts("i)");
}

#[unsafe(export_name = "runtime.printbool")]
pub extern "C" fn printbool(v: bool) {
    puts(if v { "true" } else { "false" });
}

#[unsafe(export_name = "runtime.printstring")]
pub extern "C" fn printstring(p: *const u8, n: usize) {
    put_gostring(GoString { ptr: p, len: n });
}

#[unsafe(export_name = "runtime.printpointer")]
pub extern "C" fn printpointer(p: usize) {
    put_hex(p as u64);
}

#[unsafe(export_name = "runtime.printhex")]
pub extern "C" fn printhex(v: u64) {
    put_hex(v);
}

/// `print(slice)`: `[len/cap]0xptr`.
#[unsafe(export_name = "runtime.printslice")]
pub extern "C" fn printslice(p: usize, len: usize, cap: usize) {
    puts("[");
    put_int(len as i64);
    puts("/");
    put_int(cap as i64);
    puts("]");
    put_hex(p as u64);
}

#[unsafe(export_name = "runtime.printeface")]
pub extern "C" fn printeface(typ: usize, data: usize) {
    let e = Eface { typ: typ as *const _, data: data as *mut u8 };
    puts("(");
    put_hex(e.typ as u64);
    puts(",");
    put_hex(e.data as u64);
    puts(")");
}

#[unsafe(export_name = "runtime.printiface")]
pub extern "C" fn printiface(tab: usize, data: usize) {
    let i = Iface { tab: tab as *const _, data: data as *mut u8 };
    puts("(");
    put_hex(i.tab as u64);
    puts(",");
    put_hex(i.data as u64);
    puts(")");
}

#[unsafe(export_name = "runtime.printsp")]
pub extern "C" fn printsp() {
    puts(" ");
}

#[unsafe(export_name = "runtime.printnl")]
pub extern "C" fn printnl() {
    puts("\n");
}
