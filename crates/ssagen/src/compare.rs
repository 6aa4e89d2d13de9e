//! Comparisons, and the `type..eq.T` equality functions.
//!
//! * Integers, floats (ordered: NaN is unequal to everything), bools and
//!   pointers compare as scalars; unsigned orderings use `LessU`/`LeqU`.
//! * Strings: `==` compares the lengths, then calls `runtime.memequal` only
//!   when they are equal; orderings call `runtime.cmpstring`.
//! * Interfaces: equal type words, then `runtime.efaceeq(typ, x, y)` /
//!   `runtime.ifaceeq(tab, x, y)` (which panic on uncomparable dynamic
//!   types) unless the type word is nil. Comparisons with `nil` look at the
//!   type word only; slices, maps and funcs (comparable only with nil) at
//!   their pointer.
//! * Structs and arrays: SSA-able ones field by field inline (blank fields
//!   skipped, each field compared as its type); larger ones call the
//!   generated `type..eq.T(p, q *T) bool`, which is also the `equal` entry of
//!   the type descriptor (docs/abi.md §4) that maps and `efaceeq` use. Those
//!   functions compare field by field with an early exit, loop over long
//!   arrays, and call `runtime.memequal` for "regular memory" (types whose
//!   `==` is bytewise: integers, pointers, and structs/arrays of them
//!   without padding).

use crate::expr::Val;
use crate::func::Fb;
use crate::{Gen, Work};
use ssa::{Op, Signature, Type, Value};
use types::ir::{CompareOp, Expr, ExprKind};
use types::{BasicKind, TypeId, TypeKind};

impl Fb<'_, '_> {
    pub fn compare_expr(&mut self, op: CompareOp, x: &Expr, y: &Expr) -> Value {
        let p = self.pos;
        let ty = x.ty;
        let tt = &self.g.tt;
        // comparisons with nil look at one word
        let xnil = matches!(x.kind, ExprKind::Nil);
        let ynil = matches!(y.kind, ExprKind::Nil);
        if (xnil || ynil) && tt.has_nil(ty) {
            let other = if xnil { y } else { x };
            let v = self.expr(other);
            self.pos = p;
            let w = match v {
                Val::S(ls) => ls.first().copied(),
                Val::M(a, _) => Some(self.load(Type::Ptr, a, 0)),
            };
            let w = w.unwrap_or_else(|| self.nil());
            let z = self.nil();
            let eq = self.cmp(Op::Eq, w, z);
            return match op {
                CompareOp::Eq => eq,
                _ => self.unary(Op::Not, eq),
            };
        }
        // interface == concrete: compare the type word, then the value (no boxing)
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            let conc = |e: &Expr| match &e.kind {
                ExprKind::Conv { kind: types::ir::ConvKind::ToInterface, x: inner, .. }
                    if !self.g.tt.is_interface(inner.ty) =>
                {
                    Some(inner.as_ref().clone())
                }
                _ => None,
            };
            let (cx, cy) = (conc(x), conc(y));
            if cx.is_some() != cy.is_some() {
                let (iv, cv, cty) = if let Some(inner) = cy {
                    let iv = self.expr_leaves(x);
                    let cv = self.expr(&inner);
                    (iv, cv, inner.ty)
                } else {
                    let inner = cx.unwrap_or_else(|| x.clone());
                    let cv = self.expr(&inner);
                    let cv = self.stable(cv, inner.ty);
                    let iv = self.expr_leaves(y);
                    (iv, cv, inner.ty)
                };
                self.pos = p;
                let eq = self.iface_eq_concrete(&iv, ty, cv, cty);
                return if op == CompareOp::Eq { eq } else { self.unary(Op::Not, eq) };
            }
        }
        let a = self.expr(x);
        let a = self.stable(a, ty);
        let b = self.expr(y);
        self.pos = p;
        self.compare_vals(op, a, b, ty)
    }

    /// `iface == T(v)` without converting `v`.
    fn iface_eq_concrete(&mut self, iv: &[Value], ity: TypeId, cv: Val, cty: TypeId) -> Value {
        if iv.len() != 2 {
            return self.bool_const(false);
        }
        let (w0, data) = (iv[0], iv[1]);
        let want = if self.is_empty_iface(ity) {
            self.type_desc(cty)
        } else {
            let s = self.g.itab_sym(ity, cty);
            self.sym_addr(&s)
        };
        let same = self.cmp(Op::Eq, w0, want);
        let cv = match cv {
            Val::S(v) => Val::S(v),
            m => self.stable(m, cty),
        };
        self.if_else(
            same,
            &[Type::Bool],
            &mut |fb| {
                let v = fb.unbox(data, cty);
                vec![fb.eq_vals(cty, v, cv.clone())]
            },
            &mut |fb| vec![fb.bool_const(false)],
        )[0]
    }

    /// `a op b` for values of type `ty`.
    pub fn compare_vals(&mut self, op: CompareOp, a: Val, b: Val, ty: TypeId) -> Value {
        let tt = &self.g.tt;
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            let eq = self.eq_vals(ty, a, b);
            return if op == CompareOp::Eq { eq } else { self.unary(Op::Not, eq) };
        }
        if tt.is_string(ty) {
            let mut args = self.val_leaves(a, ty);
            args.extend(self.val_leaves(b, ty));
            let r = self.call(crate::rt::CMPSTRING, &args, &[Type::I64])[0];
            let z = self.int(0);
            return self.ordered(op, r, z, false);
        }
        let x = self.one_of(a, ty);
        let y = self.one_of(b, ty);
        let unsigned = self.g.tt.is_unsigned(ty);
        self.ordered(op, x, y, unsigned)
    }

    fn ordered(&mut self, op: CompareOp, x: Value, y: Value, unsigned: bool) -> Value {
        let (lt, le) = if unsigned && !self.ty(x).is_float() {
            (Op::LessU, Op::LeqU)
        } else {
            (Op::Less, Op::Leq)
        };
        match op {
            CompareOp::Lt => self.cmp(lt, x, y),
            CompareOp::Le => self.cmp(le, x, y),
            CompareOp::Gt => self.cmp(lt, y, x),
            CompareOp::Ge => self.cmp(le, y, x),
            CompareOp::Eq => self.cmp(Op::Eq, x, y),
            CompareOp::Ne => self.cmp(Op::Neq, x, y),
        }
    }

    /// `a == b` for values of type `ty`.
    pub fn eq_vals(&mut self, ty: TypeId, a: Val, b: Val) -> Value {
        if !self.is_ssa(ty) {
            let pa = self.val_addr(a, ty);
            let pb = self.val_addr(b, ty);
            return self.eq_mem(ty, pa, pb, false);
        }
        let la = self.val_leaves(a, ty);
        let lb = self.val_leaves(b, ty);
        self.eq_leaves(ty, &la, &lb)
    }

    fn eq_leaves(&mut self, ty: TypeId, a: &[Value], b: &[Value]) -> Value {
        let tt = &self.g.tt;
        let kind = tt.under_kind(ty).clone();
        match kind {
            TypeKind::Basic(k) if k.canonical() == BasicKind::String => {
                if a.len() < 2 || b.len() < 2 {
                    return self.bool_const(false);
                }
                if let Some(r) = self.const_string_eq(a, b) {
                    return r;
                }
                let (pa, la, pb, lb) = (a[0], a[1], b[0], b[1]);
                let eqlen = self.cmp(Op::Eq, la, lb);
                self.if_else(
                    eqlen,
                    &[Type::Bool],
                    &mut |fb| fb.call(crate::rt::MEMEQUAL, &[pa, pb, la], &[Type::Bool]),
                    &mut |fb| vec![fb.bool_const(false)],
                )[0]
            }
            TypeKind::Interface(_) => {
                if a.len() < 2 || b.len() < 2 {
                    return self.bool_const(false);
                }
                let empty = self.g.tt.interface_methods(ty).is_empty();
                let (ta, da, tb, db) = (a[0], a[1], b[0], b[1]);
                let eqt = self.cmp(Op::Eq, ta, tb);
                self.if_else(
                    eqt,
                    &[Type::Bool],
                    &mut |fb| {
                        let nn = fb.ins(Op::IsNonNil, Type::Bool, &[ta]);
                        fb.if_else(
                            nn,
                            &[Type::Bool],
                            &mut |fb| {
                                let f = if empty { crate::rt::EFACEEQ } else { crate::rt::IFACEEQ };
                                fb.call(f, &[ta, da, db], &[Type::Bool])
                            },
                            &mut |fb| vec![fb.bool_const(true)],
                        )
                    },
                    &mut |fb| vec![fb.bool_const(false)],
                )[0]
            }
            TypeKind::Struct(fs) => {
                let mut r: Option<Value> = None;
                let mut start = 0;
                for f in &fs {
                    let n = crate::shape::leaves(&self.g.tt, f.ty).map(|l| l.len()).unwrap_or(0);
                    if f.name != "_" && start + n <= a.len() && start + n <= b.len() {
                        let e = self.eq_leaves(f.ty, &a[start..start + n], &b[start..start + n]);
                        r = Some(match r {
                            Some(x) => self.binary(Op::And, x, e),
                            None => e,
                        });
                    }
                    start += n;
                }
                r.unwrap_or_else(|| self.bool_const(true))
            }
            TypeKind::Array(e, n) => {
                let per = crate::shape::leaves(&self.g.tt, e).map(|l| l.len()).unwrap_or(0);
                let mut r: Option<Value> = None;
                for i in 0..n as usize {
                    let s = i * per;
                    if s + per > a.len() || s + per > b.len() {
                        break;
                    }
                    let x = self.eq_leaves(e, &a[s..s + per], &b[s..s + per]);
                    r = Some(match r {
                        Some(y) => self.binary(Op::And, y, x),
                        None => x,
                    });
                }
                r.unwrap_or_else(|| self.bool_const(true))
            }
            _ => {
                // scalars; slices/maps/funcs only against nil: their pointer word
                match (a.first(), b.first()) {
                    (Some(&x), Some(&y)) => self.cmp(Op::Eq, x, y),
                    _ => self.bool_const(true),
                }
            }
        }
    }

    /// `s == "const"` for short constants: the length, then the bytes loaded
    /// as integers (gc does the same), without calling memequal.
    fn const_string_eq(&mut self, a: &[Value], b: &[Value]) -> Option<Value> {
        let bytes_of = |fb: &Self, v: &[Value]| -> Option<Vec<u8>> {
            let n = fb.f.const_int(v[1])?;
            if n == 0 {
                return Some(vec![]);
            }
            let sym = fb.f.values[v[0]].sym()?.to_string();
            fb.g.string_bytes.get(&sym).cloned()
        };
        let (s, c) = match (bytes_of(self, a), bytes_of(self, b)) {
            (_, Some(c)) => (a, c),
            (Some(c), None) => (b, c),
            _ => return None,
        };
        if c.len() > 16 {
            return None;
        }
        let n = self.int(c.len() as i64);
        let eqlen = self.cmp(Op::Eq, s[1], n);
        if c.is_empty() {
            return Some(eqlen);
        }
        let p = s[0];
        Some(
            self.if_else(
                eqlen,
                &[Type::Bool],
                &mut |fb| {
                    let mut r: Option<Value> = None;
                    let mut off = 0usize;
                    while off < c.len() {
                        let rest = c.len() - off;
                        let (w, ty) = match rest {
                            8.. => (8, Type::I64),
                            4..=7 => (4, Type::I32),
                            2..=3 => (2, Type::I16),
                            _ => (1, Type::I8),
                        };
                        let mut k: u64 = 0;
                        for i in (0..w).rev() {
                            k = k << 8 | c[off + i] as u64;
                        }
                        let x = fb.load(ty, p, off as i64);
                        let kv = fb.iconst(ty, k as i64);
                        let e = fb.cmp(Op::Eq, x, kv);
                        r = Some(match r {
                            Some(y) => fb.binary(Op::And, y, e),
                            None => e,
                        });
                        off += w;
                    }
                    vec![r.unwrap_or_else(|| fb.bool_const(true))]
                },
                &mut |fb| vec![fb.bool_const(false)],
            )[0],
        )
    }

    /// `*pa == *pb` for values of type `ty` in memory. With `inline_all`
    /// (inside `type..eq.T`), aggregates are compared here rather than by
    /// calling their own equality function.
    pub fn eq_mem(&mut self, ty: TypeId, pa: Value, pb: Value, inline_all: bool) -> Value {
        let size = self.size_of(ty);
        if is_regular_memory(&self.g.tt, ty) && !self.is_ssa(ty) {
            let n = self.int(size as i64);
            return self.call(crate::rt::MEMEQUAL, &[pa, pb, n], &[Type::Bool])[0];
        }
        if self.is_ssa(ty) {
            let a = self.load_val(pa, ty);
            let b = self.load_val(pb, ty);
            return self.eq_vals(ty, a, b);
        }
        if !inline_all {
            let sym = self.g.eq_func(ty);
            return self.call(&sym, &[pa, pb], &[Type::Bool])[0];
        }
        let kind = self.g.tt.under_kind(ty).clone();
        let res = self.new_var(Type::Bool);
        let done = self.new_block();
        let fail = self.new_block();
        match kind {
            TypeKind::Struct(fs) => {
                let offs = self.g.tt.field_offsets(ty);
                for (f, off) in fs.iter().zip(offs) {
                    if f.name == "_" || self.size_of(f.ty) == 0 {
                        continue;
                    }
                    let fa = self.off_ptr(pa, off as i64);
                    let fbp = self.off_ptr(pb, off as i64);
                    let c = self.eq_mem(f.ty, fa, fbp, false);
                    let next = self.new_block();
                    self.branch(c, next, fail);
                    self.seal(next);
                    self.switch_to(next);
                }
            }
            TypeKind::Array(e, n) => {
                let es = self.size_of(e);
                if n <= 4 {
                    for i in 0..n {
                        let fa = self.off_ptr(pa, (i * es) as i64);
                        let fbp = self.off_ptr(pb, (i * es) as i64);
                        let c = self.eq_mem(e, fa, fbp, false);
                        let next = self.new_block();
                        self.branch(c, next, fail);
                        self.seal(next);
                        self.switch_to(next);
                    }
                } else {
                    let iv = self.new_var(Type::I64);
                    let z = self.int(0);
                    self.write_var(iv, z);
                    let head = self.new_block();
                    let body = self.new_block();
                    let exit = self.new_block();
                    self.jump(head);
                    self.switch_to(head);
                    let i = self.read_var(iv);
                    let nv = self.int(n as i64);
                    let c = self.cmp(Op::Less, i, nv);
                    self.branch(c, body, exit);
                    self.seal(body);
                    self.switch_to(body);
                    let esv = self.int(es as i64);
                    let o = self.binary(Op::Mul, i, esv);
                    let fa = self.add_ptr(pa, o);
                    let fbp = self.add_ptr(pb, o);
                    let c = self.eq_mem(e, fa, fbp, false);
                    let next = self.new_block();
                    self.branch(c, next, fail);
                    self.seal(next);
                    self.switch_to(next);
                    let one = self.int(1);
                    let i2 = self.binary(Op::Add, i, one);
                    self.write_var(iv, i2);
                    self.jump(head);
                    self.seal(head);
                    self.seal(exit);
                    self.switch_to(exit);
                }
            }
            _ => {}
        }
        let t = self.bool_const(true);
        self.write_var(res, t);
        self.jump(done);
        self.seal(fail);
        self.switch_to(fail);
        let f = self.bool_const(false);
        self.write_var(res, f);
        self.jump(done);
        self.seal(done);
        self.switch_to(done);
        self.read_var(res)
    }
}

/// Is `==` on `t` a bytewise comparison of its whole memory?
pub fn is_regular_memory(tt: &types::TypeTable, t: TypeId) -> bool {
    match tt.under_kind(t) {
        TypeKind::Basic(k) => matches!(
            k.canonical(),
            BasicKind::Bool
                | BasicKind::Int
                | BasicKind::Int8
                | BasicKind::Int16
                | BasicKind::Int32
                | BasicKind::Int64
                | BasicKind::Uint
                | BasicKind::Uint8
                | BasicKind::Uint16
                | BasicKind::Uint32
                | BasicKind::Uint64
                | BasicKind::Uintptr
                | BasicKind::UnsafePointer
        ),
        TypeKind::Pointer(_) | TypeKind::Chan(..) => true,
        TypeKind::Array(e, _) => is_regular_memory(tt, *e),
        TypeKind::Struct(fs) => {
            let offs = tt.field_offsets(t);
            let mut end = 0;
            for (f, o) in fs.iter().zip(&offs) {
                if f.name == "_" || *o != end || !is_regular_memory(tt, f.ty) {
                    return false;
                }
                end = o + tt.size_of(f.ty);
            }
            end == tt.size_of(t)
        }
        _ => false,
    }
}

impl Gen<'_> {
    /// The symbol of `type..eq.T`, queuing its construction.
    pub(crate) fn eq_func(&mut self, t: TypeId) -> String {
        let c = self.tt.canonical(t);
        let name = eq_func_name(&self.tt, c);
        self.enqueue(Work::Equal(c));
        name
    }
}

pub fn eq_func_name(tt: &types::TypeTable, t: TypeId) -> String {
    let s = tt.symbol_name(t);
    format!("type..eq.{}", s.strip_prefix("type.").unwrap_or(&s))
}

/// Build `type..eq.T(p, q *T) bool`.
pub fn build_eq_func(g: &mut Gen<'_>, t: TypeId) {
    let name = eq_func_name(&g.tt, t);
    let sig = Signature::new(vec![Type::Ptr, Type::Ptr], vec![Type::Bool]);
    let mut fb = Fb::new(g, name, sig, syntax::Pos::NONE);
    let ps = fb.params();
    let r = fb.eq_mem(t, ps[0], ps[1], true);
    fb.ret(vec![r]);
    let f = fb.finish();
    g.add_func(f);
}
