//! IR invariants checked by the tests on every valid program.

use types::{Expr, ExprKind, Stmt, StmtKind, TypeId};

pub fn check_expr(p: &types::Program, e: &Expr, errs: &mut Vec<String>) {
    let t = e.ty;
    let bad = t == TypeId::INVALID
        || (p.types.is_untyped(t) && !matches!(e.kind, ExprKind::Nil))
        || (matches!(e.kind, ExprKind::Nil) && t == TypeId::UNTYPED_NIL);
    if bad {
        errs.push(format!(
            "{}: expression with type {}: {}",
            e.pos,
            p.types.type_string(t, None),
            types::print::expr(p, None, e)
        ));
    }
    let tt = &p.types;
    let same = |a: TypeId, b: TypeId| tt.identical(a, b);
    match &e.kind {
        ExprKind::Binary { op, x, y } => {
            let shift = matches!(op, types::BinaryOp::Shl | types::BinaryOp::Shr);
            if !shift && !same(x.ty, y.ty) {
                errs.push(format!("{}: binary operands of different types", e.pos));
            }
            if shift && !tt.is_integer(y.ty) {
                errs.push(format!("{}: non-integer shift count", e.pos));
            }
            if !same(x.ty, e.ty) {
                errs.push(format!("{}: binary result type differs from operand", e.pos));
            }
        }
        ExprKind::Compare { x, y, .. } => {
            if !same(x.ty, y.ty) {
                errs.push(format!(
                    "{}: compared operands of different types {} and {}",
                    e.pos,
                    tt.type_string(x.ty, None),
                    tt.type_string(y.ty, None)
                ));
            }
        }
        ExprKind::Call(c) if !c.multi => {
            let fty = match &c.kind {
                types::CallKind::Func(f) => Some(p.funcs[*f].sig),
                types::CallKind::Method { func, .. } => Some(p.funcs[*func].sig),
                types::CallKind::Value(v) => Some(v.ty),
                types::CallKind::Interface { recv, index, .. } => {
                    tt.interface_methods(recv.ty).get(*index).map(|m| m.sig)
                }
            };
            if let Some(sig) = fty.and_then(|t| tt.signature(t)) {
                for (i, a) in c.args.iter().enumerate() {
                    let want = match &c.dots {
                        types::DotsKind::Packed { first, slice, .. } if i >= *first => {
                            tt.elem(*slice).unwrap()
                        }
                        _ => sig.params.get(i).map(|p| p.ty).unwrap_or(TypeId::INVALID),
                    };
                    if !same(a.ty, want) {
                        errs.push(format!(
                            "{}: argument {} has type {}, parameter {}",
                            e.pos,
                            i,
                            tt.type_string(a.ty, None),
                            tt.type_string(want, None)
                        ));
                    }
                }
            }
        }
        _ => {}
    }
    e.for_each_child(&mut |c| check_expr(p, c, errs));
}

pub fn check_stmts(p: &types::Program, stmts: &[Stmt], errs: &mut Vec<String>) {
    for s in stmts {
        check_stmt(p, s, errs);
    }
}

pub fn check_stmt(p: &types::Program, s: &Stmt, errs: &mut Vec<String>) {
    let mut ex = |e: &Expr| check_expr(p, e, errs);
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Defer(e) | StmtKind::Go(e) => ex(e),
        StmtKind::Assign { lhs, rhs, .. } => {
            ex(lhs);
            if let Some(r) = rhs {
                ex(r);
                if !matches!(lhs.kind, ExprKind::Blank) && !p.types.identical(lhs.ty, r.ty) {
                    errs.push(format!(
                        "{}: assignment of {} to {}",
                        s.pos,
                        p.types.type_string(r.ty, None),
                        p.types.type_string(lhs.ty, None)
                    ));
                }
            }
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            lhs.iter().for_each(&mut ex);
            rhs.iter().for_each(ex);
        }
        StmtKind::AssignCall { lhs, call, .. } => {
            lhs.iter().for_each(&mut ex);
            ex(call);
        }
        StmtKind::AssignOk { lhs, rhs, .. } => {
            lhs.iter().for_each(&mut ex);
            ex(rhs);
        }
        StmtKind::OpAssign { lhs, rhs, .. } => {
            ex(lhs);
            ex(rhs);
        }
        StmtKind::Return(v) => v.iter().for_each(ex),
        StmtKind::Send { ch, value } => {
            ex(ch);
            ex(value);
        }
        StmtKind::Block(b) => check_stmts(p, &b.stmts, errs),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                check_stmt(p, i, errs);
            }
            check_expr(p, cond, errs);
            check_stmts(p, &then.stmts, errs);
            if let Some(e) = els {
                check_stmt(p, e, errs);
            }
        }
        StmtKind::For { init, cond, post, body, .. } => {
            if let Some(i) = init {
                check_stmt(p, i, errs);
            }
            if let Some(c) = cond {
                check_expr(p, c, errs);
            }
            if let Some(ps) = post {
                check_stmt(p, ps, errs);
            }
            check_stmts(p, &body.stmts, errs);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            for e in [key, value].into_iter().flatten() {
                check_expr(p, e, errs);
            }
            check_expr(p, x, errs);
            check_stmts(p, &body.stmts, errs);
        }
        StmtKind::Switch { init, tag, cases, .. } => {
            if let Some(i) = init {
                check_stmt(p, i, errs);
            }
            if let Some(t) = tag {
                check_expr(p, t, errs);
            }
            for c in cases {
                c.values.iter().for_each(|v| check_expr(p, v, errs));
                check_stmts(p, &c.body, errs);
            }
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            if let Some(i) = init {
                check_stmt(p, i, errs);
            }
            check_expr(p, x, errs);
            for c in cases {
                check_stmts(p, &c.body, errs);
            }
        }
        StmtKind::Labeled { stmt, .. } => check_stmt(p, stmt, errs),
        _ => {}
    }
}
