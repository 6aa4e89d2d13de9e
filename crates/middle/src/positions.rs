//! gc's positions of implicit conversions.
//!
//! gc's noder creates an implicit conversion (`x` to `interface{}` when
//! passed to `fmt.Println`) at the compiler's *current* position, not at the
//! operand: for call arguments the call's position, moved along by every
//! argument that is not a name; for returns and assignments the position of
//! the last expression the noder visited. Escape analysis reports
//! interface conversions there (`./a.go:9:13: x escapes to heap`), so the
//! typed IR's implicit conversions get those positions first.

use syntax::Pos;
use types::ir::*;
use types::visit::{VisitorMut, walk_stmt_mut};

pub fn fix(prog: &mut Program, f: FuncId) {
    let Some(mut b) = prog.funcs[f].body.take() else { return };
    let mut v = Fix;
    for s in b.stmts.iter_mut() {
        walk_stmt_mut(&mut v, s);
    }
    var_decls(&mut b.stmts);
    // gc declares each clause's copy of `switch x := v.(type)` at its `case`
    struct Cases(Vec<(LocalId, Pos)>);
    impl VisitorMut for Cases {
        fn stmt(&mut self, s: &mut Stmt) {
            if let StmtKind::TypeSwitch { cases, .. } = &s.kind {
                for c in cases {
                    if let Some(l) = c.local {
                        self.0.push((l, c.pos));
                    }
                }
            }
        }
    }
    let mut cs = Cases(vec![]);
    for s in b.stmts.iter_mut() {
        walk_stmt_mut(&mut cs, s);
    }
    for (l, p) in cs.0 {
        if let Some(loc) = prog.funcs[f].locals.get_mut(l)
            && p.is_known()
        {
            loc.pos = p;
        }
    }
    prog.funcs[f].body = Some(b);
}

/// `var x T = v` (a Decl then the assignment): the conversion is made
/// after the value was visited.
fn var_decls(ss: &mut [Stmt]) {
    for i in 0..ss.len() {
        if i > 0 {
            let prev_decl = match ss[i - 1].kind {
                StmtKind::Decl(l) => Some(l),
                _ => None,
            };
            if let StmtKind::Assign { lhs, rhs: Some(r), decls, .. } = &mut ss[i].kind
                && decls.is_empty()
                && matches!(lhs.kind, ExprKind::Local(l) if Some(l) == prev_decl)
                && is_implicit_conv(r)
                && let Some(p) = last_visited(written(r))
            {
                set_conv_pos(r, p);
            }
        }
        crate::devirt::for_each_sub_stmts_mut(&mut ss[i], &mut |sub| var_decls(sub));
    }
}

struct Fix;

fn is_implicit_conv(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Conv { implicit: true, .. })
}

/// The operand as written (below implicit nodes).
fn written(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Conv { x, implicit: true, .. } => written(x),
        _ => e,
    }
}

fn is_name(e: &Expr) -> bool {
    matches!(written(e).kind, ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Func(_))
}

/// The position of the last expression gc's noder visits in `e` (pre-order,
/// constants and implicit nodes excluded).
pub fn last_visited(e: &Expr) -> Option<Pos> {
    match &e.kind {
        ExprKind::Const(_) => None,
        ExprKind::Conv { x, implicit: true, .. } => last_visited(x),
        ExprKind::Deref { x, implicit: true } | ExprKind::AddrOf { x, implicit: true, .. } => {
            last_visited(x)
        }
        ExprKind::Field { x, implicit: true, .. } => last_visited(x),
        _ => {
            let mut last = None;
            e.for_each_child(&mut |c| {
                if let Some(p) = last_visited(c) {
                    last = Some(p);
                }
            });
            last.or(Some(e.pos))
        }
    }
}

/// Sets the positions of the implicit conversions among `args`: `start`,
/// then each argument that is not a name moves the position to its own.
fn fix_list(args: &mut [Expr], start: Pos) {
    let mut cur = start;
    for a in args.iter_mut() {
        if !is_name(a) {
            let w = written(a);
            if w.pos.is_known() {
                cur = w.pos;
            }
        }
        if is_implicit_conv(a) {
            set_conv_pos(a, cur);
        }
    }
}

fn set_conv_pos(e: &mut Expr, p: Pos) {
    if let ExprKind::Conv { x, implicit: true, .. } = &mut e.kind {
        e.pos = p;
        set_conv_pos(x, p);
    }
}

impl VisitorMut for Fix {
    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Return(es) => {
                if let Some(start) = es.last().and_then(last_visited) {
                    fix_list(es, start);
                }
            }
            StmtKind::Assign { lhs, rhs: Some(r), .. } if is_implicit_conv(r) => {
                // `x = v`: the noder visits v, then x
                if let Some(p) = last_visited(lhs)
                    && !matches!(lhs.kind, ExprKind::Blank)
                {
                    set_conv_pos(r, p);
                }
            }
            _ => {}
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        let pos = e.pos;
        if let ExprKind::Call(c) = &mut e.kind
            && !c.multi
        {
            fix_list(&mut c.args, pos);
        }
        // panic's argument is converted by typecheck: at the call for a
        // constant, else at the operand (the last operand of a concatenation)
        if let ExprKind::Builtin(b) = &mut e.kind
            && let Builtin::Panic(x) = &mut **b
            && is_implicit_conv(x)
        {
            let w = written(x);
            let p = match &w.kind {
                ExprKind::Const(_) => pos,
                ExprKind::AddString { args, .. } => args
                    .iter()
                    .rev()
                    .find(|a| !matches!(a.kind, ExprKind::Const(_)))
                    .map_or(w.pos, |a| written(a).pos),
                _ => w.pos,
            };
            if p.is_known() {
                set_conv_pos(x, p);
            }
        }
    }
}
