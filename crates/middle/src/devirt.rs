//! Static devirtualization (gc 1.19's devirtualize package), run after
//! inlining: an interface method call whose receiver's static value is a
//! conversion from a concrete type becomes a direct call of that type's
//! method on `recv.(T)` — `devirtualizing s.Area to Rect`. As in 1.19 the
//! new direct call is not inlined (inlining is over), and calls inside
//! closures are not considered (gc only visits top-level declarations).

use crate::gcfmt::Fmt;
use crate::inline::InlSite;
use std::collections::HashMap;

/// The inliner's expansions, by (function, return label).
pub type Sites = HashMap<(FuncId, LabelId), InlSite>;
use crate::statics::{Defs, static_value};
use syntax::{Diagnostic, Pos};
use types::ir::*;
use types::methodset::MethodImpl;
use types::types::TypeKind;

pub fn run(
    prog: &mut Program,
    pkg: PkgId,
    funcs: &[FuncId],
    report: bool,
    sites: &Sites,
) -> Vec<Diagnostic> {
    let mut out = vec![];
    for &f in funcs {
        if matches!(prog.funcs[f].kind, FuncKind::Closure { parent: Some(_) }) {
            continue;
        }
        let Some(mut body) = prog.funcs[f].body.take() else { continue };
        prog.funcs[f].body = Some(body.clone());
        let defs = Defs::of(prog, f);
        let mut d =
            Devirt { prog, pkg, func: f, defs: &defs, report, out: &mut out, outer: vec![], sites };
        d.stmts(&mut body.stmts);
        prog.funcs[f].body = Some(body);
    }
    out
}

struct Devirt<'a> {
    prog: &'a Program,
    pkg: PkgId,
    func: FuncId,
    defs: &'a Defs,
    report: bool,
    out: &'a mut Vec<Diagnostic>,
    /// Positions of the inlined calls being visited (outermost first).
    outer: Vec<Pos>,
    sites: &'a Sites,
}

impl Devirt<'_> {
    fn stmts(&mut self, ss: &mut [Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        if let (Some(site), StmtKind::Block(b)) =
            (inline_site(self.sites, self.func, s), &mut s.kind)
        {
            let n = site.nparams.min(b.stmts.len());
            let pos = site.pos;
            self.stmts(&mut b.stmts[..n]);
            self.outer.push(pos);
            self.stmts(&mut b.stmts[n..]);
            self.outer.pop();
            return;
        }
        let pushed = false;
        for_each_expr_mut(s, &mut |e| self.expr(e));
        for_each_sub_stmts_mut(s, &mut |ss| self.stmts(ss));
        if pushed {
            self.outer.pop();
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        // pre-order, as ir.VisitList
        self.call(e);
        e.for_each_child_mut(&mut |c| self.expr(c));
    }

    fn call(&mut self, e: &mut Expr) {
        let pos = e.pos;
        let ExprKind::Call(c) = &mut e.kind else { return };
        let CallKind::Interface { recv, name, .. } = &c.kind else { return };
        let r = static_value(self.defs, recv);
        let ExprKind::Conv { kind: ConvKind::ToInterface, x, .. } = &r.kind else { return };
        let typ = x.ty;
        if self.prog.types.is_interface(typ) {
            return;
        }
        // the concrete method
        let ms = self.prog.method_set(typ);
        let Some(m) = ms.iter().find(|m| &m.name == name) else { return };
        let (imp, path) = (m.imp.clone(), m.path.clone());
        let tt = &self.prog.types;
        // the embedded fields on the way to the method: `recv.(T).F1.F2`
        let mut steps = vec![];
        let mut cur = typ;
        for &i in &path {
            let ptr = matches!(tt.kind(cur), TypeKind::Pointer(_));
            let st = if ptr { tt.deref_ptr(cur).unwrap_or(cur) } else { cur };
            let Some(fd) = tt.struct_fields(tt.under(st)).and_then(|fs| fs.get(i)) else { return };
            steps.push((i, fd.name.clone(), fd.ty, ptr));
            cur = fd.ty;
        }
        let partial = matches!(imp, MethodImpl::Interface { .. });
        if let MethodImpl::Static { ptr_recv: true, .. } = imp {
            // a pointer method needs an addressable operand
            if !matches!(tt.kind(cur), TypeKind::Pointer(_)) {
                return;
            }
        }
        let fmt = Fmt::new(self.prog, self.pkg, self.func);
        if self.report {
            let msg = format!(
                "{}devirtualizing {}.{} to {}",
                if partial { "partially " } else { "" },
                fmt.expr_prec(recv, 8),
                name,
                fmt.ty(typ)
            );
            let at = self.outer.first().copied().unwrap_or(pos);
            self.out.push(Diagnostic::info(at, msg));
        }
        let name = name.clone();
        let CallKind::Interface { recv, .. } =
            std::mem::replace(&mut c.kind, CallKind::Value(Box::new(Expr::bad(pos))))
        else {
            unreachable!()
        };
        let rpos = recv.pos;
        let mut x = Expr::new(rpos, typ, ExprKind::TypeAssert { x: recv, comma_ok: false });
        for (index, fname, fty, ptr) in steps {
            x = Expr::new(
                rpos,
                fty,
                ExprKind::Field { x: Box::new(x), index, name: fname, ptr, implicit: true },
            );
        }
        match imp {
            MethodImpl::Static { func, ptr_recv } => {
                let is_ptr = matches!(self.prog.types.kind(x.ty), TypeKind::Pointer(_));
                let recv = if is_ptr && !ptr_recv {
                    let elem = self.prog.types.deref_ptr(x.ty).unwrap_or(x.ty);
                    Expr::new(rpos, elem, ExprKind::Deref { x: Box::new(x), implicit: true })
                } else {
                    x
                };
                c.kind = CallKind::Method { func, recv: Box::new(recv) };
            }
            MethodImpl::Interface { index, .. } => {
                c.kind = CallKind::Interface { recv: Box::new(x), index, name };
            }
        }
    }
}

/// The expansion a statement is, if it is a block made by the inliner.
pub fn inline_site<'a>(sites: &'a Sites, f: FuncId, s: &Stmt) -> Option<&'a InlSite> {
    let StmtKind::Block(b) = &s.kind else { return None };
    let Some(StmtKind::Labeled { label, .. }) = b.stmts.last().map(|s| &s.kind) else {
        return None;
    };
    sites.get(&(f, *label))
}

/// Calls `f` on each expression a statement holds directly.
pub fn for_each_expr_mut(s: &mut Stmt, f: &mut dyn FnMut(&mut Expr)) {
    match &mut s.kind {
        StmtKind::Expr(e) | StmtKind::Defer(e) | StmtKind::Go(e) => f(e),
        StmtKind::Assign { lhs, rhs, .. } => {
            f(lhs);
            if let Some(r) = rhs {
                f(r);
            }
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            lhs.iter_mut().for_each(&mut *f);
            rhs.iter_mut().for_each(f);
        }
        StmtKind::AssignCall { lhs, call: r, .. } | StmtKind::AssignOk { lhs, rhs: r, .. } => {
            lhs.iter_mut().for_each(&mut *f);
            f(r);
        }
        StmtKind::OpAssign { lhs, rhs, .. } => {
            f(lhs);
            f(rhs);
        }
        StmtKind::If { cond, .. } => f(cond),
        StmtKind::For { cond: Some(c), .. } => f(c),
        StmtKind::Range { key, value, x, .. } => {
            f(x);
            if let Some(k) = key {
                f(k);
            }
            if let Some(v) = value {
                f(v);
            }
        }
        StmtKind::Switch { tag, cases, .. } => {
            if let Some(t) = tag {
                f(t);
            }
            for c in cases {
                c.values.iter_mut().for_each(&mut *f);
            }
        }
        StmtKind::TypeSwitch { x, .. } => f(x),
        StmtKind::Return(es) => es.iter_mut().for_each(f),
        StmtKind::Send { ch, value } => {
            f(ch);
            f(value);
        }
        _ => {}
    }
}

/// Calls `f` on every statement list nested directly in `s`.
pub fn for_each_sub_stmts_mut(s: &mut Stmt, f: &mut dyn FnMut(&mut [Stmt])) {
    match &mut s.kind {
        StmtKind::Block(b) => f(&mut b.stmts),
        StmtKind::If { init, then, els, .. } => {
            if let Some(i) = init {
                f(std::slice::from_mut(&mut **i));
            }
            f(&mut then.stmts);
            if let Some(e) = els {
                f(std::slice::from_mut(&mut **e));
            }
        }
        StmtKind::For { init, post, body, .. } => {
            if let Some(i) = init {
                f(std::slice::from_mut(&mut **i));
            }
            if let Some(p) = post {
                f(std::slice::from_mut(&mut **p));
            }
            f(&mut body.stmts);
        }
        StmtKind::Range { body, .. } => f(&mut body.stmts),
        StmtKind::Switch { init, cases, .. } => {
            if let Some(i) = init {
                f(std::slice::from_mut(&mut **i));
            }
            for c in cases {
                f(&mut c.body);
            }
        }
        StmtKind::TypeSwitch { init, cases, .. } => {
            if let Some(i) = init {
                f(std::slice::from_mut(&mut **i));
            }
            for c in cases {
                f(&mut c.body);
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(cm) = &mut c.comm {
                    f(std::slice::from_mut(&mut **cm));
                }
                f(&mut c.body);
            }
        }
        StmtKind::Labeled { stmt, .. } => f(std::slice::from_mut(&mut **stmt)),
        _ => {}
    }
}
