//! Channels and `select` (phase 2), through the runtime (docs/abi.md §9).
//!
//! * `make(chan T, n)`: `runtime.makechan(type.chan T, n)`; `len`/`cap`: the
//!   first two words of `*hchan` (nil → 0).
//! * `c <- v`: `v` stored in a stack temporary, `runtime.chansend1(c, &tmp)`;
//!   `<-c`: `runtime.chanrecv1(c, &tmp)` (or `chanrecv2` for comma-ok) then a
//!   load; `close(c)`: `runtime.closechan`.
//! * `for v := range c`: `chanrecv2` until it reports a closed channel.
//! * `select`: the channel operands and the values to send are evaluated once,
//!   in source order. Without cases it blocks forever (`selectgo(nil, 0, 0,
//!   true)`); one case plus `default` uses `selectnbsend`/`selectnbrecv`;
//!   otherwise an array of `{c, elem}` cases on the stack (sends first, then
//!   receives) goes to `runtime.selectgo(cases, nsends, nrecvs, block)`, whose
//!   result index (−1 for `default`) selects the clause; a receive clause then
//!   loads the value from its temporary and gets `ok` from the second result.
//! * `go f(x)`: see [`crate::defers`] (`runtime.newproc` of the same closure
//!   `defer` would push).

use crate::expr::Val;
use crate::func::Fb;
use ssa::{Op, Type, Value};
use types::TypeId;
use types::ir::{CommCase, Expr, ExprKind, Stmt, StmtKind, TargetId};

/// One `select` clause, with its operands evaluated.
enum Clause<'a> {
    Send { c: Value, tmp: Value },
    Recv { c: Value, tmp: Value, elem: TypeId, comm: &'a Stmt },
    Default,
}

impl Fb<'_, '_> {
    pub fn make_chan(&mut self, ty: TypeId, size: Option<Value>) -> Value {
        let t = self.type_desc(ty);
        let n = size.unwrap_or_else(|| self.int(0));
        self.call(crate::rt::MAKECHAN, &[t, n], &[Type::Ptr])[0]
    }

    /// `len(c)` / `cap(c)`: word 0 / word 1 of the hchan, 0 for nil.
    pub fn chan_len_cap(&mut self, c: Value, cap: bool) -> Value {
        let nn = self.ins(Op::IsNonNil, Type::Bool, &[c]);
        self.if_else(
            nn,
            &[Type::I64],
            &mut |fb| vec![fb.load(Type::I64, c, if cap { 8 } else { 0 })],
            &mut |fb| vec![fb.int(0)],
        )[0]
    }

    /// A zeroed stack temporary for one element.
    fn elem_tmp(&mut self, elem: TypeId) -> Value {
        let lay = self.g.tt.layout(elem);
        let t = self.temp_slot(lay.size, lay.align);
        self.zero_mem(t, lay.size);
        t
    }

    fn chan_elem(&self, ch: TypeId) -> TypeId {
        self.g.tt.elem(ch).unwrap_or(TypeId::INVALID)
    }

    pub fn send_stmt(&mut self, ch: &Expr, value: &Expr) {
        let p = self.pos;
        let c = self.expr1(ch);
        let v = self.expr(value);
        self.pos = p;
        let elem = self.chan_elem(ch.ty);
        let v = self.assign_conv(v, value.ty, elem);
        let tmp = self.elem_tmp(elem);
        self.store_val(tmp, elem, v);
        self.call(crate::rt::CHANSEND1, &[c, tmp], &[]);
    }

    /// `<-c` (with comma-ok, also the ok bool).
    pub fn recv_expr(&mut self, ch: &Expr, comma_ok: bool) -> (Val, Option<Value>) {
        let p = self.pos;
        let c = self.expr1(ch);
        self.pos = p;
        let elem = self.chan_elem(ch.ty);
        let tmp = self.elem_tmp(elem);
        let ok = if comma_ok {
            Some(self.call(crate::rt::CHANRECV2, &[c, tmp], &[Type::Bool])[0])
        } else {
            self.call(crate::rt::CHANRECV1, &[c, tmp], &[]);
            None
        };
        let v = match self.load_val(tmp, elem) {
            Val::M(a, _) => Val::M(a, true),
            v => v,
        };
        (v, ok)
    }

    /// The body of `for v := range c`: receive; stop when closed.
    pub fn chan_range_next(&mut self, c: Value, elem: TypeId) -> (Value, Value) {
        let tmp = self.elem_tmp(elem);
        let ok = self.call(crate::rt::CHANRECV2, &[c, tmp], &[Type::Bool])[0];
        (ok, tmp)
    }

    pub fn select_stmt(&mut self, target: TargetId, cases: &[CommCase]) {
        let p = self.pos;
        let exit = self.new_block();
        self.targets.insert(target, (exit, None));
        // evaluate the operands in source order
        let mut clauses: Vec<Clause<'_>> = Vec::new();
        for cc in cases {
            let Some(comm) = &cc.comm else {
                clauses.push(Clause::Default);
                continue;
            };
            let saved = self.pos;
            if comm.pos.is_known() {
                self.pos = comm.pos;
            }
            match &comm.kind {
                StmtKind::Send { ch, value } => {
                    let c = self.expr1(ch);
                    let v = self.expr(value);
                    let elem = self.chan_elem(ch.ty);
                    let v = self.assign_conv(v, value.ty, elem);
                    let tmp = self.elem_tmp(elem);
                    self.store_val(tmp, elem, v);
                    clauses.push(Clause::Send { c, tmp });
                }
                _ => match recv_of(comm) {
                    Some(ch) => {
                        let c = self.expr1(ch);
                        let elem = self.chan_elem(ch.ty);
                        let tmp = self.elem_tmp(elem);
                        clauses.push(Clause::Recv { c, tmp, elem, comm });
                    }
                    None => {
                        self.ice("unsupported select case");
                        clauses.push(Clause::Default);
                    }
                },
            }
            self.pos = saved;
        }
        self.pos = p;
        let has_default = clauses.iter().any(|c| matches!(c, Clause::Default));
        let nsends = clauses.iter().filter(|c| matches!(c, Clause::Send { .. })).count();
        let nrecvs = clauses.iter().filter(|c| matches!(c, Clause::Recv { .. })).count();
        let bodies: Vec<ssa::Block> = cases.iter().map(|_| self.new_block()).collect();
        let okvar = self.new_var(Type::Bool);
        let f = self.bool_const(false);
        self.write_var(okvar, f);
        if nsends + nrecvs == 1 && has_default {
            // gc's non-blocking fast paths
            let (ci, cl) = clauses
                .iter()
                .enumerate()
                .find(|(_, c)| !matches!(c, Clause::Default))
                .map(|(i, c)| (i, c))
                .unwrap_or((0, &Clause::Default));
            let di = clauses.iter().position(|c| matches!(c, Clause::Default)).unwrap_or(0);
            let sel = match cl {
                Clause::Send { c, tmp } => {
                    self.call(crate::rt::SELECTNBSEND, &[*c, *tmp], &[Type::Bool])[0]
                }
                Clause::Recv { c, tmp, .. } => {
                    let r = self.call(crate::rt::SELECTNBRECV, &[*tmp, *c], &[Type::I16])[0];
                    let lo = self.conv(Op::Trunc, Type::I8, r);
                    let z8 = self.iconst(Type::I8, 0);
                    let selected = self.cmp(Op::Neq, lo, z8);
                    let eight = self.iconst(Type::I16, 8);
                    let hi16 = self.ins_full(Op::ShrU, Type::I16, &[r, eight], 1, ssa::Aux::None);
                    let hi = self.conv(Op::Trunc, Type::I8, hi16);
                    let received = self.cmp(Op::Neq, hi, z8);
                    self.write_var(okvar, received);
                    selected
                }
                Clause::Default => self.bool_const(false),
            };
            self.branch(sel, bodies[ci], bodies[di]);
        } else {
            let n = nsends + nrecvs;
            let arr = if n == 0 { self.nil() } else { self.temp_slot(16 * n as u64, 8) };
            let mut slot_of = vec![usize::MAX; clauses.len()];
            let (mut si, mut ri) = (0, nsends);
            for (i, c) in clauses.iter().enumerate() {
                let (k, ch, tmp) = match c {
                    Clause::Send { c, tmp } => {
                        si += 1;
                        (si - 1, *c, *tmp)
                    }
                    Clause::Recv { c, tmp, .. } => {
                        ri += 1;
                        (ri - 1, *c, *tmp)
                    }
                    Clause::Default => continue,
                };
                slot_of[i] = k;
                self.store(arr, 16 * k as i64, ch);
                self.store(arr, 16 * k as i64 + 8, tmp);
            }
            let ns = self.int(nsends as i64);
            let nr = self.int(nrecvs as i64);
            let block = self.bool_const(!has_default);
            let r = self.call(crate::rt::SELECTGO, &[arr, ns, nr, block], &[Type::I64, Type::Bool]);
            self.write_var(okvar, r[1]);
            // dispatch on the index
            let mut targets = vec![exit; n];
            for (i, k) in slot_of.iter().enumerate() {
                if *k != usize::MAX {
                    targets[*k] = bodies[i];
                }
            }
            let default = clauses
                .iter()
                .position(|c| matches!(c, Clause::Default))
                .map(|i| bodies[i])
                .unwrap_or(exit);
            if n == 0 {
                self.jump(default);
            } else {
                self.switch_term(r[0], targets, default);
            }
        }
        for (i, (cc, cl)) in cases.iter().zip(&clauses).enumerate() {
            self.seal(bodies[i]);
            self.switch_to(bodies[i]);
            let saved = self.pos;
            if cc.pos.is_known() {
                self.pos = cc.pos;
            }
            if let Clause::Recv { tmp, elem, comm, .. } = cl {
                let v = match self.load_val(*tmp, *elem) {
                    Val::M(a, _) => Val::M(a, true),
                    v => v,
                };
                let ok = self.read_var(okvar);
                self.recv_assign(comm, v, *elem, ok);
            }
            self.block(&cc.body);
            self.pos = saved;
            self.jump(exit);
        }
        self.seal(exit);
        self.switch_to(exit);
    }

    /// The assignment part of a receive clause.
    fn recv_assign(&mut self, comm: &Stmt, v: Val, elem: TypeId, ok: Value) {
        match &comm.kind {
            StmtKind::Assign { lhs, decls, .. } => {
                self.assign_vals(std::slice::from_ref(lhs), vec![(v, elem)], decls);
            }
            StmtKind::AssignOk { lhs, decls, .. } => {
                self.assign_vals(lhs, vec![(v, elem), (Val::one(ok), TypeId::BOOL)], decls);
            }
            StmtKind::AssignList { lhs, decls, .. } => {
                self.assign_vals(lhs, vec![(v, elem)], decls);
            }
            _ => {}
        }
    }
}

/// The channel a receive clause receives from.
fn recv_of(s: &Stmt) -> Option<&Expr> {
    let e = match &s.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { rhs: Some(r), .. } => r,
        StmtKind::AssignOk { rhs, .. } => rhs,
        StmtKind::AssignList { rhs, .. } if rhs.len() == 1 => &rhs[0],
        _ => return None,
    };
    match &e.kind {
        ExprKind::Recv { ch, .. } => Some(ch),
        _ => None,
    }
}
