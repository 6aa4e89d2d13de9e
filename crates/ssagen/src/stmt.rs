//! Statements and control flow.
//!
//! * `if`, `for`, `switch`: blocks as gc's ssagen lays them out; every jump
//!   target is sealed once its predecessors are known (loop headers after
//!   the back edge, labels at the end of the function, because `goto` may
//!   jump backwards or forwards).
//! * `for` loops with per-iteration variables (Go 1.22): before the post
//!   statement, every loop variable living in a heap box gets a fresh box
//!   holding the current value, so closures of earlier iterations keep their
//!   own. (SSA-resident and stack variables need nothing: a closure that
//!   captures by reference forces a box, unless escape analysis proved the
//!   closure does not outlive the iteration.)
//! * `range`: over an int, array, pointer to array, slice (length evaluated
//!   once, elements loaded at each iteration), string (runes decoded with
//!   an ASCII fast path and `runtime.decoderune`), map (a `hiter` on the
//!   stack, `runtime.mapiterinit`/`mapiternext`). Variables declared by the
//!   range are declared afresh in every iteration.
//! * `switch`: the tag is evaluated once, cases are tested in source order,
//!   left to right, `default` last whatever its position; `fallthrough`
//!   jumps to the next clause's body.
//! * `return`: values are evaluated first (all of them), then returned as
//!   leaves or written through out pointers; in a protected body (functions
//!   with `defer`) they are stored into the result variables.

use crate::expr::Val;
use crate::func::{Fb, RetMode};
use crate::locals::Home;
use ssa::{Op, Type, Value};
use types::ir::{CompareOp, Expr, ExprKind, LocalId, RangeKind, Stmt, StmtKind};
use types::{TypeId, TypeKind};

impl Fb<'_, '_> {
    pub fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub fn stmt(&mut self, s: &Stmt) {
        let saved = self.pos;
        if s.pos.is_known() {
            self.pos = s.pos;
        }
        self.stmt_inner(s);
        self.pos = saved;
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::TypeDecl(_) | StmtKind::ConstDecl { .. } => {}
            StmtKind::Decl(l) => self.declare(*l),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::Expr(e) => {
                if let ExprKind::Call(c) = &e.kind {
                    let p = self.pos;
                    if e.pos.is_known() {
                        self.pos = e.pos;
                    }
                    self.call_expr(c, e);
                    self.pos = p;
                } else {
                    let _ = self.expr(e);
                }
            }
            StmtKind::Assign { lhs, rhs, decls, .. } => self.assign_stmt(lhs, rhs.as_ref(), decls),
            StmtKind::AssignList { lhs, rhs, decls, .. } => self.assign_list(lhs, rhs, decls),
            StmtKind::AssignCall { lhs, call, decls, .. } => {
                self.assign_multi(lhs, call, decls, false)
            }
            StmtKind::AssignOk { lhs, rhs, decls, .. } => self.assign_multi(lhs, rhs, decls, true),
            StmtKind::OpAssign { op, lhs, rhs, .. } => self.op_assign(*op, lhs, rhs),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let c = self.expr1(cond);
                let bt = self.new_block();
                let be = self.new_block();
                let join = self.new_block();
                self.pos = s.pos;
                self.branch(c, bt, if els.is_some() { be } else { join });
                self.seal(bt);
                self.seal(be);
                self.switch_to(bt);
                self.block(&then.stmts);
                self.jump(join);
                if let Some(e) = els {
                    self.switch_to(be);
                    self.stmt(e);
                    self.jump(join);
                }
                self.seal(join);
                self.switch_to(join);
            }
            StmtKind::For { target, init, cond, post, body, .. } => {
                let mut loopvars = Vec::new();
                if let Some(i) = init {
                    collect_decls(i, &mut loopvars);
                    self.stmt(i);
                }
                let head = self.new_block();
                let bb = self.new_block();
                let cont = self.new_block();
                let exit = self.new_block();
                self.jump(head);
                self.switch_to(head);
                match cond {
                    Some(c) => {
                        let v = self.expr1(c);
                        self.branch(v, bb, exit);
                    }
                    None => self.jump(bb),
                }
                self.seal(bb);
                self.switch_to(bb);
                self.targets.insert(*target, (exit, Some(cont)));
                self.block(&body.stmts);
                self.jump(cont);
                self.seal(cont);
                self.switch_to(cont);
                self.fresh_loop_vars(&loopvars);
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.jump(head);
                self.seal(head);
                self.seal(exit);
                self.switch_to(exit);
            }
            StmtKind::Range { target, kind, key, value, decls, x, body, .. } => {
                self.range_stmt(*target, *kind, key.as_ref(), value.as_ref(), decls, x, &body.stmts)
            }
            StmtKind::Switch { target, init, tag, cases, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.switch_stmt(*target, tag.as_ref(), cases);
            }
            StmtKind::TypeSwitch { target, init, x, cases, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.type_switch(*target, x, cases);
            }
            StmtKind::Select { target, cases, .. } => self.select_stmt(*target, cases),
            StmtKind::Return(es) => self.return_stmt(es),
            StmtKind::Break { target, .. } => {
                match self.targets.get(target) {
                    Some(&(b, _)) => self.jump(b),
                    None => self.ice("break target not found"),
                }
                self.dead_block();
            }
            StmtKind::Continue { target, .. } => {
                match self.targets.get(target) {
                    Some(&(_, Some(c))) => self.jump(c),
                    _ => self.ice("continue target not found"),
                }
                self.dead_block();
            }
            StmtKind::Goto(l) => {
                let b = self.label_block(*l);
                self.jump(b);
                self.dead_block();
            }
            StmtKind::Fallthrough => {
                match self.fallthrough_to {
                    Some(b) => self.jump(b),
                    None => self.ice("fallthrough outside a switch"),
                }
                self.dead_block();
            }
            StmtKind::Labeled { label, stmt } => {
                let b = self.label_block(*label);
                self.jump(b);
                if self.forward_labels.contains(label) {
                    // every goto to it came before: all predecessors are known
                    self.seal(b);
                }
                self.switch_to(b);
                self.stmt(stmt);
            }
            StmtKind::Defer(call) => self.defer_stmt(call),
            StmtKind::Go(call) => self.go_stmt(call),
            StmtKind::Send { ch, value } => self.send_stmt(ch, value),
        }
    }

    fn label_block(&mut self, l: types::ir::LabelId) -> ssa::Block {
        if let Some(&b) = self.labels.get(&l) {
            return b;
        }
        let b = self.new_block();
        self.labels.insert(l, b);
        b
    }

    /// Go 1.22 loop variables: fresh heap boxes before the post statement.
    fn fresh_loop_vars(&mut self, vars: &[LocalId]) {
        for &l in vars {
            if let Some(Home::Boxed(v)) = self.homes.get(&l).cloned() {
                let ty = self.local_ty(l);
                let old = self.read_var(v);
                let new = self.alloc_heap(ty);
                let size = self.size_of(ty);
                self.move_mem(new, old, size);
                self.write_var(v, new);
            }
        }
    }

    fn return_stmt(&mut self, es: &[Expr]) {
        let Some(id) = self.gf else {
            self.ret(vec![]);
            self.dead_block();
            return;
        };
        if es.is_empty() {
            self.return_current();
            return;
        }
        let prog = self.prog;
        let results = prog.funcs[id].results.clone();
        let rtys: Vec<TypeId> = results.iter().map(|&l| self.local_ty(l)).collect();
        let vals: Vec<Val> = if es.len() == 1 && results.len() > 1 {
            let vs = self.multi_values(&es[0]);
            vs.into_iter().zip(&rtys).map(|((v, t), &rt)| self.assign_conv(v, t, rt)).collect()
        } else {
            let mut v = Vec::new();
            let many = es.len() > 1;
            for e in es {
                let x = self.expr(e);
                v.push(if many { self.stable(x, e.ty) } else { x });
            }
            v
        };
        match self.ret_mode {
            RetMode::Body => {
                for (l, v) in results.iter().zip(vals) {
                    self.write_local(*l, v);
                }
                self.ret(vec![]);
            }
            RetMode::Direct => {
                let mut leaves = Vec::new();
                for (i, (v, rt)) in vals.into_iter().zip(&rtys).enumerate() {
                    match self.out_ptrs.get(i).copied().flatten() {
                        Some(p) => self.store_val(p, *rt, v),
                        None => leaves.extend(self.val_leaves(v, *rt)),
                    }
                }
                self.ret(leaves);
            }
        }
        self.dead_block();
    }

    fn switch_stmt(
        &mut self,
        target: types::ir::TargetId,
        tag: Option<&Expr>,
        cases: &[types::ir::CaseClause],
    ) {
        let tagv = tag.map(|t| {
            let v = self.expr(t);
            (self.stable(v, t.ty), t.ty)
        });
        let exit = self.new_block();
        self.targets.insert(target, (exit, None));
        let bodies: Vec<ssa::Block> = cases.iter().map(|_| self.new_block()).collect();
        let mut default = None;
        for (i, c) in cases.iter().enumerate() {
            if c.is_default {
                default = Some(bodies[i]);
                continue;
            }
            for v in &c.values {
                let saved = self.pos;
                if v.pos.is_known() {
                    self.pos = v.pos;
                }
                let cond = match &tagv {
                    Some((tv, tt)) => {
                        let vv = self.expr(v);
                        let ct = self.g.tt.canonical(*tt);
                        let cv = self.g.tt.canonical(v.ty);
                        if ct != cv && self.g.tt.is_interface(v.ty) && !self.g.tt.is_interface(*tt)
                        {
                            let t2 = self.to_iface(
                                tv.clone(),
                                *tt,
                                v.ty,
                                types::ir::Esc::Unknown,
                                false,
                            );
                            self.compare_vals(CompareOp::Eq, t2, vv, v.ty)
                        } else {
                            self.compare_vals(CompareOp::Eq, tv.clone(), vv, *tt)
                        }
                    }
                    None => self.expr1(v),
                };
                let next = self.new_block();
                self.branch(cond, bodies[i], next);
                self.seal(next);
                self.switch_to(next);
                self.pos = saved;
            }
        }
        self.jump(default.unwrap_or(exit));
        let saved_ft = self.fallthrough_to;
        for (i, c) in cases.iter().enumerate() {
            self.switch_to(bodies[i]);
            self.fallthrough_to = bodies.get(i + 1).copied();
            let p = self.pos;
            if c.pos.is_known() {
                self.pos = c.pos;
            }
            self.block(&c.body);
            self.pos = p;
            self.jump(exit);
        }
        self.fallthrough_to = saved_ft;
        for b in bodies {
            self.seal(b);
        }
        self.seal(exit);
        self.switch_to(exit);
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        target: types::ir::TargetId,
        kind: RangeKind,
        key: Option<&Expr>,
        value: Option<&Expr>,
        decls: &[LocalId],
        x: &Expr,
        body: &[Stmt],
    ) {
        let p = self.pos;
        let key = key.filter(|k| !matches!(k.kind, ExprKind::Blank));
        let value = value.filter(|k| !matches!(k.kind, ExprKind::Blank));
        // what to iterate
        enum Src {
            Count(Value, TypeId),
            Elems { ptr: Value, len: Value, elem: TypeId },
            Str { ptr: Value, len: Value },
            Map { it: Value },
            Chan { c: Value, elem: TypeId },
        }
        let src = match kind {
            RangeKind::Int => {
                let n = self.expr1(x);
                Src::Count(n, x.ty)
            }
            RangeKind::Slice => {
                let s = self.expr_leaves(x);
                let elem = self.g.tt.elem(x.ty).unwrap_or(TypeId::INVALID);
                if s.len() != 3 {
                    return;
                }
                Src::Elems { ptr: s[0], len: s[1], elem }
            }
            RangeKind::Array | RangeKind::ArrayPtr => {
                let at = if kind == RangeKind::ArrayPtr {
                    self.g.tt.elem(x.ty).unwrap_or(TypeId::INVALID)
                } else {
                    x.ty
                };
                let (elem, n) = match self.g.tt.under_kind(at) {
                    TypeKind::Array(e, n) => (*e, *n),
                    _ => (TypeId::INVALID, 0),
                };
                let len = self.int(n as i64);
                if kind == RangeKind::ArrayPtr {
                    let ptr = self.expr1(x);
                    if value.is_some() {
                        self.nil_check(ptr);
                    }
                    Src::Elems { ptr, len, elem }
                } else if value.is_some() {
                    // ranging over an array value iterates over a copy
                    let v = self.expr(x);
                    let v = self.stable(v, x.ty);
                    let ptr = self.val_addr(v, x.ty);
                    Src::Elems { ptr, len, elem }
                } else {
                    if crate::assign::has_call(x) {
                        let _ = self.expr(x);
                    }
                    Src::Count(len, TypeId::INT)
                }
            }
            RangeKind::String => {
                let s = self.expr_leaves(x);
                if s.len() != 2 {
                    return;
                }
                Src::Str { ptr: s[0], len: s[1] }
            }
            RangeKind::Map => {
                let m = self.expr1(x);
                self.pos = p;
                let it = self.temp_slot(crate::rt::HITER_SIZE, 8);
                self.zero_mem(it, crate::rt::HITER_SIZE);
                let t = self.type_desc(x.ty);
                self.call(crate::rt::MAPITERINIT, &[t, m, it], &[]);
                Src::Map { it }
            }
            RangeKind::Chan => {
                let c = self.expr1(x);
                let elem = self.g.tt.elem(x.ty).unwrap_or(TypeId::INVALID);
                Src::Chan { c, elem }
            }
        };
        self.pos = p;
        let head = self.new_block();
        let bb = self.new_block();
        let cont = self.new_block();
        let exit = self.new_block();
        let hv_ty = match &src {
            Src::Count(_, t) => self.scalar_ty(*t),
            _ => Type::I64,
        };
        let hv = self.new_var(hv_ty);
        let hnext = self.new_var(Type::I64);
        let z = self.zero_of(hv_ty);
        self.write_var(hv, z);
        self.jump(head);
        self.switch_to(head);
        let i = self.read_var(hv);
        let mut chan_tmp = None;
        let cond = match &src {
            Src::Count(n, t) => {
                if self.g.tt.is_unsigned(*t) {
                    self.cmp(Op::LessU, i, *n)
                } else {
                    self.cmp(Op::Less, i, *n)
                }
            }
            Src::Elems { len, .. } | Src::Str { len, .. } => self.cmp(Op::Less, i, *len),
            Src::Map { it } => {
                let kp = self.load(Type::Ptr, *it, 0);
                self.ins(Op::IsNonNil, Type::Bool, &[kp])
            }
            Src::Chan { c, elem } => {
                let (ok, tmp) = self.chan_range_next(*c, *elem);
                chan_tmp = Some(tmp);
                ok
            }
        };
        self.branch(cond, bb, exit);
        self.seal(bb);
        self.switch_to(bb);
        // this iteration's key and value
        let mut vals: Vec<(Val, TypeId)> = Vec::new();
        let mut lhs: Vec<Expr> = Vec::new();
        match &src {
            Src::Count(_, t) => {
                if let Some(k) = key {
                    vals.push((Val::one(i), *t));
                    lhs.push(k.clone());
                }
            }
            Src::Elems { ptr, elem, .. } => {
                if let Some(k) = key {
                    vals.push((Val::one(i), TypeId::INT));
                    lhs.push(k.clone());
                }
                if let Some(v) = value {
                    let a = self.elem_addr(*ptr, i, *elem);
                    let ev = self.load_val(a, *elem);
                    vals.push((ev, *elem));
                    lhs.push(v.clone());
                }
            }
            Src::Str { ptr, len } => {
                let (r, next) = self.decode_rune(*ptr, *len, i);
                self.write_var(hnext, next);
                if let Some(k) = key {
                    vals.push((Val::one(i), TypeId::INT));
                    lhs.push(k.clone());
                }
                if let Some(v) = value {
                    vals.push((Val::one(r), TypeId::INT32));
                    lhs.push(v.clone());
                }
            }
            Src::Chan { elem, .. } => {
                if let (Some(k), Some(tmp)) = (key, chan_tmp) {
                    let v = match self.load_val(tmp, *elem) {
                        Val::M(a, _) => Val::M(a, true),
                        v => v,
                    };
                    vals.push((v, *elem));
                    lhs.push(k.clone());
                }
            }
            Src::Map { it } => {
                let mt = self.g.tt.under(x.ty);
                let (kt, vt) = match self.g.tt.kind(mt) {
                    TypeKind::Map(k, v) => (*k, *v),
                    _ => (TypeId::INVALID, TypeId::INVALID),
                };
                if let Some(k) = key {
                    let kp = self.load(Type::Ptr, *it, 0);
                    let kv = self.load_val(kp, kt);
                    vals.push((kv, kt));
                    lhs.push(k.clone());
                }
                if let Some(v) = value {
                    let vp = self.load(Type::Ptr, *it, 8);
                    let vv = self.load_val(vp, vt);
                    vals.push((vv, vt));
                    lhs.push(v.clone());
                }
            }
        }
        if lhs.is_empty() {
            for d in decls {
                self.declare(*d);
            }
        } else {
            self.assign_vals(&lhs, vals, decls);
        }
        self.targets.insert(target, (exit, Some(cont)));
        self.block(body);
        self.jump(cont);
        self.seal(cont);
        self.switch_to(cont);
        self.pos = p;
        match &src {
            Src::Str { .. } => {
                let n = self.read_var(hnext);
                self.write_var(hv, n);
            }
            Src::Map { it } => {
                self.call(crate::rt::MAPITERNEXT, &[*it], &[]);
            }
            Src::Chan { .. } => {}
            _ => {
                let i = self.read_var(hv);
                let one = self.iconst(self.ty(i), 1);
                let n = self.binary(Op::Add, i, one);
                self.write_var(hv, n);
            }
        }
        self.jump(head);
        self.seal(head);
        self.seal(exit);
        self.switch_to(exit);
    }
}

/// Labels that no `goto` after them targets (the inliner's return labels,
/// forward gotos): their blocks can be sealed as soon as they are reached.
pub fn forward_labels(body: &[Stmt]) -> std::collections::HashSet<types::ir::LabelId> {
    use std::collections::HashMap;
    use types::visit::{Visitor, walk_stmts};
    struct V {
        n: u32,
        at: HashMap<types::ir::LabelId, u32>,
        last_goto: HashMap<types::ir::LabelId, u32>,
    }
    impl Visitor for V {
        fn stmt(&mut self, s: &Stmt) {
            self.n += 1;
            match &s.kind {
                StmtKind::Labeled { label, .. } => {
                    self.at.insert(*label, self.n);
                }
                StmtKind::Goto(l) => {
                    self.last_goto.insert(*l, self.n);
                }
                _ => {}
            }
        }
    }
    let mut v = V { n: 0, at: HashMap::new(), last_goto: HashMap::new() };
    walk_stmts(&mut v, body);
    v.at.iter()
        .filter(|(l, at)| v.last_goto.get(l).is_none_or(|g| g < at))
        .map(|(l, _)| *l)
        .collect()
}

/// The variables a `for` init statement declares.
fn collect_decls(s: &Stmt, out: &mut Vec<LocalId>) {
    match &s.kind {
        StmtKind::Decl(l) => out.push(*l),
        StmtKind::Assign { decls, .. }
        | StmtKind::AssignList { decls, .. }
        | StmtKind::AssignCall { decls, .. }
        | StmtKind::AssignOk { decls, .. } => out.extend(decls.iter().copied()),
        StmtKind::Block(b) => b.stmts.iter().for_each(|s| collect_decls(s, out)),
        _ => {}
    }
}
