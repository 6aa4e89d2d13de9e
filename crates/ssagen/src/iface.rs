//! Interfaces: conversions, type assertions, type switches.
//!
//! * Concrete `T` → interface: the type word is `type.T` (empty interface)
//!   or the static itab `go.itab.T,I`; the data word is the value itself for
//!   pointer-shaped `T`, `&runtime.zerobase` for zero-size values, a
//!   read-only static box for constants (as gc), else a copy in a new object
//!   (`runtime.newobject`, or a stack slot when escape analysis says the
//!   conversion does not escape).
//! * Interface → interface: to `any` the type word is `tab.typ` (nil stays
//!   nil); to a non-empty interface `runtime.getitab(I, tab.typ, false)`.
//! * `x.(T)` for concrete `T` compares type words (`tab.typ` for non-empty
//!   interfaces) with `type.T`; failing, `runtime.panicdottypeE(have, want,
//!   iface)` / `panicdottypeI(have tab, want, iface)`. For interface `T`:
//!   `runtime.assertE2I(T, typ)` (which panics for nil or a missing method),
//!   or with comma-ok `runtime.getitab(T, typ, true)`; asserting to `any`
//!   only checks for nil (`panicdottypeE(nil, want, nil)`: "interface is nil").
//! * Type switches test the clauses in order the same way; a clause with one
//!   type binds the converted value, others bind the operand.

use crate::expr::Val;
use crate::func::Fb;
use crate::shape;
use ssa::{Op, Type, Value};
use types::TypeId;
use types::ir::{Esc, Expr, TypeCase};

impl Fb<'_, '_> {
    /// The address of `t`'s type descriptor.
    pub fn type_desc(&mut self, t: TypeId) -> Value {
        let s = self.g.type_sym(t);
        self.sym_addr(&s)
    }

    pub fn is_empty_iface(&self, t: TypeId) -> bool {
        self.g.tt.interface_methods(t).is_empty()
    }

    /// The type word of an interface value (`tab.typ` for non-empty ones).
    pub fn dyn_type(&mut self, w0: Value, iface: TypeId) -> Value {
        if self.is_empty_iface(iface) {
            return w0;
        }
        let nn = self.ins(Op::IsNonNil, Type::Bool, &[w0]);
        self.if_else(nn, &[Type::Ptr], &mut |fb| vec![fb.load(Type::Ptr, w0, 8)], &mut |fb| {
            vec![fb.nil()]
        })[0]
    }

    /// Convert a value of type `from` to interface type `to`.
    pub fn to_iface(&mut self, v: Val, from: TypeId, to: TypeId, esc: Esc, is_const: bool) -> Val {
        let tt = &self.g.tt;
        if tt.is_interface(from) {
            let ls = self.val_leaves(v, from);
            if ls.len() != 2 {
                return self.zero_val(to);
            }
            if self.g.tt.canonical(from) == self.g.tt.canonical(to) {
                return Val::S(ls);
            }
            if self.is_empty_iface(to) {
                let t = self.dyn_type(ls[0], from);
                return Val::S(vec![t, ls[1]]);
            }
            let inter = self.type_desc(to);
            let typ = self.dyn_type(ls[0], from);
            let nn = self.ins(Op::IsNonNil, Type::Bool, &[typ]);
            let tab = self.if_else(
                nn,
                &[Type::Ptr],
                &mut |fb| {
                    let f = fb.bool_const(false);
                    fb.call(crate::rt::GETITAB, &[inter, typ, f], &[Type::Ptr])
                },
                &mut |fb| vec![fb.nil()],
            )[0];
            return Val::S(vec![tab, ls[1]]);
        }
        let w0 = if self.is_empty_iface(to) {
            self.type_desc(from)
        } else {
            let s = self.g.itab_sym(to, from);
            self.sym_addr(&s)
        };
        let data = self.box_value(v, from, esc, is_const);
        Val::S(vec![w0, data])
    }

    /// The data word for a value of concrete type `t`.
    pub fn box_value(&mut self, v: Val, t: TypeId, esc: Esc, is_const: bool) -> Value {
        if shape::is_direct_iface(&self.g.tt, t) {
            return self.one_of(v, t);
        }
        let size = self.size_of(t);
        if size == 0 {
            return self.sym_addr(crate::rt::ZEROBASE);
        }
        if is_const {
            if let Val::S(ls) = &v {
                if let Some(buf) = self.const_leaves_data(ls, t) {
                    let sym = self.g.const_box(buf, t);
                    return self.sym_addr(&sym);
                }
            }
        }
        if esc != Esc::Stack {
            if let Some(p) = self.conv_t(&v, t) {
                return p;
            }
        }
        let p = self.alloc(t, esc);
        self.store_val(p, t, v);
        p
    }

    /// gc's specialized boxing calls (`runtime.convT16/32/64`, which do not
    /// allocate for small values, `convTstring`, `convTslice`).
    fn conv_t(&mut self, v: &Val, t: TypeId) -> Option<Value> {
        let Val::S(ls) = v else { return None };
        let tt = &self.g.tt;
        if tt.is_string(t) && ls.len() == 2 {
            return Some(self.call(crate::rt::CONVTSTRING, ls, &[Type::Ptr])[0]);
        }
        if matches!(tt.under_kind(t), types::TypeKind::Slice(_)) && ls.len() == 3 {
            return Some(self.call(crate::rt::CONVTSLICE, ls, &[Type::Ptr])[0]);
        }
        if ls.len() != 1 || tt.has_pointers(t) {
            return None;
        }
        let x = ls[0];
        let (f, it) = match self.ty(x) {
            Type::I16 => (crate::rt::CONVT16, Type::I16),
            Type::I32 | Type::F32 => (crate::rt::CONVT32, Type::I32),
            Type::I64 | Type::F64 => (crate::rt::CONVT64, Type::I64),
            _ => return None,
        };
        let x = if self.ty(x).is_float() { self.conv(Op::Bitcast, it, x) } else { x };
        Some(self.call(f, &[x], &[Type::Ptr])[0])
    }

    /// The bytes of a value whose leaves are all constants.
    fn const_leaves_data(&mut self, ls: &[Value], t: TypeId) -> Option<crate::data::DataBuf> {
        let leaves = shape::ssa_leaves(&self.g.tt, t);
        if leaves.len() != ls.len() {
            return None;
        }
        let mut buf = crate::data::DataBuf::new(self.size_of(t));
        for (l, &v) in leaves.iter().zip(ls) {
            let d = &self.f.values[v];
            match d.op {
                Op::Const => {
                    let n = l.ty.bytes() as usize;
                    buf.put(l.off, &(d.aux_int as u64).to_le_bytes()[..n]);
                }
                Op::ConstF => {
                    let f = d.float();
                    if l.ty == Type::F32 {
                        buf.u32(l.off, (f as f32).to_bits());
                    } else {
                        buf.u64(l.off, f.to_bits());
                    }
                }
                Op::SymAddr => {
                    let s = d.sym()?.to_string();
                    buf.ptr(l.off, &s, d.aux_int);
                }
                _ => return None,
            }
        }
        Some(buf)
    }

    /// The value of concrete type `t` held in data word `data`.
    pub fn unbox(&mut self, data: Value, t: TypeId) -> Val {
        if shape::is_direct_iface(&self.g.tt, t) {
            return Val::one(data);
        }
        self.load_val(data, t)
    }

    /// `x.(T)`; with `comma_ok` also returns the ok bool.
    pub fn type_assert(&mut self, x: &Expr, t: TypeId, comma_ok: bool) -> (Val, Option<Value>) {
        let p = self.pos;
        let ls = self.expr_leaves(x);
        self.pos = p;
        if ls.len() != 2 {
            return (self.zero_val(t), None);
        }
        let (w0, data) = (ls[0], ls[1]);
        let from_empty = self.is_empty_iface(x.ty);
        if !self.g.tt.is_interface(t) {
            let typ = self.dyn_type(w0, x.ty);
            let want = self.type_desc(t);
            let ok = self.cmp(Op::Eq, typ, want);
            if comma_ok {
                let tys: Vec<Type> = self.leaves_of(t).iter().map(|l| l.ty).collect();
                if self.is_ssa(t) {
                    let r = self.if_else(
                        ok,
                        &tys,
                        &mut |fb| {
                            let v = fb.unbox(data, t);
                            fb.val_leaves(v, t)
                        },
                        &mut |fb| {
                            let z = fb.zero_val(t);
                            fb.val_leaves(z, t)
                        },
                    );
                    return (Val::S(r), Some(ok));
                }
                // large values: copy into a temporary (zero when not ok)
                let lay = self.g.tt.layout(t);
                let tmp = self.temp_slot(lay.size, lay.align);
                self.zero_mem(tmp, lay.size);
                let bt = self.new_block();
                let join = self.new_block();
                self.branch(ok, bt, join);
                self.seal(bt);
                self.switch_to(bt);
                self.move_mem(tmp, data, lay.size);
                self.jump(join);
                self.seal(join);
                self.switch_to(join);
                return (Val::M(tmp, true), Some(ok));
            }
            let iface = self.type_desc(x.ty);
            if from_empty {
                self.check(ok, crate::rt::PANICDOTTYPE_E, &[typ, want, iface]);
            } else {
                self.check(ok, crate::rt::PANICDOTTYPE_I, &[w0, want, iface]);
            }
            return (self.unbox(data, t), None);
        }
        // interface target
        let typ = self.dyn_type(w0, x.ty);
        if self.is_empty_iface(t) {
            let ok = self.ins(Op::IsNonNil, Type::Bool, &[typ]);
            if comma_ok {
                let z = self.nil();
                let d = self.ins(Op::Select, Type::Ptr, &[ok, data, z]);
                return (Val::S(vec![typ, d]), Some(ok));
            }
            let want = self.type_desc(t);
            let nil = self.nil();
            self.check(ok, crate::rt::PANICDOTTYPE_E, &[nil, want, nil]);
            return (Val::S(vec![typ, data]), None);
        }
        let inter = self.type_desc(t);
        if comma_ok {
            let nn = self.ins(Op::IsNonNil, Type::Bool, &[typ]);
            let tab = self.if_else(
                nn,
                &[Type::Ptr],
                &mut |fb| {
                    let tr = fb.bool_const(true);
                    fb.call(crate::rt::GETITAB, &[inter, typ, tr], &[Type::Ptr])
                },
                &mut |fb| vec![fb.nil()],
            )[0];
            let ok = self.ins(Op::IsNonNil, Type::Bool, &[tab]);
            let z = self.nil();
            let d = self.ins(Op::Select, Type::Ptr, &[ok, data, z]);
            return (Val::S(vec![tab, d]), Some(ok));
        }
        let tab = self.call(crate::rt::ASSERT_E2I, &[inter, typ], &[Type::Ptr])[0];
        (Val::S(vec![tab, data]), None)
    }

    /// The value and ok of a comma-ok expression.
    pub fn comma_ok(&mut self, e: &Expr) -> (Val, Value) {
        let saved = self.pos;
        if e.pos.is_known() {
            self.pos = e.pos;
        }
        let r = match &e.kind {
            types::ir::ExprKind::TypeAssert { x, .. } => {
                let (v, ok) = self.type_assert(x, e.ty, true);
                let ok = ok.unwrap_or_else(|| self.bool_const(true));
                (v, ok)
            }
            types::ir::ExprKind::MapIndex { map, key, .. } => self.map_index_ok(map, key, e.ty),
            types::ir::ExprKind::Recv { ch, .. } => {
                let (v, ok) = self.recv_expr(ch, true);
                let ok = ok.unwrap_or_else(|| self.bool_const(true));
                (v, ok)
            }
            _ => {
                self.ice("unsupported comma-ok expression");
                let z = self.zero_val(e.ty);
                (z, self.bool_const(false))
            }
        };
        self.pos = saved;
        r
    }

    pub fn type_switch(&mut self, target: types::ir::TargetId, x: &Expr, cases: &[TypeCase]) {
        let p = self.pos;
        let ls = self.expr_leaves(x);
        self.pos = p;
        if ls.len() != 2 {
            return;
        }
        let (w0, data) = (ls[0], ls[1]);
        let typ = self.dyn_type(w0, x.ty);
        let exit = self.new_block();
        self.targets.insert(target, (exit, None));
        let bodies: Vec<ssa::Block> = cases.iter().map(|_| self.new_block()).collect();
        // per clause: the itab found by an interface test (single-type clauses)
        let tabvar = self.new_var(Type::Ptr);
        let n0 = self.nil();
        self.write_var(tabvar, n0);
        let mut default = None;
        for (i, c) in cases.iter().enumerate() {
            if c.is_default {
                default = Some(bodies[i]);
                continue;
            }
            for ct in &c.types {
                let saved = self.pos;
                if c.pos.is_known() {
                    self.pos = c.pos;
                }
                let cond = match ct {
                    None => {
                        let z = self.nil();
                        self.cmp(Op::Eq, typ, z)
                    }
                    Some(t) if !self.g.tt.is_interface(*t) => {
                        let want = self.type_desc(*t);
                        self.cmp(Op::Eq, typ, want)
                    }
                    Some(t) if self.is_empty_iface(*t) => {
                        self.ins(Op::IsNonNil, Type::Bool, &[typ])
                    }
                    Some(t) => {
                        let inter = self.type_desc(*t);
                        let nn = self.ins(Op::IsNonNil, Type::Bool, &[typ]);
                        let tab = self.if_else(
                            nn,
                            &[Type::Ptr],
                            &mut |fb| {
                                let tr = fb.bool_const(true);
                                fb.call(crate::rt::GETITAB, &[inter, typ, tr], &[Type::Ptr])
                            },
                            &mut |fb| vec![fb.nil()],
                        )[0];
                        self.write_var(tabvar, tab);
                        self.ins(Op::IsNonNil, Type::Bool, &[tab])
                    }
                };
                let next = self.new_block();
                self.branch(cond, bodies[i], next);
                self.seal(next);
                self.switch_to(next);
                self.pos = saved;
            }
        }
        self.jump(default.unwrap_or(exit));
        for (i, c) in cases.iter().enumerate() {
            self.switch_to(bodies[i]);
            self.seal(bodies[i]);
            let saved = self.pos;
            if c.pos.is_known() {
                self.pos = c.pos;
            }
            if let Some(l) = c.local {
                let lt = self.local_ty(l);
                let v = match c.types.as_slice() {
                    [Some(t)] if !self.g.tt.is_interface(*t) => self.unbox(data, *t),
                    [Some(t)] if self.is_empty_iface(*t) => Val::S(vec![typ, data]),
                    [Some(_)] => {
                        let tab = self.read_var(tabvar);
                        Val::S(vec![tab, data])
                    }
                    _ => Val::S(vec![w0, data]),
                };
                let v = self.stable(v, lt);
                self.declare(l);
                self.write_local(l, v);
            }
            self.block(&c.body);
            self.pos = saved;
            self.jump(exit);
        }
        self.seal(exit);
        self.switch_to(exit);
    }
}
