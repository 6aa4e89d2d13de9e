//! gc's RewriteMultiValueCall: a call whose single argument is a
//! multi-value call, `f(g())`, becomes `.autotmp_0, .autotmp_1 := g()`
//! followed by `f(.autotmp_0, .autotmp_1)` with the arguments converted to
//! the parameter types explicitly. The inliner can then expand `f` and `g`,
//! and escape analysis sees the conversions (`.autotmp_0 escapes to heap`)
//! and the `...` slice of a variadic `f` as gc does.
//!
//! Only statements whose expression is the call itself are rewritten (an
//! expression statement, the right side of an assignment or definition, a
//! single `return` value, the operand of `if`/`switch` without init):
//! there, evaluating `g()` first keeps Go's order of evaluation. Other
//! places keep the tuple argument (ssagen converts it).

use syntax::Pos;
use types::TypeId;
use types::ir::*;

/// Rewrites the function's body.
pub fn func(prog: &mut Program, f: FuncId) {
    let Some(mut body) = prog.funcs[f].body.take() else { return };
    let mut r = Rewriter { prog, f };
    body.stmts = r.list(std::mem::take(&mut body.stmts));
    prog.funcs[f].body = Some(body);
}

struct Rewriter<'a> {
    prog: &'a mut Program,
    f: FuncId,
}

impl Rewriter<'_> {
    fn list(&mut self, stmts: Vec<Stmt>) -> Vec<Stmt> {
        let mut out = Vec::with_capacity(stmts.len());
        for mut s in stmts {
            self.nested(&mut s);
            let mut pre = vec![];
            match &mut s.kind {
                StmtKind::Expr(e) => self.top(e, &mut pre),
                StmtKind::Assign { rhs: Some(e), .. } => self.top(e, &mut pre),
                StmtKind::AssignList { rhs, .. } if rhs.len() == 1 => {
                    self.top(&mut rhs[0], &mut pre)
                }
                StmtKind::AssignCall { call, .. } => self.top(call, &mut pre),
                StmtKind::Return(es) if es.len() == 1 => self.top(&mut es[0], &mut pre),
                StmtKind::If { init: None, cond, .. } => self.top(cond, &mut pre),
                StmtKind::Switch { init: None, tag: Some(t), .. } => self.top(t, &mut pre),
                _ => {}
            }
            out.extend(pre);
            out.push(s);
        }
        out
    }

    /// The statement lists inside `s`.
    fn nested(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Block(b) => b.stmts = self.list(std::mem::take(&mut b.stmts)),
            StmtKind::If { then, els, .. } => {
                then.stmts = self.list(std::mem::take(&mut then.stmts));
                if let Some(e) = els {
                    self.nested(e);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                body.stmts = self.list(std::mem::take(&mut body.stmts))
            }
            StmtKind::Switch { cases, .. } => {
                for c in cases {
                    c.body = self.list(std::mem::take(&mut c.body));
                }
            }
            StmtKind::TypeSwitch { cases, .. } => {
                for c in cases {
                    c.body = self.list(std::mem::take(&mut c.body));
                }
            }
            StmtKind::Select { cases, .. } => {
                for c in cases {
                    c.body = self.list(std::mem::take(&mut c.body));
                }
            }
            StmtKind::Labeled { stmt, .. } => self.nested(stmt),
            _ => {}
        }
    }

    /// `e` is evaluated first in its statement: rewrite it if it is (an
    /// implicit conversion of) a call with a multi-value argument.
    fn top(&mut self, e: &mut Expr, pre: &mut Vec<Stmt>) {
        if let ExprKind::Conv { x, implicit: true, .. } = &mut e.kind {
            return self.top(x, pre);
        }
        let pos = e.pos;
        let ExprKind::Call(c) = &mut e.kind else { return };
        if !c.multi || c.args.len() != 1 || !is_call(&c.args[0]) {
            return;
        }
        // operands evaluated before the arguments must not have effects
        let simple = match &c.kind {
            CallKind::Func(_) => true,
            CallKind::Method { recv, .. } | CallKind::Interface { recv, .. } => !has_call(recv),
            CallKind::Value(v) => !has_call(v),
        };
        if !simple {
            return;
        }
        let Some(ptys) = param_types(self.prog, c) else { return };
        let inner = c.args.pop().expect("one argument");
        let tys: Vec<TypeId> =
            self.prog.types.tuple_types(inner.ty).map(|t| t.to_vec()).unwrap_or_default();
        if tys.len() != ptys.len() {
            c.args.push(inner);
            return;
        }
        let ipos = inner.pos;
        // gc names temporaries by the number of declarations so far
        let base = self.declared_before(ipos);
        let temps: Vec<LocalId> =
            tys.iter().enumerate().map(|(i, t)| self.temp(*t, ipos, base + i)).collect();
        let lhs: Vec<Expr> =
            temps.iter().zip(&tys).map(|(l, t)| Expr::new(ipos, *t, ExprKind::Local(*l))).collect();
        pre.push(Stmt {
            pos: ipos,
            kind: StmtKind::AssignCall {
                lhs: lhs.clone(),
                call: inner,
                define: true,
                decls: temps,
            },
        });
        c.args = lhs.into_iter().zip(ptys).map(|(a, pt)| self.convert(a, pt, pos)).collect();
        c.multi = false;
    }

    fn declared_before(&self, p: Pos) -> usize {
        self.prog.funcs[self.f]
            .locals
            .values()
            .filter(|l| match l.kind {
                LocalKind::Param | LocalKind::Result | LocalKind::Recv => true,
                LocalKind::Var | LocalKind::Temp => (l.pos.line, l.pos.col) < (p.line, p.col),
                LocalKind::Captured => false,
            })
            .count()
    }

    fn temp(&mut self, ty: TypeId, pos: Pos, n: usize) -> LocalId {
        let name = format!(".autotmp_{}", n);
        self.prog.funcs[self.f].locals.push(Local {
            name,
            ty,
            pos,
            kind: LocalKind::Temp,
            addr_taken: false,
            captured: false,
            reassigned: false,
            per_iteration: false,
            heap: false,
        })
    }

    fn convert(&self, x: Expr, t: TypeId, _pos: Pos) -> Expr {
        convert(self.prog, x, t)
    }
}

/// The implicit conversion of an argument to its parameter type (as the
/// checker's).
pub fn convert(prog: &Program, x: Expr, t: TypeId) -> Expr {
    let tt = &prog.types;
    if x.ty == t || tt.identical(x.ty, t) {
        return x;
    }
    let kind = if tt.is_interface(t) { ConvKind::ToInterface } else { ConvKind::NoOp };
    Expr::new(x.pos, t, ExprKind::Conv { kind, x: Box::new(x), implicit: true, esc: Esc::Unknown })
}

/// The types the arguments of `c` are converted to (the `...` ones to the
/// slice's element type); `None` if unknown.
pub fn param_types(prog: &Program, c: &Call) -> Option<Vec<TypeId>> {
    let tt = &prog.types;
    let sig = match &c.kind {
        CallKind::Func(f) => prog.funcs[*f].sig,
        CallKind::Method { func, .. } => prog.funcs[*func].sig,
        CallKind::Interface { recv, index, .. } => tt.interface_methods(recv.ty).get(*index)?.sig,
        CallKind::Value(f) => f.ty,
    };
    let s = tt.signature(sig)?;
    let n = tt.tuple_types(c.args.first()?.ty)?.len();
    let mut out = vec![];
    match c.dots {
        DotsKind::Packed { first, slice, .. } => {
            let et = tt.elem(slice)?;
            for i in 0..n {
                out.push(if i < first { s.params.get(i)?.ty } else { et });
            }
        }
        DotsKind::None => {
            for i in 0..n {
                out.push(s.params.get(i)?.ty);
            }
        }
        DotsKind::Spread => return None,
    }
    Some(out)
}

fn is_call(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Call(_))
}

fn has_call(e: &Expr) -> bool {
    struct V(bool);
    impl types::visit::Visitor for V {
        fn expr(&mut self, e: &Expr) {
            if matches!(e.kind, ExprKind::Call(_) | ExprKind::Builtin(_) | ExprKind::Recv { .. }) {
                self.0 = true;
            }
        }
    }
    let mut v = V(false);
    types::visit::walk_expr(&mut v, e);
    v.0
}
