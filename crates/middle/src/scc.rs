//! gc's `ir.VisitFuncsBottomUp`: the strongly connected components of a
//! package's static call graph, callees before callers, each component's
//! functions in gc's stack order. Closures are never roots: they belong to
//! the component of the function that contains them (gc's hidden closures).
//! Only functions of the same package are nodes (gc compiles one package).

use std::collections::HashMap;
use types::ir::*;

pub struct Scc<'a> {
    prog: &'a Program,
    pkg: PkgId,
    id: HashMap<FuncId, u32>,
    visitgen: u32,
    stack: Vec<FuncId>,
    out: Vec<(Vec<FuncId>, bool)>,
}

/// The components of `roots` (in gc's visiting order) as (functions,
/// recursive) in the order gc analyzes them.
pub fn bottom_up(prog: &Program, pkg: PkgId, roots: &[FuncId]) -> Vec<(Vec<FuncId>, bool)> {
    let mut s = Scc { prog, pkg, id: HashMap::new(), visitgen: 0, stack: vec![], out: vec![] };
    for &r in roots {
        if !is_hidden_closure(prog, r) {
            s.visit(r);
        }
    }
    s.out
}

pub fn is_hidden_closure(prog: &Program, f: FuncId) -> bool {
    matches!(prog.funcs[f].kind, FuncKind::Closure { parent: Some(_) })
}

/// The functions a function references, in gc's visiting order.
pub fn refs(prog: &Program, f: FuncId) -> Vec<FuncId> {
    struct V(Vec<FuncId>);
    impl types::visit::Visitor for V {
        fn expr(&mut self, e: &Expr) {
            match &e.kind {
                ExprKind::Func(f) => self.0.push(*f),
                ExprKind::FuncLit { func, .. } => self.0.push(*func),
                ExprKind::MethodValue { method: MethodRef::Static(f), .. }
                | ExprKind::MethodExpr { method: MethodRef::Static(f), .. } => self.0.push(*f),
                ExprKind::Call(c) => match &c.kind {
                    CallKind::Func(f) | CallKind::Method { func: f, .. } => self.0.push(*f),
                    _ => {}
                },
                _ => {}
            }
        }
    }
    let mut v = V(vec![]);
    if let Some(b) = &prog.funcs[f].body {
        types::visit::walk_block(&mut v, b);
    }
    v.0
}

impl Scc<'_> {
    fn visit(&mut self, n: FuncId) -> u32 {
        if let Some(&id) = self.id.get(&n) {
            return id;
        }
        self.visitgen += 1;
        let id = self.visitgen;
        self.id.insert(n, id);
        self.visitgen += 1;
        let mut min = self.visitgen;
        self.stack.push(n);
        for r in refs(self.prog, n) {
            if self.prog.funcs[r].pkg != self.pkg {
                continue;
            }
            let m = self.visit(r);
            if m < min {
                min = m;
            }
        }
        if (min == id || min == id + 1) && !is_hidden_closure(self.prog, n) {
            let recursive = min == id;
            let mut i = self.stack.len();
            while i > 0 {
                i -= 1;
                let x = self.stack[i];
                self.id.insert(x, u32::MAX);
                if x == n {
                    break;
                }
            }
            let block = self.stack.split_off(i);
            self.out.push((block, recursive));
        }
        min
    }
}
