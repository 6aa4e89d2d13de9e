//! gc's deadcode pass (run before inlining, so it changes inlining costs):
//! `if` statements with a constant condition lose their untaken branch, and
//! when the taken branch ends in `return` or `panic` the rest of the list
//! goes too (unless a label follows); `switch` statements on a constant
//! with constant cases keep only the case that runs; `true && x` and the
//! like are simplified first.

use types::ir::*;

pub fn func(prog: &mut Program, f: FuncId) {
    if let Some(mut b) = prog.funcs[f].body.take() {
        stmts(&mut b.stmts);
        prog.funcs[f].body = Some(b);
    }
}

fn const_bool(e: &Expr) -> Option<bool> {
    e.const_value().and_then(|v| v.as_bool())
}

fn simplify(e: &mut Expr) {
    if let ExprKind::Logical { and, x, y } = &mut e.kind {
        simplify(x);
        simplify(y);
        if let Some(b) = const_bool(x) {
            let keep_y = if *and { b } else { !b };
            let taken = if keep_y {
                std::mem::replace(&mut **y, Expr::bad(e.pos))
            } else {
                std::mem::replace(&mut **x, Expr::bad(e.pos))
            };
            *e = taken;
        }
    }
}

fn ends_in_return(list: &[Stmt]) -> bool {
    match list.last().map(|s| &s.kind) {
        Some(StmtKind::Return(_)) => true,
        Some(StmtKind::Expr(e)) => {
            matches!(&e.kind, ExprKind::Builtin(b) if matches!(**b, Builtin::Panic(_)))
        }
        _ => false,
    }
}

fn stmts(list: &mut Vec<Stmt>) {
    let last_label =
        list.iter().rposition(|s| matches!(s.kind, StmtKind::Labeled { .. })).map(|i| i as i64);
    let last_label = last_label.unwrap_or(-1);
    let mut cut_at = None;
    for (i, s) in list.iter_mut().enumerate() {
        let mut cut = false;
        if let StmtKind::If { cond, then, els, .. } = &mut s.kind {
            simplify(cond);
            if let Some(b) = const_bool(cond) {
                let ends = if b {
                    *els = None;
                    ends_in_return(&then.stmts)
                } else {
                    then.stmts.clear();
                    match els.as_deref() {
                        Some(Stmt { kind: StmtKind::Block(bl), .. }) => ends_in_return(&bl.stmts),
                        Some(other) => ends_in_return(std::slice::from_ref(other)),
                        None => false,
                    }
                };
                if ends && (i as i64) > last_label {
                    cut = true;
                }
            }
        }
        if let StmtKind::Switch { tag, cases, .. } = &mut s.kind {
            const_switch(tag.as_ref(), cases);
        }
        sub(s);
        if cut {
            cut_at = Some(i + 1);
            break;
        }
    }
    if let Some(n) = cut_at {
        list.truncate(n);
    }
}

fn sub(s: &mut Stmt) {
    match &mut s.kind {
        StmtKind::Block(b) => stmts(&mut b.stmts),
        StmtKind::If { init, then, els, .. } => {
            if let Some(i) = init {
                sub(i);
            }
            stmts(&mut then.stmts);
            if let Some(e) = els {
                match &mut e.kind {
                    StmtKind::Block(b) => stmts(&mut b.stmts),
                    _ => {
                        let mut v = vec![std::mem::replace(
                            &mut **e,
                            Stmt { pos: s.pos, kind: StmtKind::Empty },
                        )];
                        stmts(&mut v);
                        **e = v.pop().unwrap_or(Stmt { pos: s.pos, kind: StmtKind::Empty });
                    }
                }
            }
        }
        StmtKind::For { init, body, .. } => {
            if let Some(i) = init {
                sub(i);
            }
            stmts(&mut body.stmts)
        }
        StmtKind::Range { body, .. } => stmts(&mut body.stmts),
        StmtKind::Switch { init, cases, .. } => {
            if let Some(i) = init {
                sub(i);
            }
            for c in cases {
                stmts(&mut c.body);
            }
        }
        StmtKind::TypeSwitch { init, cases, .. } => {
            if let Some(i) = init {
                sub(i);
            }
            for c in cases {
                stmts(&mut c.body);
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                stmts(&mut c.body);
            }
        }
        StmtKind::Labeled { stmt, .. } => sub(stmt),
        _ => {}
    }
}

/// A switch on a constant with constant cases keeps only the case that runs.
fn const_switch(tag: Option<&Expr>, cases: &mut Vec<CaseClause>) {
    let x = match tag {
        Some(t) => match t.const_value() {
            Some(v) => v.clone(),
            None => return,
        },
        None => types::ConstValue::Bool(true),
    };
    let mut def = None;
    for (ci, c) in cases.iter().enumerate() {
        if c.is_default {
            def = Some(ci);
            continue;
        }
        for (vi, v) in c.values.iter().enumerate() {
            let Some(cv) = v.const_value() else { return };
            if types::ConstValue::compare(&x, types::constant::CmpOp::Eq, cv) == Some(true) {
                if c.fallthrough {
                    return;
                }
                let mut keep = cases.swap_remove(ci);
                let val = keep.values.swap_remove(vi);
                keep.values = vec![val];
                cases.clear();
                cases.push(keep);
                return;
            }
        }
    }
    if let Some(d) = def {
        if cases[d].fallthrough {
            return;
        }
        let keep = cases.swap_remove(d);
        cases.clear();
        cases.push(keep);
        return;
    }
    cases.clear();
}
