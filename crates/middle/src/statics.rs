//! gc's `ir.StaticValue`: what a local variable that is initialized once and
//! never reassigned holds. The inliner uses it to find the callee of a call
//! through a variable (`f := func() {...}; f()`), devirtualization to find the
//! concrete type behind an interface value.
//!
//! As in gc, a variable counts as reassigned when another assignment
//! statement (`=`, `:=`, tuple assignments) names it, when its address is
//! taken, or when a closure does either; `x += 1` and range assignments do
//! not count (gc's `ir.reassigned` ignores them).

use std::collections::{HashMap, HashSet};
use types::ir::*;

/// Definitions of the locals of one function.
#[derive(Default, Debug)]
pub struct Defs {
    /// The initializing expression of locals defined by `x := e`, `var x = e`
    /// or a tuple `a, b := e1, e2`.
    pub init: HashMap<LocalId, Expr>,
    /// Locals assigned elsewhere (or whose address is taken).
    pub reassigned: HashSet<LocalId>,
}

impl Defs {
    pub fn of(prog: &Program, f: FuncId) -> Defs {
        let mut d = Defs::default();
        let func = &prog.funcs[f];
        if let Some(b) = &func.body {
            let mut w = Walker { prog, defs: &mut d, counts: HashMap::new(), map: None };
            w.stmts(&b.stmts);
            let counts = std::mem::take(&mut w.counts);
            for (l, n) in counts {
                if n > 1 {
                    d.reassigned.insert(l);
                }
            }
        }
        d
    }

    /// Adds the definitions made by statements created after [`Defs::of`]
    /// (inlined bodies, temporaries). Reassignments of new locals are
    /// marked by the caller (they come from the callee's own analysis).
    pub fn absorb(&mut self, prog: &Program, stmts: &[Stmt]) {
        let mut d = Defs::default();
        let mut w = Walker { prog, defs: &mut d, counts: HashMap::new(), map: None };
        w.stmts(stmts);
        for l in d.reassigned {
            self.reassigned.insert(l);
        }
        for (l, e) in d.init {
            self.init.insert(l, e);
        }
    }

    /// The value a local statically holds, if any.
    pub fn value(&self, l: LocalId) -> Option<&Expr> {
        if self.reassigned.contains(&l) {
            return None;
        }
        self.init.get(&l)
    }
}

/// Follows `e` through no-op conversions and locals' static values.
pub fn static_value<'e>(defs: &'e Defs, mut e: &'e Expr) -> &'e Expr {
    for _ in 0..100 {
        match &e.kind {
            ExprKind::Conv { kind: ConvKind::NoOp, x, .. } => e = x,
            ExprKind::Local(l) => match defs.value(*l) {
                Some(v) => e = v,
                None => return e,
            },
            _ => return e,
        }
    }
    e
}

struct Walker<'a> {
    prog: &'a Program,
    defs: &'a mut Defs,
    /// Number of assignments naming each local (definition included).
    counts: HashMap<LocalId, u32>,
    /// Inside a closure: its captured locals mapped to the outer ones.
    map: Option<HashMap<LocalId, LocalId>>,
}

impl Walker<'_> {
    fn canon(&self, l: LocalId) -> Option<LocalId> {
        match &self.map {
            None => Some(l),
            Some(m) => m.get(&l).copied(),
        }
    }

    fn assigned(&mut self, e: &Expr) {
        if let ExprKind::Local(l) = e.kind
            && let Some(c) = self.canon(l)
        {
            *self.counts.entry(c).or_default() += 1;
        }
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for (i, s) in ss.iter().enumerate() {
            // `var x = e`: a Decl followed by the assignment
            if let StmtKind::Assign { lhs, rhs: Some(r), define: false, .. } = &s.kind
                && let ExprKind::Local(l) = lhs.kind
                && self.map.is_none()
                && i > 0
                && matches!(ss[i - 1].kind, StmtKind::Decl(d) if d == l)
            {
                self.defs.init.insert(l, r.clone());
            }
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Assign { lhs, rhs, decls, .. } => {
                if rhs.is_some() || decls.is_empty() {
                    self.assigned(lhs);
                }
                if let (Some(r), ExprKind::Local(l)) = (rhs, &lhs.kind)
                    && decls.contains(l)
                    && self.map.is_none()
                {
                    self.defs.init.insert(*l, r.clone());
                }
            }
            StmtKind::AssignList { lhs, rhs, decls, .. } => {
                for (i, x) in lhs.iter().enumerate() {
                    self.assigned(x);
                    if let ExprKind::Local(l) = x.kind
                        && decls.contains(&l)
                        && self.map.is_none()
                        && i < rhs.len()
                    {
                        self.defs.init.insert(l, rhs[i].clone());
                    }
                }
            }
            StmtKind::AssignCall { lhs, .. } | StmtKind::AssignOk { lhs, .. } => {
                for x in lhs {
                    self.assigned(x);
                    // defined by a tuple assignment gc does not follow
                    self.assigned(x);
                }
            }
            _ => {}
        }
        let mut exprs = vec![];
        stmt_exprs(s, &mut exprs);
        for e in exprs {
            self.expr(e);
        }
        for_each_sub_stmts(s, &mut |ss| self.stmts(ss));
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::AddrOf { x, .. } => {
                if let Some(l) = outer_local(x)
                    && let Some(c) = self.canon(l)
                {
                    self.defs.reassigned.insert(c);
                }
            }
            ExprKind::FuncLit { func, .. } => {
                let cf = &self.prog.funcs[*func];
                let mut m = HashMap::new();
                for c in &cf.captures {
                    if let Some(o) = self.canon(c.outer) {
                        m.insert(c.inner, o);
                    }
                }
                let saved = self.map.replace(m);
                if let Some(b) = &cf.body {
                    self.stmts(&b.stmts);
                }
                self.map = saved;
            }
            _ => {}
        }
        e.for_each_child(&mut |c| self.expr(c));
    }
}

/// The variable an addressable expression is part of (gc's `ir.OuterValue`):
/// `x`, `x.f`, `x[i]` for arrays.
pub fn outer_local(mut e: &Expr) -> Option<LocalId> {
    loop {
        match &e.kind {
            ExprKind::Local(l) => return Some(*l),
            ExprKind::Field { x, ptr: false, .. } => e = x,
            ExprKind::Index { kind: IndexKind::Array, x, .. } => e = x,
            ExprKind::Conv { kind: ConvKind::NoOp, x, .. } => e = x,
            _ => return None,
        }
    }
}

/// The expressions directly held by a statement (not those of nested statements).
pub fn stmt_exprs<'a>(s: &'a Stmt, out: &mut Vec<&'a Expr>) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Defer(e) | StmtKind::Go(e) => out.push(e),
        StmtKind::Assign { lhs, rhs, .. } => {
            out.push(lhs);
            if let Some(r) = rhs {
                out.push(r);
            }
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            out.extend(lhs.iter());
            out.extend(rhs.iter());
        }
        StmtKind::AssignCall { lhs, call: r, .. } | StmtKind::AssignOk { lhs, rhs: r, .. } => {
            out.extend(lhs.iter());
            out.push(r);
        }
        StmtKind::OpAssign { lhs, rhs, .. } => {
            out.push(lhs);
            out.push(rhs);
        }
        StmtKind::If { cond, .. } => out.push(cond),
        StmtKind::For { cond, .. } => out.extend(cond.iter()),
        StmtKind::Range { key, value, x, .. } => {
            out.push(x);
            out.extend(key.iter());
            out.extend(value.iter());
        }
        StmtKind::Switch { tag, cases, .. } => {
            out.extend(tag.iter());
            for c in cases {
                out.extend(c.values.iter());
            }
        }
        StmtKind::TypeSwitch { x, .. } => out.push(x),
        StmtKind::Return(es) => out.extend(es.iter()),
        StmtKind::Send { ch, value } => {
            out.push(ch);
            out.push(value);
        }
        _ => {}
    }
}

/// Calls `f` on every statement list nested directly in `s` (including
/// single nested statements as one-element lists).
pub fn for_each_sub_stmts(s: &Stmt, f: &mut dyn FnMut(&[Stmt])) {
    match &s.kind {
        StmtKind::Block(b) => f(&b.stmts),
        StmtKind::If { init, then, els, .. } => {
            if let Some(i) = init {
                f(std::slice::from_ref(i));
            }
            f(&then.stmts);
            if let Some(e) = els {
                f(std::slice::from_ref(e));
            }
        }
        StmtKind::For { init, post, body, .. } => {
            if let Some(i) = init {
                f(std::slice::from_ref(i));
            }
            if let Some(p) = post {
                f(std::slice::from_ref(p));
            }
            f(&body.stmts);
        }
        StmtKind::Range { body, .. } => f(&body.stmts),
        StmtKind::Switch { init, cases, .. } => {
            if let Some(i) = init {
                f(std::slice::from_ref(i));
            }
            for c in cases {
                f(&c.body);
            }
        }
        StmtKind::TypeSwitch { init, cases, .. } => {
            if let Some(i) = init {
                f(std::slice::from_ref(i));
            }
            for c in cases {
                f(&c.body);
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(cm) = &c.comm {
                    f(std::slice::from_ref(cm));
                }
                f(&c.body);
            }
        }
        StmtKind::Labeled { stmt, .. } => f(std::slice::from_ref(stmt)),
        _ => {}
    }
}
