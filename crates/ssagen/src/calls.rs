//! Calls (docs/abi.md §1, flattened as described in [`crate::shape`]).
//!
//! A call is lowered in two steps so that `defer` can reuse them:
//! [`Fb::call_operands`] evaluates, in Go's order, the function value or
//! receiver and the arguments (packing variadic ones into an implicit
//! slice — on the stack when escape analysis allows — and converting the
//! results of a multi-value argument call to the parameter types), and
//! [`Fb::emit_call`] flattens them and emits the call:
//! * static functions and methods: `Call {sym}` (bodyless `//go:linkname`
//!   functions call their target symbol; intrinsics become SSA ops, see
//!   [`crate::intrinsics`]);
//! * interface methods: `tab.fun[i]` loaded from the itab (after a nil
//!   check of `tab`) called with the data word as receiver;
//! * function values: the code pointer loaded from the closure object
//!   (after a nil check), called with the closure as first argument.
//! Parameters passed by reference get a fresh copy; results returned by
//! reference get a fresh temporary (so they are owned `Val::M`s).

use crate::expr::Val;
use crate::func::Fb;
use crate::shape::{FnShape, PassKind};
use ssa::{Op, Type, Value};
use types::ir::{Call, CallKind, DotsKind, Esc, Expr, ExprKind};
use types::{TypeId, TypeKind};

/// What a call calls.
#[derive(Clone, Debug)]
pub enum Callee {
    /// A symbol.
    Static(String),
    /// Method `index` of the interface value that is the first operand.
    Iface(usize),
    /// The closure that is the first operand.
    Value,
}

/// A call with its operands evaluated.
#[derive(Clone, Debug)]
pub struct CallOps {
    pub callee: Callee,
    pub shape: FnShape,
    /// The interface / closure operand (for `Iface`/`Value`), then the
    /// receiver (methods), then the parameters; each with its Go type.
    pub vals: Vec<(Val, TypeId)>,
}

impl Fb<'_, '_> {
    /// Evaluate a call; one `Val` per result.
    pub fn call_expr(&mut self, c: &Call, e: &Expr) -> Vec<Val> {
        if let CallKind::Func(f) = &c.kind {
            let name = self.prog.funcs[*f].name.clone();
            if let Some(r) = self.intrinsic(&name, c) {
                return r;
            }
        }
        let ops = self.call_operands(c, e);
        let p = self.pos;
        if e.pos.is_known() {
            self.pos = e.pos;
        }
        let r = self.emit_call(&ops);
        self.pos = p;
        r
    }

    /// The results of a multi-value expression (a call) with their types.
    pub fn multi_values(&mut self, e: &Expr) -> Vec<(Val, TypeId)> {
        let tys: Vec<TypeId> = match self.g.tt.kind(e.ty) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ => vec![e.ty],
        };
        let vals = match &e.kind {
            ExprKind::Call(c) => {
                let p = self.pos;
                if e.pos.is_known() {
                    self.pos = e.pos;
                }
                let r = self.call_expr(c, e);
                self.pos = p;
                r
            }
            _ => vec![self.expr(e)],
        };
        vals.into_iter().zip(tys).collect()
    }

    /// The signature type of the function a call calls, with its receiver type.
    fn callee_sig(&mut self, c: &Call) -> (TypeId, Option<TypeId>) {
        let prog = self.prog;
        match &c.kind {
            CallKind::Func(f) => (prog.funcs[*f].sig, None),
            CallKind::Method { func, recv } => (prog.funcs[*func].sig, Some(recv.ty)),
            CallKind::Interface { recv, index, .. } => {
                let ms = self.g.tt.interface_methods(recv.ty);
                let sig = ms.get(*index).map(|m| m.sig).unwrap_or(TypeId::INVALID);
                (sig, Some(TypeId::UNSAFE_POINTER))
            }
            CallKind::Value(f) => (f.ty, None),
        }
    }

    pub fn call_operands(&mut self, c: &Call, e: &Expr) -> CallOps {
        let (sig, recv_ty) = self.callee_sig(c);
        let is_value = matches!(c.kind, CallKind::Value(_));
        let shape = FnShape::new(&self.g.tt, sig, recv_ty, is_value);
        let mut vals: Vec<(Val, TypeId)> = Vec::new();
        let callee = match &c.kind {
            CallKind::Func(f) => Callee::Static(self.g.func_sym(*f)),
            CallKind::Method { func, recv } => {
                let v = self.expr(recv);
                let v = self.stable(v, recv.ty);
                vals.push((v, recv.ty));
                Callee::Static(self.g.func_sym(*func))
            }
            CallKind::Interface { recv, index, .. } => {
                let v = self.expr(recv);
                vals.push((v, recv.ty));
                Callee::Iface(*index)
            }
            CallKind::Value(f) => {
                let v = self.expr(f);
                vals.push((v, f.ty));
                Callee::Value
            }
        };
        // parameter types
        let ptys: Vec<TypeId> = shape.params.iter().map(|(t, _)| *t).collect();
        let variadic = self.g.tt.signature(sig).map(|s| s.variadic).unwrap_or(false);
        // argument values with their types
        let mut args: Vec<(Val, TypeId)> = Vec::new();
        if c.multi && c.args.len() == 1 {
            args = self.multi_values(&c.args[0]);
        } else {
            for a in &c.args {
                let v = self.expr(a);
                let v = self.stable(v, a.ty);
                args.push((v, a.ty));
            }
        }
        let saved = self.pos;
        if e.pos.is_known() {
            self.pos = e.pos;
        }
        match &c.dots {
            DotsKind::Packed { first, slice, esc } => {
                let first = (*first).min(args.len());
                let rest: Vec<(Val, TypeId)> = args.drain(first..).collect();
                let et = self.g.tt.elem(*slice).unwrap_or(TypeId::INVALID);
                let s = self.pack_slice(rest, et, *esc);
                args.push((s, *slice));
            }
            DotsKind::Spread | DotsKind::None => {
                if variadic && args.len() + 1 == ptys.len() && !matches!(c.dots, DotsKind::Spread) {
                    // no variadic arguments at all: a nil slice
                    if let Some(&st) = ptys.last() {
                        let z = self.zero_val(st);
                        args.push((z, st));
                    }
                }
            }
        }
        for (i, (v, t)) in args.into_iter().enumerate() {
            let pt = ptys.get(i).copied().unwrap_or(t);
            let v = self.assign_conv(v, t, pt);
            vals.push((v, pt));
        }
        self.pos = saved;
        CallOps { callee, shape, vals }
    }

    /// The implicit slice of a variadic call.
    pub fn pack_slice(&mut self, vals: Vec<(Val, TypeId)>, et: TypeId, esc: Esc) -> Val {
        if vals.is_empty() {
            return Val::S(vec![self.nil(), self.int(0), self.int(0)]);
        }
        let n = vals.len() as u64;
        let et = self.g.tt.canonical(et);
        let at = self.g.tt.array(et, n);
        let a = self.alloc(at, esc);
        let es = self.size_of(et);
        for (i, (v, t)) in vals.into_iter().enumerate() {
            let v = self.assign_conv(v, t, et);
            let ea = self.off_ptr(a, (i as u64 * es) as i64);
            self.store_val(ea, et, v);
        }
        let nv = self.int(n as i64);
        Val::S(vec![a, nv, nv])
    }

    /// Flatten operands and emit the call; returns one `Val` per result.
    pub fn emit_call(&mut self, ops: &CallOps) -> Vec<Val> {
        let shape = &ops.shape;
        let mut args: Vec<Value> = Vec::new();
        let mut it = ops.vals.iter();
        let mut code: Option<Value> = None;
        match &ops.callee {
            Callee::Static(_) => {}
            Callee::Iface(index) => {
                let Some((v, t)) = it.next() else { return vec![] };
                let ls = self.val_leaves(v.clone(), *t);
                if ls.len() != 2 {
                    self.ice("interface call on a non-interface");
                    return vec![];
                }
                self.nil_check(ls[0]);
                code = Some(self.load(Type::Ptr, ls[0], 24 + 8 * *index as i64));
                args.push(ls[1]);
            }
            Callee::Value => {
                let Some((v, t)) = it.next() else { return vec![] };
                let cl = self.one_of(v.clone(), *t);
                self.nil_check(cl);
                code = Some(self.load(Type::Ptr, cl, 0));
                args.push(cl);
            }
        }
        let mut kinds: Vec<&PassKind> = Vec::new();
        if let Some((_, k)) = &shape.recv {
            if !matches!(ops.callee, Callee::Iface(_)) {
                kinds.push(k);
            }
        }
        kinds.extend(shape.params.iter().map(|(_, k)| k));
        for ((v, t), k) in it.zip(kinds) {
            match k {
                PassKind::Leaves(_) => {
                    let ls = self.val_leaves(v.clone(), *t);
                    args.extend(ls);
                }
                PassKind::ByRef => {
                    let a = match v {
                        Val::M(a, true) => *a,
                        other => {
                            let s = self.stable(other.clone(), *t);
                            match s {
                                Val::M(a, true) => a,
                                s => self.val_addr(s, *t),
                            }
                        }
                    };
                    args.push(a);
                }
            }
        }
        // out pointers for results passed by reference
        let mut outs = Vec::new();
        for (t, k) in &shape.results {
            if *k == PassKind::ByRef {
                let lay = self.g.tt.layout(*t);
                let a = self.temp_slot(lay.size, lay.align);
                args.push(a);
                outs.push(Some(a));
            } else {
                outs.push(None);
            }
        }
        let mut sig = shape.sig.clone();
        if matches!(ops.callee, Callee::Value) && !shape.ctx {
            sig.params.insert(0, Type::Ptr);
        }
        let arg_tys: Vec<Type> = args.iter().map(|&a| self.ty(a)).collect();
        if arg_tys != sig.params {
            self.ice("call arguments do not match the callee's signature");
            return shape.results.iter().map(|(t, _)| self.zero_val(*t)).collect();
        }
        let leaves = match (&ops.callee, code) {
            (Callee::Static(sym), _) => self.call_sig(sym, sig, &args),
            (_, Some(c)) => self.call_ind(sig, c, &args),
            _ => vec![],
        };
        let mut res = Vec::new();
        let mut li = leaves.into_iter();
        for ((t, k), out) in shape.results.iter().zip(outs) {
            match (k, out) {
                (PassKind::Leaves(tys), _) => {
                    let v: Vec<Value> = (&mut li).take(tys.len()).collect();
                    self.mark_nonneg(&v, *t);
                    res.push(Val::S(v));
                }
                (PassKind::ByRef, Some(a)) => res.push(Val::M(a, true)),
                _ => res.push(self.zero_val(*t)),
            }
        }
        res
    }
}

/// Is this a bodyless function that the runtime implements?
pub fn is_external(prog: &types::Program, f: types::ir::FuncId) -> bool {
    prog.funcs[f].body.is_none()
}

#[allow(dead_code)]
fn _unused(_: Op) {}
