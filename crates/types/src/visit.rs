//! Walking the typed IR: [`walk_block`]/[`walk_stmt`]/[`walk_expr`] call a
//! visitor on every statement and expression (pre-order), and the `_mut`
//! variants allow rewriting in place (e.g. remapping locals when the inliner
//! copies a body). Closure bodies are separate functions and are not entered.

use crate::ir::*;

/// Called for every statement and expression, before their children.
pub trait Visitor {
    fn stmt(&mut self, _s: &Stmt) {}
    fn expr(&mut self, _e: &Expr) {}
}

/// Like [`Visitor`], with mutable access.
pub trait VisitorMut {
    fn stmt(&mut self, _s: &mut Stmt) {}
    fn expr(&mut self, _e: &mut Expr) {}
}

pub fn walk_block(v: &mut dyn Visitor, b: &Block) {
    for s in &b.stmts {
        walk_stmt(v, s);
    }
}

pub fn walk_stmts(v: &mut dyn Visitor, stmts: &[Stmt]) {
    for s in stmts {
        walk_stmt(v, s);
    }
}

pub fn walk_stmt(v: &mut dyn Visitor, s: &Stmt) {
    v.stmt(s);
    match &s.kind {
        StmtKind::Empty
        | StmtKind::Decl(_)
        | StmtKind::TypeDecl(_)
        | StmtKind::ConstDecl { .. }
        | StmtKind::Break { .. }
        | StmtKind::Continue { .. }
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough => {}
        StmtKind::Block(b) => walk_block(v, b),
        StmtKind::Expr(e) | StmtKind::Defer(e) | StmtKind::Go(e) => walk_expr(v, e),
        StmtKind::Assign { lhs, rhs, .. } => {
            walk_expr(v, lhs);
            if let Some(r) = rhs {
                walk_expr(v, r);
            }
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            lhs.iter().for_each(|e| walk_expr(v, e));
            rhs.iter().for_each(|e| walk_expr(v, e));
        }
        StmtKind::AssignCall { lhs, call: rhs, .. } | StmtKind::AssignOk { lhs, rhs, .. } => {
            lhs.iter().for_each(|e| walk_expr(v, e));
            walk_expr(v, rhs);
        }
        StmtKind::OpAssign { lhs, rhs, .. } => {
            walk_expr(v, lhs);
            walk_expr(v, rhs);
        }
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                walk_stmt(v, i);
            }
            walk_expr(v, cond);
            walk_block(v, then);
            if let Some(e) = els {
                walk_stmt(v, e);
            }
        }
        StmtKind::For { init, cond, post, body, .. } => {
            if let Some(i) = init {
                walk_stmt(v, i);
            }
            if let Some(c) = cond {
                walk_expr(v, c);
            }
            if let Some(p) = post {
                walk_stmt(v, p);
            }
            walk_block(v, body);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            walk_expr(v, x);
            for e in [key, value].into_iter().flatten() {
                walk_expr(v, e);
            }
            walk_block(v, body);
        }
        StmtKind::Switch { init, tag, cases, .. } => {
            if let Some(i) = init {
                walk_stmt(v, i);
            }
            if let Some(t) = tag {
                walk_expr(v, t);
            }
            for c in cases {
                c.values.iter().for_each(|e| walk_expr(v, e));
                walk_stmts(v, &c.body);
            }
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            if let Some(i) = init {
                walk_stmt(v, i);
            }
            walk_expr(v, x);
            for c in cases {
                walk_stmts(v, &c.body);
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(cm) = &c.comm {
                    walk_stmt(v, cm);
                }
                walk_stmts(v, &c.body);
            }
        }
        StmtKind::Return(rs) => rs.iter().for_each(|e| walk_expr(v, e)),
        StmtKind::Labeled { stmt, .. } => walk_stmt(v, stmt),
        StmtKind::Send { ch, value } => {
            walk_expr(v, ch);
            walk_expr(v, value);
        }
    }
}

pub fn walk_expr(v: &mut dyn Visitor, e: &Expr) {
    v.expr(e);
    e.for_each_child(&mut |c| walk_expr(v, c));
}

pub fn walk_block_mut(v: &mut dyn VisitorMut, b: &mut Block) {
    for s in &mut b.stmts {
        walk_stmt_mut(v, s);
    }
}

pub fn walk_stmts_mut(v: &mut dyn VisitorMut, stmts: &mut [Stmt]) {
    for s in stmts {
        walk_stmt_mut(v, s);
    }
}

pub fn walk_stmt_mut(v: &mut dyn VisitorMut, s: &mut Stmt) {
    v.stmt(s);
    match &mut s.kind {
        StmtKind::Empty
        | StmtKind::Decl(_)
        | StmtKind::TypeDecl(_)
        | StmtKind::ConstDecl { .. }
        | StmtKind::Break { .. }
        | StmtKind::Continue { .. }
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough => {}
        StmtKind::Block(b) => walk_block_mut(v, b),
        StmtKind::Expr(e) | StmtKind::Defer(e) | StmtKind::Go(e) => walk_expr_mut(v, e),
        StmtKind::Assign { lhs, rhs, .. } => {
            walk_expr_mut(v, lhs);
            if let Some(r) = rhs {
                walk_expr_mut(v, r);
            }
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            lhs.iter_mut().for_each(|e| walk_expr_mut(v, e));
            rhs.iter_mut().for_each(|e| walk_expr_mut(v, e));
        }
        StmtKind::AssignCall { lhs, call: rhs, .. } | StmtKind::AssignOk { lhs, rhs, .. } => {
            lhs.iter_mut().for_each(|e| walk_expr_mut(v, e));
            walk_expr_mut(v, rhs);
        }
        StmtKind::OpAssign { lhs, rhs, .. } => {
            walk_expr_mut(v, lhs);
            walk_expr_mut(v, rhs);
        }
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                walk_stmt_mut(v, i);
            }
            walk_expr_mut(v, cond);
            walk_block_mut(v, then);
            if let Some(e) = els {
                walk_stmt_mut(v, e);
            }
        }
        StmtKind::For { init, cond, post, body, .. } => {
            if let Some(i) = init {
                walk_stmt_mut(v, i);
            }
            if let Some(c) = cond {
                walk_expr_mut(v, c);
            }
            if let Some(p) = post {
                walk_stmt_mut(v, p);
            }
            walk_block_mut(v, body);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            walk_expr_mut(v, x);
            for e in [key, value].into_iter().flatten() {
                walk_expr_mut(v, e);
            }
            walk_block_mut(v, body);
        }
        StmtKind::Switch { init, tag, cases, .. } => {
            if let Some(i) = init {
                walk_stmt_mut(v, i);
            }
            if let Some(t) = tag {
                walk_expr_mut(v, t);
            }
            for c in cases {
                c.values.iter_mut().for_each(|e| walk_expr_mut(v, e));
                walk_stmts_mut(v, &mut c.body);
            }
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            if let Some(i) = init {
                walk_stmt_mut(v, i);
            }
            walk_expr_mut(v, x);
            for c in cases {
                walk_stmts_mut(v, &mut c.body);
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(cm) = &mut c.comm {
                    walk_stmt_mut(v, cm);
                }
                walk_stmts_mut(v, &mut c.body);
            }
        }
        StmtKind::Return(rs) => rs.iter_mut().for_each(|e| walk_expr_mut(v, e)),
        StmtKind::Labeled { stmt, .. } => walk_stmt_mut(v, stmt),
        StmtKind::Send { ch, value } => {
            walk_expr_mut(v, ch);
            walk_expr_mut(v, value);
        }
    }
}

pub fn walk_expr_mut(v: &mut dyn VisitorMut, e: &mut Expr) {
    v.expr(e);
    e.for_each_child_mut(&mut |c| walk_expr_mut(v, c));
}

impl Expr {
    /// Mutable version of [`Expr::for_each_child`].
    pub fn for_each_child_mut(&mut self, f: &mut dyn FnMut(&mut Expr)) {
        match &mut self.kind {
            ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::Func(_)
            | ExprKind::Const(_)
            | ExprKind::Nil
            | ExprKind::Blank
            | ExprKind::FuncLit { .. }
            | ExprKind::MethodExpr { .. } => {}
            ExprKind::Unary { x, .. }
            | ExprKind::AddrOf { x, .. }
            | ExprKind::Deref { x, .. }
            | ExprKind::Field { x, .. }
            | ExprKind::Conv { x, .. }
            | ExprKind::TypeAssert { x, .. } => f(x),
            ExprKind::Recv { ch, .. } => f(ch),
            ExprKind::MethodValue { recv, .. } => f(recv),
            ExprKind::Binary { x, y, .. }
            | ExprKind::Compare { x, y, .. }
            | ExprKind::Logical { x, y, .. } => {
                f(x);
                f(y)
            }
            ExprKind::AddString { args, .. } => args.iter_mut().for_each(|a| f(a)),
            ExprKind::Index { x, index, .. } => {
                f(x);
                f(index)
            }
            ExprKind::MapIndex { map, key, .. } => {
                f(map);
                f(key)
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                f(x);
                for e in [lo, hi, max].into_iter().flatten() {
                    f(e)
                }
            }
            ExprKind::Call(c) => {
                match &mut c.kind {
                    CallKind::Func(_) => {}
                    CallKind::Method { recv, .. } | CallKind::Interface { recv, .. } => f(recv),
                    CallKind::Value(v) => f(v),
                }
                c.args.iter_mut().for_each(|a| f(a))
            }
            ExprKind::Builtin(b) => b.for_each_arg_mut(f),
            ExprKind::Composite(c) => match &mut **c {
                Composite::Struct(v) => v.iter_mut().for_each(|(_, e)| f(e)),
                Composite::Array(v) | Composite::Slice { elems: v, .. } => {
                    v.iter_mut().for_each(|(_, e)| f(e))
                }
                Composite::Map { entries, .. } => entries.iter_mut().for_each(|(k, v)| {
                    f(k);
                    f(v)
                }),
            },
        }
    }
}

impl Builtin {
    /// Mutable version of [`Builtin::for_each_arg`].
    pub fn for_each_arg_mut(&mut self, f: &mut dyn FnMut(&mut Expr)) {
        match self {
            Builtin::Len(x)
            | Builtin::Cap(x)
            | Builtin::Panic(x)
            | Builtin::Close(x)
            | Builtin::Clear(x) => f(x),
            Builtin::Real(x) | Builtin::Imag(x) => f(x),
            Builtin::Complex(x, y) => {
                f(x);
                f(y)
            }
            Builtin::Append { slice, args, .. } => {
                f(slice);
                args.iter_mut().for_each(|a| f(a))
            }
            Builtin::Copy { dst, src } => {
                f(dst);
                f(src)
            }
            Builtin::MakeSlice { len, cap, .. } => {
                f(len);
                if let Some(c) = cap {
                    f(c)
                }
            }
            Builtin::MakeMap { hint, .. } => {
                if let Some(h) = hint {
                    f(h)
                }
            }
            Builtin::MakeChan { size } => {
                if let Some(s) = size {
                    f(s)
                }
            }
            Builtin::New { .. } | Builtin::Recover => {}
            Builtin::Delete { map, key } => {
                f(map);
                f(key)
            }
            Builtin::Print { args, .. } | Builtin::MinMax { args, .. } => {
                args.iter_mut().for_each(|a| f(a))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::TypeId;
    use syntax::Pos;

    struct Count(usize);
    impl Visitor for Count {
        fn expr(&mut self, _e: &Expr) {
            self.0 += 1;
        }
    }

    struct Renumber;
    impl VisitorMut for Renumber {
        fn expr(&mut self, e: &mut Expr) {
            if let ExprKind::Local(l) = &mut e.kind {
                l.0 += 10;
            }
        }
    }

    #[test]
    fn walks_and_rewrites() {
        let a = Expr::new(Pos::NONE, TypeId::INT, ExprKind::Local(LocalId(0)));
        let b = Expr::new(Pos::NONE, TypeId::INT, ExprKind::Local(LocalId(1)));
        let sum = Expr::new(
            Pos::NONE,
            TypeId::INT,
            ExprKind::Binary { op: BinaryOp::Add, x: Box::new(a), y: Box::new(b) },
        );
        let mut s = Stmt { pos: Pos::NONE, kind: StmtKind::Return(vec![sum]) };
        let mut c = Count(0);
        walk_stmt(&mut c, &s);
        assert_eq!(c.0, 3);
        walk_stmt_mut(&mut Renumber, &mut s);
        let StmtKind::Return(v) = &s.kind else { unreachable!() };
        let ExprKind::Binary { x, y, .. } = &v[0].kind else { unreachable!() };
        assert!(
            matches!(x.kind, ExprKind::Local(LocalId(10)))
                && matches!(y.kind, ExprKind::Local(LocalId(11)))
        );
    }
}
