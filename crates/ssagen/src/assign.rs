//! Assignment: lvalues and the assignment statements (gc's OAS, OAS2,
//! OAS2FUNC, OAS2DOTTYPE/OAS2MAPR, OASOP).
//!
//! Order of evaluation follows gc: the right-hand side is evaluated first
//! (into stable values when several are assigned), then each left-hand side
//! is resolved — its nil and bounds checks run then, as gc runs them at the
//! store — and stored, left to right. When a left-hand side itself contains
//! a call, its operands are evaluated before the right-hand side, as the
//! spec requires. `m[k] = v` evaluates `v` before `runtime.mapassign`
//! inserts the key, so a panicking `v` leaves the map unchanged.

use crate::expr::Val;
use crate::func::Fb;
use crate::shape;
use ssa::Value;
use types::ir::{BinaryOp, Expr, ExprKind, IndexKind, LocalId};
use types::{TypeId, TypeKind};

/// A place to store to.
#[derive(Clone, Debug)]
pub enum LVal {
    Blank,
    /// Memory at this address.
    Mem(Value),
    /// Leaves `[start, start+n)` of an SSA-resident variable.
    Var(LocalId, usize, usize),
    /// `m[k]`: the map, and the key stored in memory.
    MapElem {
        map_ty: TypeId,
        m: Value,
        key: Value,
    },
}

/// Does the expression contain a call (or a receive)?
pub fn has_call(e: &Expr) -> bool {
    let mut found = false;
    fn walk(e: &Expr, found: &mut bool) {
        if *found {
            return;
        }
        match &e.kind {
            ExprKind::Call(_) | ExprKind::Recv { .. } => *found = true,
            ExprKind::Builtin(_) => *found = true,
            _ => e.for_each_child(&mut |c| walk(c, found)),
        }
    }
    walk(e, &mut found);
    found
}

impl Fb<'_, '_> {
    /// Resolve an lvalue (evaluating its operands and checks).
    pub fn lvalue(&mut self, e: &Expr) -> LVal {
        let saved = self.pos;
        if e.pos.is_known() {
            self.pos = e.pos;
        }
        let r = self.lvalue_inner(e);
        self.pos = saved;
        r
    }

    fn lvalue_inner(&mut self, e: &Expr) -> LVal {
        let p = self.pos;
        match &e.kind {
            ExprKind::Blank => LVal::Blank,
            ExprKind::Local(l) => {
                if self.local_is_ssa(*l) {
                    let n = shape::ssa_leaves(&self.g.tt, e.ty).len();
                    LVal::Var(*l, 0, n)
                } else {
                    match self.local_addr(*l) {
                        Some(a) => LVal::Mem(a),
                        None => LVal::Blank,
                    }
                }
            }
            ExprKind::Global(g) => LVal::Mem(self.global_addr(*g)),
            ExprKind::Deref { x, .. } => {
                let ptr = self.expr1(x);
                self.pos = p;
                self.nil_check(ptr);
                LVal::Mem(ptr)
            }
            ExprKind::Field { x, index, ptr, .. } => {
                if *ptr {
                    let pv = self.expr1(x);
                    self.pos = p;
                    self.nil_check(pv);
                    let sty = self.g.tt.elem(x.ty).unwrap_or(TypeId::INVALID);
                    let off = self.g.tt.field_offsets(sty).get(*index).copied().unwrap_or(0);
                    LVal::Mem(self.off_ptr(pv, off as i64))
                } else {
                    match self.lvalue(x) {
                        LVal::Mem(a) => {
                            let off =
                                self.g.tt.field_offsets(x.ty).get(*index).copied().unwrap_or(0);
                            LVal::Mem(self.off_ptr(a, off as i64))
                        }
                        LVal::Var(l, s, _) => {
                            let (fs, n) = shape::field_leaf_range(&self.g.tt, x.ty, *index);
                            LVal::Var(l, s + fs, n)
                        }
                        other => {
                            self.ice("field of a non-addressable value");
                            other
                        }
                    }
                }
            }
            ExprKind::Index { kind, x, index } => match kind {
                IndexKind::Slice => {
                    let s = self.expr_leaves(x);
                    let i = self.index_value(index);
                    self.pos = p;
                    if s.len() != 3 {
                        return LVal::Blank;
                    }
                    self.bounds_check(i, s[1]);
                    LVal::Mem(self.elem_addr(s[0], i, e.ty))
                }
                IndexKind::Array => {
                    let n = match self.g.tt.under_kind(x.ty) {
                        TypeKind::Array(_, n) => *n,
                        _ => 0,
                    };
                    let base = self.lvalue(x);
                    let i = self.index_value(index);
                    self.pos = p;
                    let nv = self.int(n as i64);
                    self.bounds_check(i, nv);
                    match base {
                        LVal::Mem(a) => LVal::Mem(self.elem_addr(a, i, e.ty)),
                        LVal::Var(l, s, _) => {
                            let per = shape::leaves(&self.g.tt, e.ty).map(|l| l.len()).unwrap_or(0);
                            let k = self.f.const_int(i).unwrap_or(0).max(0) as usize;
                            LVal::Var(l, s + k * per, per)
                        }
                        other => other,
                    }
                }
                IndexKind::String => {
                    self.ice("assignment to a string element");
                    LVal::Blank
                }
            },
            ExprKind::MapIndex { map, key, .. } => {
                let m = self.expr1(map);
                let kv = self.expr(key);
                let ka = self.val_addr(kv, key.ty);
                let ka = if matches!(self.f.op(ka), ssa::Op::SlotAddr) {
                    ka
                } else {
                    // keep the key stable
                    let lay = self.g.tt.layout(key.ty);
                    let t = self.temp_slot(lay.size, lay.align);
                    self.move_mem(t, ka, lay.size);
                    t
                };
                LVal::MapElem { map_ty: map.ty, m, key: ka }
            }
            _ => {
                self.ice("unsupported assignment target");
                LVal::Blank
            }
        }
    }

    /// Store `v` (of type `ty`) into `lv`.
    pub fn assign_to(&mut self, lv: &LVal, v: Val, ty: TypeId) {
        match lv {
            LVal::Blank => {}
            LVal::Mem(a) => self.store_val(*a, ty, v),
            LVal::Var(l, s, n) => {
                let lt = self.local_ty(*l);
                let leaves = self.val_leaves(v, ty);
                if leaves.len() != *n {
                    self.ice("assignment with mismatched shapes");
                    return;
                }
                if *s == 0 && *n == shape::ssa_leaves(&self.g.tt, lt).len() {
                    self.write_local(*l, Val::S(leaves));
                } else {
                    self.write_local_leaves(*l, *s, &leaves);
                }
            }
            LVal::MapElem { map_ty, m, key } => {
                let p = self.map_assign_ptr(*map_ty, *m, *key);
                self.store_val(p, ty, v);
            }
        }
    }

    /// The current value of `lv`.
    pub fn read_lval(&mut self, lv: &LVal, ty: TypeId) -> Val {
        match lv {
            LVal::Blank => self.zero_val(ty),
            LVal::Mem(a) => self.load_val(*a, ty),
            LVal::Var(l, s, n) => match self.read_local(*l) {
                Val::S(ls) => Val::S(ls.get(*s..*s + *n).map(|x| x.to_vec()).unwrap_or_default()),
                m => m,
            },
            LVal::MapElem { map_ty, m, key } => {
                let p = self.map_access_ptr(*map_ty, *m, *key);
                self.load_val(p, ty)
            }
        }
    }

    /// `lhs = rhs` (`rhs` None: the zero value).
    pub fn assign_stmt(&mut self, lhs: &Expr, rhs: Option<&Expr>, decls: &[LocalId]) {
        let ty = lhs.ty;
        if matches!(lhs.kind, ExprKind::Blank) {
            if let Some(r) = rhs {
                let _ = self.expr(r);
            }
            for d in decls {
                self.declare(*d);
            }
            return;
        }
        // `var x T` / `x := T{}` into a fresh variable
        if has_call(lhs) {
            let lv = self.lvalue(lhs);
            let v = match rhs {
                Some(r) => self.expr(r),
                None => self.zero_val(ty),
            };
            for d in decls {
                self.declare(*d);
            }
            self.assign_to(&lv, v, ty);
            return;
        }
        let v = match rhs {
            Some(r) => {
                let v = self.expr(r);
                // the destination may be read while storing (a = a[1:] etc. is fine for
                // SSA values; memory values that alias must be copied first)
                match (&v, &lhs.kind) {
                    (Val::M(_, false), _) => self.stable(v, ty),
                    _ => v,
                }
            }
            None => {
                if let ExprKind::Local(l) = lhs.kind {
                    for d in decls {
                        self.declare(*d);
                    }
                    if !decls.contains(&l) {
                        let z = self.zero_val(ty);
                        self.write_local(l, z);
                    }
                    return;
                }
                self.zero_val(ty)
            }
        };
        for d in decls {
            self.declare_for_assign(*d);
        }
        let lv = self.lvalue(lhs);
        self.assign_to(&lv, v, ty);
    }

    /// `a, b, … = x, y, …`: the left-hand sides' operands first, then the
    /// right-hand sides, then the stores left to right.
    pub fn assign_list(&mut self, lhs: &[Expr], rhs: &[Expr], decls: &[LocalId]) {
        for d in decls {
            self.declare_for_assign(*d);
        }
        let lvs: Vec<LVal> = lhs.iter().map(|l| self.lvalue(l)).collect();
        let mut vals = Vec::new();
        for r in rhs {
            let v = self.expr(r);
            let v = self.stable(v, r.ty);
            vals.push(v);
        }
        for ((l, lv), v) in lhs.iter().zip(&lvs).zip(vals) {
            self.assign_to(lv, v, l.ty);
        }
    }

    /// Assign the results of a multi-value expression to `lhs`.
    pub fn assign_multi(&mut self, lhs: &[Expr], rhs: &Expr, decls: &[LocalId], comma_ok: bool) {
        for d in decls {
            self.declare_for_assign(*d);
        }
        let lvs: Vec<LVal> = lhs.iter().map(|l| self.lvalue(l)).collect();
        let vals: Vec<(Val, TypeId)> = if comma_ok {
            let (v, ok) = self.comma_ok(rhs);
            vec![(v, rhs.ty), (Val::one(ok), TypeId::BOOL)]
        } else {
            self.multi_values(rhs)
        };
        let mut vs = Vec::new();
        for (v, t) in vals {
            vs.push((self.stable(v, t), t));
        }
        for ((l, lv), (v, t)) in lhs.iter().zip(&lvs).zip(vs) {
            let v = self.assign_conv(v, t, l.ty);
            self.assign_to(lv, v, l.ty);
        }
    }

    /// Assign already-evaluated values (with their types) to `lhs`.
    pub fn assign_vals(&mut self, lhs: &[Expr], vals: Vec<(Val, TypeId)>, decls: &[LocalId]) {
        let mut vs = Vec::new();
        for (v, t) in vals {
            vs.push((self.stable(v, t), t));
        }
        for d in decls {
            self.declare_for_assign(*d);
        }
        for (l, (v, t)) in lhs.iter().zip(vs) {
            if matches!(l.kind, ExprKind::Blank) {
                continue;
            }
            let v = self.assign_conv(v, t, l.ty);
            let lv = self.lvalue(l);
            self.assign_to(&lv, v, l.ty);
        }
    }

    /// `lhs op= rhs` / `lhs++`.
    pub fn op_assign(&mut self, op: BinaryOp, lhs: &Expr, rhs: &Expr) {
        let p = self.pos;
        let ty = lhs.ty;
        let lv = self.lvalue(lhs);
        let cur = self.read_lval(&lv, ty);
        if self.g.tt.is_string(ty) && op == BinaryOp::Add {
            let a = self.val_leaves(cur, ty);
            let b = self.expr_leaves(rhs);
            self.pos = p;
            let mut args = a;
            args.extend(b);
            let r = self.call(crate::rt::CONCATSTRING[0], &args, &[ssa::Type::Ptr, ssa::Type::I64]);
            self.assign_to(&lv, Val::S(r), ty);
            return;
        }
        let a = self.one_of(cur, ty);
        let b = self.expr1(rhs);
        self.pos = p;
        let bc = rhs.const_value().map(crate::expr::const_bits);
        let bsigned = !self.g.tt.is_unsigned(rhs.ty);
        let r = self.binop(op, a, b, ty, bc, bsigned);
        self.assign_to(&lv, Val::one(r), ty);
    }
}
