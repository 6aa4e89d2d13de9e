//! Data objects: string literals, global variables and their static
//! initialization (gc's `staticinit`).
//!
//! * String bytes: one read-only object per distinct string, named as gc
//!   names it, `go.string."hello"` (Go-quoted); strings whose quoted form is
//!   longer than 100 bytes are named `go.string..N.HASH`. The empty string is
//!   a nil pointer with length 0.
//! * Globals: `main.x`, zero-filled (`.bss`) unless their initializer is
//!   static: a constant, `nil`, the address of a function, a capture-free
//!   function literal, an interface holding a constant (a read-only box), or
//!   a composite literal (struct, array, slice — the backing array becomes a
//!   writable `P..stmp_N` object — or `&T{...}`) made of those. Static
//!   initializers need no code in `P.init`.

use crate::Gen;
use crate::expr::const_bits;
use crate::shape;
use ssa::{DataObject, Reloc};
use types::ir::{Composite, ConvKind, Expr, ExprKind, GlobalId};
use types::{BasicKind, TypeId, TypeKind};

/// Bytes with relocations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataBuf {
    pub bytes: Vec<u8>,
    pub relocs: Vec<Reloc>,
}

impl DataBuf {
    pub fn new(size: u64) -> DataBuf {
        DataBuf { bytes: vec![0; size as usize], relocs: Vec::new() }
    }

    pub fn put(&mut self, off: u64, bytes: &[u8]) {
        let o = off as usize;
        if o + bytes.len() <= self.bytes.len() {
            self.bytes[o..o + bytes.len()].copy_from_slice(bytes);
        }
    }

    pub fn u64(&mut self, off: u64, v: u64) {
        self.put(off, &v.to_le_bytes());
    }

    pub fn u32(&mut self, off: u64, v: u32) {
        self.put(off, &v.to_le_bytes());
    }

    pub fn u8(&mut self, off: u64, v: u8) {
        self.put(off, &[v]);
    }

    /// The address of `sym` (+ addend) at `off`.
    pub fn ptr(&mut self, off: u64, sym: &str, addend: i64) {
        if off + 8 <= self.bytes.len() as u64 {
            self.relocs.push(Reloc { offset: off as u32, sym: sym.into(), addend });
        }
    }

    /// Copy `other` into this buffer at `off`.
    pub fn embed(&mut self, off: u64, other: &DataBuf) {
        self.put(off, &other.bytes);
        for r in &other.relocs {
            self.relocs.push(Reloc {
                offset: r.offset + off as u32,
                sym: r.sym.clone(),
                addend: r.addend,
            });
        }
    }

    pub fn object(self, name: &str, align: u64, readonly: bool) -> DataObject {
        let mut d = DataObject::bytes(name, self.bytes, align.clamp(1, 64) as u32, readonly);
        d.relocs = self.relocs;
        d
    }
}

impl Gen<'_> {
    /// The symbol of a string literal's bytes (created on first use).
    pub(crate) fn string_sym(&mut self, s: &[u8]) -> String {
        if let Some(n) = self.strings.get(s) {
            return n.clone();
        }
        let q = types::constant::go_quote(s);
        let name = if q.len() > 100 {
            let mut h: u64 = 0xcbf29ce484222325;
            for &b in s {
                h ^= b as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
            format!("go.string..{}.{:016x}", s.len(), h)
        } else {
            format!("go.string.{q}")
        };
        self.add_data(DataObject::bytes(name.clone(), s.to_vec(), 1, true));
        self.strings.insert(s.to_vec(), name.clone());
        self.string_bytes.insert(name.clone(), s.to_vec());
        name
    }

    /// Write a Go string header for `s` at `off` of `buf`.
    pub(crate) fn put_gostring(&mut self, buf: &mut DataBuf, off: u64, s: &[u8]) {
        if !s.is_empty() {
            let sym = self.string_sym(s);
            buf.ptr(off, &sym, 0);
        }
        buf.u64(off + 8, s.len() as u64);
    }

    /// The symbol of a global variable (its data is emitted at the end).
    pub(crate) fn global_sym(&mut self, g: GlobalId) -> String {
        if self.globals_seen.insert(g) {
            self.globals_used.push(g);
        }
        self.prog.globals[g].symbol.clone()
    }

    /// A fresh name for a static temporary of package `pkg`.
    pub(crate) fn stmp_name(&mut self, pkg: &str) -> String {
        let n = self.thunk_count.entry(format!("{pkg}..stmp")).or_insert(0);
        let name = format!("{pkg}..stmp_{n}");
        *n += 1;
        name
    }

    /// The static value of `e` (of type `ty`), if it has one.
    pub(crate) fn static_value(&mut self, e: &Expr, pkg: &str) -> Option<DataBuf> {
        let ty = e.ty;
        let size = self.tt.size_of(ty);
        let mut buf = DataBuf::new(size);
        match &e.kind {
            ExprKind::Const(c) => {
                let cv = &c.value;
                let tt = &self.tt;
                if tt.is_string(ty) {
                    let s = cv.as_str().unwrap_or(b"").to_vec();
                    self.put_gostring(&mut buf, 0, &s);
                } else if tt.is_complex(ty) {
                    return None;
                } else if tt.is_float(ty) {
                    let f = cv.float64_val()?;
                    if tt.basic(ty) == Some(BasicKind::Float32) {
                        buf.u32(0, (f as f32).to_bits());
                    } else {
                        buf.u64(0, f.to_bits());
                    }
                } else {
                    let v = const_bits(cv) as u64;
                    let n = size.min(8) as usize;
                    buf.put(0, &v.to_le_bytes()[..n]);
                }
                Some(buf)
            }
            ExprKind::Nil => Some(buf),
            ExprKind::Func(f) => {
                let sym = crate::closures::func_value_sym(self, *f);
                buf.ptr(0, &sym, 0);
                Some(buf)
            }
            ExprKind::FuncLit { func, .. } => {
                let l = self.closure_layout(*func);
                if !l.fields.is_empty() {
                    return None;
                }
                let sym = self.func_sym(*func);
                let obj = format!("{sym}·f");
                self.static_closure(&obj, &sym);
                buf.ptr(0, &obj, 0);
                Some(buf)
            }
            ExprKind::Conv { kind: ConvKind::NoOp, x, .. } => {
                if shape::leaves(&self.tt, x.ty) != shape::leaves(&self.tt, ty) {
                    return None;
                }
                self.static_value(x, pkg)
            }
            ExprKind::Conv { kind: ConvKind::ToInterface, x, .. } => {
                if self.tt.is_interface(x.ty) {
                    return if matches!(x.kind, ExprKind::Nil) { Some(buf) } else { None };
                }
                if x.const_value().is_none() || shape::is_direct_iface(&self.tt, x.ty) {
                    return None;
                }
                let inner = self.static_value(x, pkg)?;
                let w0 = if self.tt.interface_methods(ty).is_empty() {
                    self.type_sym(x.ty)
                } else {
                    self.itab_sym(ty, x.ty)
                };
                buf.ptr(0, &w0, 0);
                if self.tt.size_of(x.ty) == 0 {
                    buf.ptr(8, crate::rt::ZEROBASE, 0);
                } else {
                    let box_sym = self.const_box(inner, x.ty);
                    buf.ptr(8, &box_sym, 0);
                }
                Some(buf)
            }
            ExprKind::Composite(c) => match &**c {
                Composite::Struct(fields) => {
                    let offs = self.tt.field_offsets(ty);
                    for (i, fe) in fields {
                        let v = self.static_value(fe, pkg)?;
                        buf.embed(offs.get(*i).copied().unwrap_or(0), &v);
                    }
                    Some(buf)
                }
                Composite::Array(elems) => {
                    let et = self.tt.elem(ty)?;
                    let es = self.tt.size_of(et);
                    for (i, ee) in elems {
                        let v = self.static_value(ee, pkg)?;
                        buf.embed(i * es, &v);
                    }
                    Some(buf)
                }
                Composite::Slice { elems, len, .. } => {
                    let et = self.tt.elem(ty)?;
                    let es = self.tt.size_of(et);
                    let mut arr = DataBuf::new(es * len);
                    for (i, ee) in elems {
                        let v = self.static_value(ee, pkg)?;
                        arr.embed(i * es, &v);
                    }
                    if *len == 0 {
                        buf.ptr(0, crate::rt::ZEROBASE, 0);
                    } else {
                        let name = self.stmp_name(pkg);
                        let align = self.tt.align_of(et);
                        self.add_data(arr.object(&name, align, false));
                        buf.ptr(0, &name, 0);
                    }
                    buf.u64(8, *len);
                    buf.u64(16, *len);
                    Some(buf)
                }
                Composite::Map { .. } => None,
            },
            ExprKind::AddrOf { x, .. } if matches!(x.kind, ExprKind::Composite(_)) => {
                let v = self.static_value(x, pkg)?;
                if self.tt.size_of(x.ty) == 0 {
                    buf.ptr(0, crate::rt::ZEROBASE, 0);
                    return Some(buf);
                }
                let name = self.stmp_name(pkg);
                let align = self.tt.align_of(x.ty);
                self.add_data(v.object(&name, align, false));
                buf.ptr(0, &name, 0);
                Some(buf)
            }
            _ => None,
        }
    }

    /// A read-only object holding a constant value (an interface's data word).
    pub(crate) fn const_box(&mut self, v: DataBuf, ty: TypeId) -> String {
        let key = (
            v.bytes.clone(),
            v.relocs.iter().map(|r| (r.offset, r.sym.clone(), r.addend)).collect::<Vec<_>>(),
        );
        let tsym = self.type_sym(ty);
        let mut h: u64 = 0xcbf29ce484222325;
        for b in key.0.iter().chain(format!("{:?}{tsym}", key.1).as_bytes()) {
            h ^= *b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        let name = format!("go.constbox.{h:016x}");
        if !self.data_syms.contains(&name) {
            let align = self.tt.align_of(ty);
            self.add_data(v.object(&name, align, true));
        }
        name
    }
}

/// Emit the data of every global variable that was referenced.
pub fn emit_globals(g: &mut Gen<'_>) {
    let used = std::mem::take(&mut g.globals_used);
    for gid in used {
        let gl = &g.prog.globals[gid];
        let name = gl.symbol.clone();
        let lay = g.tt.layout(gl.ty);
        let size = lay.size.max(1);
        let d = match g.static_init.remove(&gid) {
            Some(mut buf) => {
                buf.bytes.resize(size as usize, 0);
                buf.object(&name, lay.align, false)
            }
            None => DataObject::zeroed(name, size, lay.align.clamp(1, 64) as u32),
        };
        g.add_data(d);
    }
}

/// Is `t` a type whose static value layout we can produce? (all sizes known)
pub fn static_ok(tt: &types::TypeTable, t: TypeId) -> bool {
    !matches!(tt.under_kind(t), TypeKind::Tuple(_))
}
