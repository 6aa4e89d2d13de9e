//! The inliner (gc 1.19's inline/inl.go model, on the typed IR).
//!
//! [`Inliner::can_inline`] decides inlinability with the cost model of
//! [`crate::cost`] and keeps a pristine copy of the body (gc's `fn.Inl`).
//! [`Inliner::inline_calls`] then expands calls in a function body:
//!
//! * children first, so arguments are expanded before the call;
//! * each expansion is reported (`inlining call to f`) at the outermost call
//!   position, then its own body is expanded again (mid-stack inlining),
//!   with a guard against recursive cycles;
//! * the expansion is a block of statements hoisted in front of the
//!   statement that contains the call (gc's order phase does the same):
//!   `params := args` (OAS2), zeroed result variables when they cannot be
//!   declared at the return, the body with fresh locals, labels and closure
//!   copies, every `return` turned into `~R0, ~R1 = …; goto .iN`, and the
//!   label `.iN:` last. The call expression becomes the result variable.
//!   Evaluation order is kept: earlier operands of the same statement that
//!   call functions are spilled to temporaries first, the right operand of
//!   `&&`/`||` becomes an `if`, a loop condition moves into the loop body.
//!   Calls in later `case` values of a switch are reported but not
//!   expanded (they are evaluated lazily).
//!
//! Inlined code keeps the callee's positions (line tables and panics point
//! into the callee); [`InlSite`]s record, per expansion, the outermost call
//! position gc prints messages at.

use crate::cost::{self, Callees, Hairy, static_callee};
use crate::gcfmt::{Fmt, func_name};
use crate::statics::Defs;
use std::collections::{HashMap, HashSet};
use syntax::{Diagnostic, Pos};
use types::TypeId;
use types::ir::*;
use types::visit::{VisitorMut, walk_stmt_mut};

/// gc's `fn.Inl`: what inlining a function needs.
#[derive(Clone, Debug)]
pub struct InlInfo {
    pub cost: i32,
    /// Results can be declared at the (single) return statement.
    pub can_delay_results: bool,
    /// The function as it was when found inlinable (pristine body).
    pub func: Func,
    /// Pristine copies of the closures in the body (nested ones too).
    pub closures: HashMap<FuncId, Func>,
    /// Locals the body reassigns (no static value).
    pub reassigned: HashSet<LocalId>,
}

/// One expanded call.
#[derive(Clone, Debug)]
pub struct InlSite {
    /// Where gc reports things about the inlined code: the outermost call.
    pub pos: Pos,
    pub callee: FuncId,
    /// The result variables (`~R0`, or named results).
    pub results: Vec<LocalId>,
    /// The block's first statements that are the caller's code (parameter
    /// assignments, result declarations), not the callee's.
    pub nparams: usize,
}

/// The inliner's state for the whole program.
pub struct Inliner {
    pub infos: HashMap<FuncId, InlInfo>,
    pub checked: HashSet<FuncId>,
    pub msgs: Vec<Diagnostic>,
    pub m: u32,
    /// Print diagnostics (the package being compiled is the user's).
    pub report: bool,
    /// The package being compiled.
    pub pkg: PkgId,
    /// Expansions, by (caller, return label).
    pub sites: HashMap<(FuncId, LabelId), InlSite>,
    /// Implicit `...` slices made for inlined variadic calls, by (function, position).
    pub dots_sites: HashSet<(FuncId, Pos)>,
    /// Closures made by copying a closure into an inlined body.
    pub cloned_closures: HashSet<FuncId>,
    /// Locals made by inlining: where gc reports them (the outermost call)
    /// and the package of the function they come from.
    pub local_origin: HashMap<(FuncId, LocalId), (Pos, PkgId)>,
    /// Number of locals of each function before inlining.
    pub orig_locals: HashMap<FuncId, usize>,
}

impl Inliner {
    pub fn new(m: u32) -> Inliner {
        Inliner {
            infos: HashMap::new(),
            checked: HashSet::new(),
            msgs: vec![],
            m,
            report: false,
            pkg: PkgId(0),
            sites: HashMap::new(),
            dots_sites: HashSet::new(),
            cloned_closures: HashSet::new(),
            local_origin: HashMap::new(),
            orig_locals: HashMap::new(),
        }
    }
}

impl Callees for Inliner {
    fn inl_cost(&mut self, prog: &Program, f: FuncId) -> Option<i32> {
        if matches!(prog.funcs[f].kind, FuncKind::Closure { .. }) {
            self.can_inline(prog, f);
        }
        self.infos.get(&f).map(|i| i.cost)
    }
}

impl Inliner {
    fn note(&mut self, pos: Pos, msg: String) {
        if self.report {
            self.msgs.push(Diagnostic::info(pos, msg));
        }
    }

    /// gc's CanInline.
    pub fn can_inline(&mut self, prog: &Program, f: FuncId) {
        let func = &prog.funcs[f];
        let name = func_name(prog, self.pkg, f);
        let reason = if func.pragmas.noinline {
            Some("marked go:noinline".to_string())
        } else if func.body.is_none() {
            Some("no function body".to_string())
        } else {
            None
        };
        if let Some(r) = reason {
            if self.m > 1 {
                self.note(decl_pos(prog, f), format!("cannot inline {}: {}", name, r));
            }
            return;
        }
        if !self.checked.insert(f) {
            return;
        }
        let full = self.m >= 2;
        let res = Hairy::new(prog, self, f, full).run();
        match res {
            Ok(cost) => {
                let mut closures = HashMap::new();
                collect_closures(prog, f, &mut closures);
                let info = InlInfo {
                    reassigned: Defs::of(prog, f).reassigned,
                    cost,
                    can_delay_results: can_delay_results(prog, f),
                    func: func.clone(),
                    closures,
                };
                if self.m > 1 {
                    let fmt = Fmt::new(prog, self.pkg, f);
                    let body = func.body.as_ref().map(|b| fmt.stmts(&b.stmts)).unwrap_or_default();
                    let msg = format!(
                        "can inline {} with cost {} as: {} {{ {} }}",
                        name,
                        cost,
                        fmt.func_type(f),
                        body
                    );
                    self.note(decl_pos(prog, f), msg);
                } else if self.m != 0 {
                    self.note(decl_pos(prog, f), format!("can inline {}", name));
                }
                self.infos.insert(f, info);
            }
            Err(reason) => {
                if self.m > 1 {
                    self.note(decl_pos(prog, f), format!("cannot inline {}: {}", name, reason));
                }
            }
        }
    }

    /// gc's method wrappers (`(*T).M` for value methods, promoted methods),
    /// generated for the type descriptors of the package's named types after
    /// escape analysis, get their call inlined: `<autogenerated>:1:
    /// inlining call to T.M`.
    pub fn report_wrappers(&mut self, prog: &mut Program, pkg: PkgId) -> Vec<Diagnostic> {
        use types::methodset::MethodImpl;
        let mut tys: Vec<TypeId> = prog.packages[pkg]
            .named_types
            .iter()
            .copied()
            .filter(|t| {
                let nt = prog.types.named_id(*t).map(|n| &prog.types.named[n]);
                nt.is_some_and(|n| n.local_index.is_none() && n.type_params.is_empty())
                    && !prog.types.is_interface(*t)
            })
            .collect();
        tys.sort_by_key(|t| {
            prog.types.named_id(*t).map(|n| prog.types.named[n].name.clone()).unwrap_or_default()
        });
        let marker = Pos { file: syntax::FileId(u32::MAX), line: 1, col: 0 };
        let saved = std::mem::take(&mut self.msgs);
        for t in tys {
            let pt = prog.types.pointer(t);
            for (rt, is_ptr) in [(t, false), (pt, true)] {
                for m in prog.method_set(rt) {
                    let MethodImpl::Static { func, ptr_recv } = m.imp else { continue };
                    if m.path.is_empty() && ptr_recv == is_ptr {
                        continue; // same receiver: no wrapper
                    }
                    if is_ptr && ptr_recv && !m.path.is_empty() {
                        continue; // a tail call
                    }
                    if !prog.funcs[func].closures.is_empty() {
                        continue;
                    }
                    let Some(info) = self.infos.get(&func) else { continue };
                    if info.cost > cost::MAX_BUDGET {
                        continue;
                    }
                    let body = info.func.body.clone();
                    let msg = format!("inlining call to {}", func_name(prog, pkg, func));
                    self.note(marker, msg);
                    let mut stack = vec![func];
                    if let Some(b) = body {
                        self.report_stmts(prog, &b.stmts, marker, &mut stack, cost::MAX_BUDGET);
                    }
                }
            }
        }
        let got = std::mem::replace(&mut self.msgs, saved);
        got.into_iter()
            .map(|d| {
                if d.pos.file.0 == u32::MAX {
                    Diagnostic::info(Pos::NONE, format!("<autogenerated>:1: {}", d.msg))
                } else {
                    d
                }
            })
            .collect()
    }

    /// Reports the expansions gc makes in `e` (a package-level variable
    /// initializer) without performing them.
    pub fn report_var_init_calls(&mut self, prog: &Program, e: &Expr) {
        let mut stack = vec![];
        self.report_expr(prog, e, None, &mut stack, cost::MAX_BUDGET);
    }

    fn report_stmts(
        &mut self,
        prog: &Program,
        ss: &[Stmt],
        outer: Pos,
        stack: &mut Vec<FuncId>,
        max_cost: i32,
    ) {
        for s in ss {
            let mut es = vec![];
            crate::statics::stmt_exprs(s, &mut es);
            for e in es {
                self.report_expr(prog, e, Some(outer), stack, max_cost);
            }
            crate::statics::for_each_sub_stmts(s, &mut |sub| {
                self.report_stmts(prog, sub, outer, stack, max_cost)
            });
        }
    }

    fn report_expr(
        &mut self,
        prog: &Program,
        e: &Expr,
        outer: Option<Pos>,
        stack: &mut Vec<FuncId>,
        max_cost: i32,
    ) {
        e.for_each_child(&mut |c| self.report_expr(prog, c, outer, stack, max_cost));
        let ExprKind::Call(c) = &e.kind else { return };
        let Some(f) = static_callee(prog, None, c) else { return };
        if cost::is_intrinsic(prog, f) || stack.contains(&f) {
            return;
        }
        if matches!(prog.funcs[f].kind, FuncKind::Closure { .. }) {
            self.can_inline(prog, f);
        }
        let Some(info) = self.infos.get(&f) else { return };
        if info.cost > max_cost {
            return;
        }
        let body = info.func.body.clone();
        let pos = outer.unwrap_or(e.pos);
        let msg = format!("inlining call to {}", func_name(prog, self.pkg, f));
        self.note(pos, msg);
        stack.push(f);
        if let Some(b) = body {
            self.report_stmts(prog, &b.stmts, pos, stack, max_cost);
        }
        stack.pop();
    }

    /// gc's InlineCalls: expands the calls in `f`'s body.
    pub fn inline_calls(&mut self, prog: &mut Program, f: FuncId) {
        let Some(body) = prog.funcs[f].body.take() else { return };
        let max_cost = if cost::is_big_func_body(&body) { 20 } else { cost::MAX_BUDGET };
        let defs = {
            prog.funcs[f].body = Some(body);

            Defs::of(prog, f)
        };
        let mut body = prog.funcs[f].body.take().unwrap();
        let first_new = prog.funcs[f].locals.len();
        self.orig_locals.insert(f, first_new);
        let mut p = Pass {
            prog,
            st: self,
            caller: f,
            max_cost,
            stack: vec![],
            outer: None,
            defs,
            first_new_local: first_new,
            multi: None,
            no_expand: 0,
        };
        body.stmts = p.block(std::mem::take(&mut body.stmts));
        p.prog.funcs[f].body = Some(body);
    }
}

/// Where gc reports things about a function declaration: the token after
/// `func` — the name, or for methods the receiver's `(`.
pub fn decl_pos(prog: &Program, f: FuncId) -> Pos {
    let func = &prog.funcs[f];
    if let (FuncKind::Method { .. }, Some(r)) = (&func.kind, func.recv) {
        let rp = func.locals[r].pos;
        if rp.is_known() && rp.col > 1 {
            return Pos { col: rp.col - 1, ..rp };
        }
    }
    func.pos
}

/// The closures in `f`'s body (transitively), as they are now.
fn collect_closures(prog: &Program, f: FuncId, out: &mut HashMap<FuncId, Func>) {
    for c in &prog.funcs[f].closures {
        if !out.contains_key(c) {
            out.insert(*c, prog.funcs[*c].clone());
            collect_closures(prog, *c, out);
        }
    }
    // closures made by inlining are not in `closures` of a pristine body,
    // but a body can reference closures listed elsewhere: find them all
    struct V(Vec<FuncId>);
    impl types::visit::Visitor for V {
        fn expr(&mut self, e: &Expr) {
            if let ExprKind::FuncLit { func, .. } = e.kind {
                self.0.push(func);
            }
        }
    }
    let mut v = V(vec![]);
    if let Some(b) = &prog.funcs[f].body {
        types::visit::walk_block(&mut v, b);
    }
    for c in v.0 {
        if let std::collections::hash_map::Entry::Vacant(e) = out.entry(c) {
            e.insert(prog.funcs[c].clone());
            collect_closures(prog, c, out);
        }
    }
}

/// gc's canDelayResults: exactly one return statement, with results, and
/// no named results.
fn can_delay_results(prog: &Program, f: FuncId) -> bool {
    struct V(u32);
    impl types::visit::Visitor for V {
        fn stmt(&mut self, s: &Stmt) {
            if let StmtKind::Return(es) = &s.kind {
                self.0 += if es.is_empty() { 2 } else { 1 };
            }
        }
    }
    let func = &prog.funcs[f];
    let mut v = V(0);
    if let Some(b) = &func.body {
        types::visit::walk_block(&mut v, b);
    }
    if v.0 != 1 {
        return false;
    }
    func.results.iter().all(|r| {
        let n = &func.locals[*r].name;
        n.is_empty() || n == "_" || n.starts_with("~r")
    })
}

/// Rewrites ids of a copied body into the caller's.
struct Remap<'a> {
    locals: &'a HashMap<LocalId, LocalId>,
    labels: &'a HashMap<LabelId, LabelId>,
    target_off: u32,
    closures: &'a HashMap<FuncId, FuncId>,
}

impl Remap<'_> {
    fn l(&self, l: &mut LocalId) {
        if let Some(n) = self.locals.get(l) {
            *l = *n;
        }
    }
    fn lab(&self, l: &mut LabelId) {
        if let Some(n) = self.labels.get(l) {
            *l = *n;
        }
    }
    fn labo(&self, l: &mut Option<LabelId>) {
        if let Some(x) = l {
            self.lab(x);
        }
    }
    fn t(&self, t: &mut TargetId) {
        t.0 += self.target_off;
    }
}

impl VisitorMut for Remap<'_> {
    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Decl(l) => self.l(l),
            StmtKind::Assign { decls, .. }
            | StmtKind::AssignList { decls, .. }
            | StmtKind::AssignCall { decls, .. }
            | StmtKind::AssignOk { decls, .. } => decls.iter_mut().for_each(|d| self.l(d)),
            StmtKind::For { target, label, .. } => {
                self.t(target);
                self.labo(label);
            }
            StmtKind::Range { target, label, decls, .. } => {
                self.t(target);
                self.labo(label);
                decls.iter_mut().for_each(|d| self.l(d));
            }
            StmtKind::Switch { target, label, .. } | StmtKind::Select { target, label, .. } => {
                self.t(target);
                self.labo(label);
            }
            StmtKind::TypeSwitch { target, label, cases, .. } => {
                self.t(target);
                self.labo(label);
                for c in cases {
                    if let Some(l) = &mut c.local {
                        self.l(l);
                    }
                }
            }
            StmtKind::Break { target, label } | StmtKind::Continue { target, label } => {
                self.t(target);
                self.labo(label);
            }
            StmtKind::Goto(l) => self.lab(l),
            StmtKind::Labeled { label, .. } => self.lab(label),
            _ => {}
        }
    }
    fn expr(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Local(l) => self.l(l),
            ExprKind::FuncLit { func, .. } => {
                if let Some(n) = self.closures.get(func) {
                    *func = *n;
                }
            }
            _ => {}
        }
    }
}

/// Replaces `return` statements of an inlined body.
struct Returns<'a> {
    results: &'a [LocalId],
    result_tys: &'a [TypeId],
    label: LabelId,
    delay: bool,
    call_pos: Pos,
}

impl VisitorMut for Returns<'_> {
    fn stmt(&mut self, s: &mut Stmt) {
        let StmtKind::Return(es) = &mut s.kind else { return };
        let es = std::mem::take(es);
        let pos = self.call_pos;
        let mut list = vec![];
        if !self.results.is_empty() && !es.is_empty() {
            let lhs: Vec<Expr> = self
                .results
                .iter()
                .zip(self.result_tys)
                .map(|(l, t)| Expr::new(pos, *t, ExprKind::Local(*l)))
                .collect();
            let decls = if self.delay { self.results.to_vec() } else { vec![] };
            if es.len() == 1 && self.results.len() > 1 {
                list.push(Stmt {
                    pos,
                    kind: StmtKind::AssignCall {
                        lhs,
                        call: es.into_iter().next().unwrap(),
                        define: self.delay,
                        decls,
                    },
                });
            } else {
                list.push(Stmt {
                    pos,
                    kind: StmtKind::AssignList { lhs, rhs: es, define: self.delay, decls },
                });
            }
        }
        list.push(Stmt { pos, kind: StmtKind::Goto(self.label) });
        *s = Stmt { pos, kind: StmtKind::Block(Block { pos, end: pos, stmts: list }) };
    }
}

/// One InlineCalls run over a function body.
struct Pass<'a> {
    prog: &'a mut Program,
    st: &'a mut Inliner,
    caller: FuncId,
    max_cost: i32,
    /// Functions being expanded (gc's inlMap).
    stack: Vec<FuncId>,
    /// The outermost call position while expanding an inlined body.
    outer: Option<Pos>,
    defs: Defs,
    first_new_local: usize,
    /// Result variables of the last expanded multi-value call.
    multi: Option<Vec<LocalId>>,
    /// Report expansions but do not perform them (lazily evaluated operands).
    no_expand: u32,
}

fn void_marker(pos: Pos, ty: TypeId) -> Expr {
    Expr::new(pos, ty, ExprKind::Blank)
}

fn is_marker(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Blank)
}

/// Operands whose evaluation must stay before a later inlined body.
fn needs_spill(e: &Expr) -> bool {
    let mut found = false;
    fn walk(e: &Expr, found: &mut bool) {
        if *found {
            return;
        }
        match &e.kind {
            ExprKind::Call(_) | ExprKind::Recv { .. } => *found = true,
            ExprKind::Builtin(b)
                if matches!(
                    **b,
                    Builtin::Append { .. }
                        | Builtin::Copy { .. }
                        | Builtin::Delete { .. }
                        | Builtin::Recover
                        | Builtin::Print { .. }
                        | Builtin::Panic(_)
                        | Builtin::Close(_)
                ) =>
            {
                *found = true
            }
            ExprKind::FuncLit { .. } => {}
            _ => e.for_each_child(&mut |c| walk(c, found)),
        }
    }
    walk(e, &mut found);
    found
}

/// The operands of an assignable expression (the variable itself is not one).
fn lvalue_operands<'e>(e: &'e mut Expr, out: &mut Vec<&'e mut Expr>) {
    let is_operand = !matches!(
        &e.kind,
        ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::Blank
            | ExprKind::Field { ptr: false, .. }
            | ExprKind::Index { .. }
            | ExprKind::MapIndex { .. }
            | ExprKind::Conv { kind: ConvKind::NoOp, .. }
            | ExprKind::Deref { .. }
            | ExprKind::Field { ptr: true, .. }
    );
    if is_operand {
        out.push(e);
        return;
    }
    match &mut e.kind {
        ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Blank => {}
        ExprKind::Field { x, ptr: false, .. } => lvalue_operands(x, out),
        ExprKind::Index { kind: IndexKind::Array, x, index } => {
            lvalue_operands(x, out);
            out.push(index);
        }
        ExprKind::Index { x, index, .. } => {
            out.push(x);
            out.push(index);
        }
        ExprKind::MapIndex { map, key, .. } => {
            out.push(map);
            out.push(key);
        }
        ExprKind::Conv { kind: ConvKind::NoOp, x, .. } => lvalue_operands(x, out),
        ExprKind::Deref { x, .. } | ExprKind::Field { x, ptr: true, .. } => out.push(x),
        _ => {}
    }
}

impl Pass<'_> {
    fn func(&mut self) -> &mut Func {
        &mut self.prog.funcs[self.caller]
    }

    fn new_local(&mut self, name: String, ty: TypeId, pos: Pos, kind: LocalKind) -> LocalId {
        self.func().locals.push(Local {
            name,
            ty,
            pos,
            kind,
            addr_taken: false,
            captured: false,
            reassigned: false,
            per_iteration: false,
            heap: false,
        })
    }

    fn temp(&mut self, ty: TypeId, pos: Pos) -> LocalId {
        let n = self.func().locals.len();
        let t = self.new_local(format!(".autotmp_{}", n), ty, pos, LocalKind::Temp);
        if let Some(o) = self.outer {
            let pkg = self.prog.funcs[self.caller].pkg;
            self.st.local_origin.insert((self.caller, t), (o, pkg));
        }
        t
    }

    fn block(&mut self, stmts: Vec<Stmt>) -> Vec<Stmt> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            let before = out.len();
            self.stmt(s, &mut out);
            if let Some(last) = out.last()
                && out.len() > before
            {
                let last = last.clone();
                self.absorb(std::slice::from_ref(&last));
            }
        }
        out
    }

    /// Records definitions made by new statements (for static values).
    fn absorb(&mut self, stmts: &[Stmt]) {
        let prog: &Program = self.prog;
        self.defs.absorb(prog, stmts);
    }

    /// Processes one statement into `out` (its hoisted statements first).
    fn stmt(&mut self, mut s: Stmt, out: &mut Vec<Stmt>) {
        let pos = s.pos;
        match &mut s.kind {
            StmtKind::Empty
            | StmtKind::Decl(_)
            | StmtKind::TypeDecl(_)
            | StmtKind::ConstDecl { .. }
            | StmtKind::Break { .. }
            | StmtKind::Continue { .. }
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough => {}
            StmtKind::Block(b) => {
                let ss = std::mem::take(&mut b.stmts);
                b.stmts = self.block(ss);
            }
            StmtKind::Expr(e) => {
                self.expr(e, out);
                if is_marker(e) || matches!(e.kind, ExprKind::Local(_)) {
                    return;
                }
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                let mut ops = vec![];
                lvalue_operands(lhs, &mut ops);
                if let Some(r) = rhs {
                    ops.push(r);
                }
                self.seq(ops, out);
            }
            StmtKind::AssignList { lhs, rhs, .. } => {
                let mut ops = vec![];
                for l in lhs.iter_mut() {
                    lvalue_operands(l, &mut ops);
                }
                ops.extend(rhs.iter_mut());
                self.seq(ops, out);
            }
            StmtKind::AssignCall { lhs, call, define, decls } => {
                let mut ops = vec![];
                for l in lhs.iter_mut() {
                    lvalue_operands(l, &mut ops);
                }
                ops.push(call);
                self.multi = None;
                self.seq(ops, out);
                if let Some(rs) = self.multi.take() {
                    let rhs = self.result_exprs(&rs, call.pos);
                    s.kind = StmtKind::AssignList {
                        lhs: std::mem::take(lhs),
                        rhs,
                        define: *define,
                        decls: std::mem::take(decls),
                    };
                }
            }
            StmtKind::AssignOk { lhs, rhs, .. } => {
                let mut ops = vec![];
                for l in lhs.iter_mut() {
                    lvalue_operands(l, &mut ops);
                }
                // the comma-ok operand's children, in order
                let mut kids: Vec<&mut Expr> = vec![];
                match &mut rhs.kind {
                    ExprKind::TypeAssert { x, .. } => kids.push(x),
                    ExprKind::MapIndex { map, key, .. } => {
                        kids.push(map);
                        kids.push(key);
                    }
                    ExprKind::Recv { ch, .. } => kids.push(ch),
                    _ => {}
                }
                ops.extend(kids);
                self.seq(ops, out);
            }
            StmtKind::OpAssign { lhs, rhs, .. } => {
                let mut ops = vec![];
                lvalue_operands(lhs, &mut ops);
                ops.push(rhs);
                self.seq(ops, out);
            }
            StmtKind::If { init, cond, then, els } => {
                let init_list = init.take().map(|i| {
                    let mut v = vec![];
                    self.stmt(*i, &mut v);
                    v
                });
                let mut cpre = vec![];
                self.expr(cond, &mut cpre);
                let ts = std::mem::take(&mut then.stmts);
                then.stmts = self.block(ts);
                if let Some(e) = els.take() {
                    let v = self.block(vec![*e]);
                    *els = Some(Box::new(one_stmt(v, pos)));
                }
                match init_list {
                    Some(mut v) if v.len() == 1 && cpre.is_empty() => {
                        *init = Some(Box::new(v.pop().unwrap()));
                    }
                    Some(v) => {
                        out.extend(v);
                        out.extend(cpre);
                    }
                    None => out.extend(cpre),
                }
            }
            StmtKind::For { target, init, cond, post, body, .. } => {
                if let Some(i) = init.take() {
                    let mut v = vec![];
                    self.stmt(*i, &mut v);
                    let last = v.pop();
                    out.extend(v);
                    *init = last.map(Box::new);
                }
                let mut cpre = vec![];
                if let Some(c) = cond {
                    self.expr(c, &mut cpre);
                }
                if let Some(p) = post.take() {
                    let v = self.block(vec![*p]);
                    if !v.is_empty() {
                        *post = Some(Box::new(one_stmt(v, pos)));
                    }
                }
                let bs = std::mem::take(&mut body.stmts);
                let mut bs = self.block(bs);
                if !cpre.is_empty() {
                    let c = cond.take().unwrap();
                    let cp = c.pos;
                    let not =
                        Expr::new(cp, c.ty, ExprKind::Unary { op: UnaryOp::Not, x: Box::new(c) });
                    let brk =
                        Stmt { pos: cp, kind: StmtKind::Break { target: *target, label: None } };
                    let iff = Stmt {
                        pos: cp,
                        kind: StmtKind::If {
                            init: None,
                            cond: not,
                            then: Block { pos: cp, end: cp, stmts: vec![brk] },
                            els: None,
                        },
                    };
                    let mut nb = cpre;
                    nb.push(iff);
                    nb.append(&mut bs);
                    bs = nb;
                }
                body.stmts = bs;
            }
            StmtKind::Range { key, value, x, body, .. } => {
                self.expr(x, out);
                let mut ops = vec![];
                for k in [key, value].into_iter().flatten() {
                    lvalue_operands(k, &mut ops);
                }
                self.seq(ops, out);
                let bs = std::mem::take(&mut body.stmts);
                body.stmts = self.block(bs);
            }
            StmtKind::Switch { init, tag, cases, .. } => {
                if let Some(i) = init.take() {
                    let mut v = vec![];
                    self.stmt(*i, &mut v);
                    let last = v.pop();
                    out.extend(v);
                    *init = last.map(Box::new);
                }
                let mut tpre = vec![];
                if let Some(t) = tag {
                    self.expr(t, &mut tpre);
                }
                if !tpre.is_empty() {
                    if let Some(i) = init.take() {
                        out.push(*i);
                    }
                    out.extend(tpre);
                }
                let mut first = true;
                for c in cases.iter_mut() {
                    for v in c.values.iter_mut() {
                        if first {
                            first = false;
                            let mut vpre = vec![];
                            self.expr(v, &mut vpre);
                            if !vpre.is_empty() {
                                if let Some(i) = init.take() {
                                    out.push(*i);
                                }
                                out.extend(vpre);
                            }
                        } else {
                            self.lazy_expr(v);
                        }
                    }
                    let b = std::mem::take(&mut c.body);
                    c.body = self.block(b);
                }
            }
            StmtKind::TypeSwitch { init, x, cases, .. } => {
                if let Some(i) = init.take() {
                    let mut v = vec![];
                    self.stmt(*i, &mut v);
                    let last = v.pop();
                    out.extend(v);
                    *init = last.map(Box::new);
                }
                let mut xpre = vec![];
                self.expr(x, &mut xpre);
                if !xpre.is_empty() {
                    if let Some(i) = init.take() {
                        out.push(*i);
                    }
                    out.extend(xpre);
                }
                for c in cases.iter_mut() {
                    let b = std::mem::take(&mut c.body);
                    c.body = self.block(b);
                }
            }
            StmtKind::Select { cases, .. } => {
                for c in cases.iter_mut() {
                    let b = std::mem::take(&mut c.body);
                    c.body = self.block(b);
                }
            }
            StmtKind::Return(es) => {
                self.multi = None;
                let ops: Vec<&mut Expr> = es.iter_mut().collect();
                self.seq(ops, out);
                if let Some(rs) = self.multi.take() {
                    *es = self.result_exprs(&rs, pos);
                }
            }
            StmtKind::Labeled { stmt, .. } => {
                let inner = std::mem::replace(&mut **stmt, Stmt { pos, kind: StmtKind::Empty });
                let v = self.block(vec![inner]);
                **stmt = one_stmt(v, pos);
            }
            StmtKind::Defer(e) | StmtKind::Go(e) => {
                // the deferred call itself is never inlined, its operands are
                let mut ops: Vec<&mut Expr> = vec![];
                match &mut e.kind {
                    ExprKind::Call(c) => {
                        let c = &mut **c;
                        match &mut c.kind {
                            CallKind::Method { recv, .. } | CallKind::Interface { recv, .. } => {
                                ops.push(recv)
                            }
                            CallKind::Value(v) => ops.push(v),
                            CallKind::Func(_) => {}
                        }
                        ops.extend(c.args.iter_mut());
                    }
                    ExprKind::Builtin(b) => b.for_each_arg_mut_collect(&mut ops),
                    _ => {}
                }
                self.seq(ops, out);
            }
            StmtKind::Send { ch, value } => {
                self.seq(vec![ch, value], out);
            }
        }
        out.push(s);
    }

    fn result_exprs(&mut self, rs: &[LocalId], pos: Pos) -> Vec<Expr> {
        rs.iter()
            .map(|l| {
                let ty = self.func().locals[*l].ty;
                Expr::new(pos, ty, ExprKind::Local(*l))
            })
            .collect()
    }

    /// Operands evaluated in order: when one of them expands an inlined
    /// body, the earlier ones that call functions are evaluated first
    /// (spilled to temporaries).
    fn seq(&mut self, es: Vec<&mut Expr>, pre: &mut Vec<Stmt>) {
        let mut done: Vec<&mut Expr> = vec![];
        for e in es {
            let mut p = vec![];
            self.expr(e, &mut p);
            if !p.is_empty() {
                for d in done.iter_mut() {
                    if needs_spill(d) && !crate::cost::is_tuple_call(self.prog, d) {
                        self.spill(d, pre);
                    }
                }
                pre.extend(p);
            }
            done.push(e);
        }
    }

    fn spill(&mut self, e: &mut Expr, pre: &mut Vec<Stmt>) {
        let pos = e.pos;
        let t = self.temp(e.ty, pos);
        let val = std::mem::replace(e, Expr::new(pos, e.ty, ExprKind::Local(t)));
        let st = Stmt {
            pos,
            kind: StmtKind::Assign {
                lhs: Expr::new(pos, val.ty, ExprKind::Local(t)),
                rhs: Some(val),
                define: true,
                decls: vec![t],
            },
        };
        self.absorb(std::slice::from_ref(&st));
        pre.push(st);
    }

    /// An operand that is evaluated lazily: expansions are reported but the
    /// calls stay calls.
    fn lazy_expr(&mut self, e: &mut Expr) {
        self.no_expand += 1;
        let mut junk = vec![];
        self.expr(e, &mut junk);
        self.no_expand -= 1;
    }

    fn expr(&mut self, e: &mut Expr, pre: &mut Vec<Stmt>) {
        match &mut e.kind {
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
            | ExprKind::TypeAssert { x, .. } => self.expr(x, pre),
            ExprKind::Recv { ch, .. } => self.expr(ch, pre),
            ExprKind::MethodValue { recv, .. } => self.expr(recv, pre),
            ExprKind::Binary { x, y, .. } | ExprKind::Compare { x, y, .. } => {
                self.seq(vec![x, y], pre)
            }
            ExprKind::Logical { and, x, y } => {
                self.expr(x, pre);
                let mut ypre = vec![];
                if self.no_expand > 0 {
                    self.expr(y, &mut ypre);
                    return;
                }
                self.expr(y, &mut ypre);
                if !ypre.is_empty() {
                    let and = *and;
                    let pos = e.pos;
                    let ty = e.ty;
                    let t = self.temp(ty, pos);
                    self.defs.reassigned.insert(t);
                    let ExprKind::Logical { x, y, .. } =
                        std::mem::replace(&mut e.kind, ExprKind::Local(t))
                    else {
                        unreachable!()
                    };
                    let tv = Expr::new(pos, ty, ExprKind::Local(t));
                    pre.push(Stmt {
                        pos,
                        kind: StmtKind::Assign {
                            lhs: tv.clone(),
                            rhs: Some(*x),
                            define: true,
                            decls: vec![t],
                        },
                    });
                    let cond = if and {
                        tv.clone()
                    } else {
                        Expr::new(
                            pos,
                            ty,
                            ExprKind::Unary { op: UnaryOp::Not, x: Box::new(tv.clone()) },
                        )
                    };
                    ypre.push(Stmt {
                        pos,
                        kind: StmtKind::Assign {
                            lhs: tv,
                            rhs: Some(*y),
                            define: false,
                            decls: vec![],
                        },
                    });
                    pre.push(Stmt {
                        pos,
                        kind: StmtKind::If {
                            init: None,
                            cond,
                            then: Block { pos, end: pos, stmts: ypre },
                            els: None,
                        },
                    });
                }
            }
            ExprKind::AddString { args, .. } => self.seq(args.iter_mut().collect(), pre),
            ExprKind::Index { x, index, .. } => self.seq(vec![x, index], pre),
            ExprKind::MapIndex { map, key, .. } => self.seq(vec![map, key], pre),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let mut v: Vec<&mut Expr> = vec![x];
                for p in [lo, hi, max].into_iter().flatten() {
                    v.push(p);
                }
                self.seq(v, pre)
            }
            ExprKind::Builtin(b) => {
                let mut v: Vec<&mut Expr> = vec![];
                b.for_each_arg_mut_collect(&mut v);
                self.seq(v, pre)
            }
            ExprKind::Composite(c) => {
                let mut v: Vec<&mut Expr> = vec![];
                match &mut **c {
                    Composite::Struct(xs) => v.extend(xs.iter_mut().map(|(_, x)| x)),
                    Composite::Array(xs) | Composite::Slice { elems: xs, .. } => {
                        v.extend(xs.iter_mut().map(|(_, x)| x))
                    }
                    Composite::Map { entries, .. } => {
                        for (k, x) in entries.iter_mut() {
                            v.push(k);
                            v.push(x);
                        }
                    }
                }
                self.seq(v, pre)
            }
            ExprKind::Call(c) => {
                {
                    let c = &mut **c;
                    let mut v: Vec<&mut Expr> = vec![];
                    match &mut c.kind {
                        CallKind::Method { recv, .. } | CallKind::Interface { recv, .. } => {
                            v.push(recv)
                        }
                        CallKind::Value(f) => v.push(f),
                        CallKind::Func(_) => {}
                    }
                    let multi = c.multi && c.args.len() == 1;
                    v.extend(c.args.iter_mut());
                    if multi {
                        self.multi = None;
                    }
                    self.seq(v, pre);
                    // `f(g())` with g expanded: f's arguments are g's results
                    if multi
                        && self.no_expand == 0
                        && let Some(rs) = self.multi.take()
                    {
                        let pos = c.args[0].pos;
                        let tys = crate::multicall::param_types(self.prog, c);
                        if let Some(tys) = tys.filter(|t| t.len() == rs.len()) {
                            let args = self.result_exprs(&rs, pos);
                            c.args = args
                                .into_iter()
                                .zip(tys)
                                .map(|(a, t)| crate::multicall::convert(self.prog, a, t))
                                .collect();
                            c.multi = false;
                        }
                    }
                }
                if let Some(f) = self.inline_target(e) {
                    self.mkinlcall(e, f, pre);
                }
            }
        }
    }

    /// The function a call expands to, if it does (gc's inlnode checks and
    /// mkinlcall's refusals).
    fn inline_target(&mut self, e: &Expr) -> Option<FuncId> {
        let ExprKind::Call(c) = &e.kind else { return None };
        let f = static_callee(self.prog, Some(&self.defs), c)?;
        if cost::is_intrinsic(self.prog, f) {
            return None;
        }
        if matches!(self.prog.funcs[f].kind, FuncKind::Closure { .. }) {
            let prog: &Program = self.prog;
            self.st.can_inline(prog, f);
        }
        let info = self.st.infos.get(&f)?;
        if info.cost > self.max_cost || f == self.caller {
            return None;
        }
        if let FuncKind::Closure { parent } = self.prog.funcs[f].kind {
            // captured variables must be the caller's
            if !self.prog.funcs[f].captures.is_empty() && parent != Some(self.caller) {
                return None;
            }
        }
        if self.stack.contains(&f) {
            if self.st.m > 1 {
                let pos = self.outer.unwrap_or(e.pos);
                let msg = format!(
                    "cannot inline {} into {}: repeated recursive cycle",
                    func_name(self.prog, self.st.pkg, f),
                    func_name(self.prog, self.st.pkg, self.caller)
                );
                self.st.note(pos, msg);
            }
            return None;
        }
        Some(f)
    }

    /// Expands the call `e` to `callee`; `e` becomes the result.
    fn mkinlcall(&mut self, e: &mut Expr, callee: FuncId, pre: &mut Vec<Stmt>) {
        let call_pos = e.pos;
        let outer = self.outer.unwrap_or(call_pos);
        let msg = format!("inlining call to {}", func_name(self.prog, self.st.pkg, callee));
        self.st.note(outer, msg);
        if self.no_expand > 0 {
            // report the nested expansions too
            let body = self.st.infos[&callee].func.body.clone();
            let mut stack = self.stack.clone();
            stack.push(callee);
            if let Some(b) = body {
                let prog: &Program = self.prog;
                self.st.report_stmts(prog, &b.stmts, outer, &mut stack, self.max_cost);
            }
            return;
        }
        let info = self.st.infos[&callee].clone();
        let cf = &info.func;
        let ExprKind::Call(call) = std::mem::replace(&mut e.kind, ExprKind::Blank) else {
            unreachable!()
        };
        let call = *call;

        // fresh locals for the callee's
        let first_here = self.func().locals.len();
        let mut lmap: HashMap<LocalId, LocalId> = HashMap::new();
        let mut results = vec![];
        for (i, r) in cf.results.iter().enumerate() {
            let l = &cf.locals[*r];
            let named = !l.name.is_empty() && l.name != "_" && !l.name.starts_with("~r");
            let name = if named { l.name.clone() } else { format!("~R{}", i) };
            let n = self.new_local(name, l.ty, call_pos, LocalKind::Var);
            lmap.insert(*r, n);
            results.push(n);
        }
        for (id, l) in cf.locals.iter() {
            if lmap.contains_key(&id) {
                continue;
            }
            if l.kind == LocalKind::Captured {
                if let Some(c) = cf.captures.iter().find(|c| c.inner == id) {
                    lmap.insert(id, c.outer);
                }
                continue;
            }
            let kind = if l.kind == LocalKind::Temp { LocalKind::Temp } else { LocalKind::Var };
            let n = self.new_local(l.name.clone(), l.ty, l.pos, kind);
            let nl = &mut self.func().locals[n];
            nl.addr_taken = l.addr_taken;
            nl.captured = l.captured;
            nl.reassigned = l.reassigned;
            lmap.insert(id, n);
        }
        let cpkg = cf.pkg;
        for n in lmap.values() {
            if (n.0 as usize) >= first_here {
                self.st.local_origin.insert((self.caller, *n), (outer, cpkg));
            }
        }
        // gc gives the copies of the callee's locals no definition (only
        // parameters and delayed results have one): no static values
        for (id, l) in cf.locals.iter() {
            if matches!(l.kind, LocalKind::Var | LocalKind::Temp)
                && let Some(n) = lmap.get(&id)
            {
                self.defs.reassigned.insert(*n);
            }
        }
        for l in &info.reassigned {
            if let Some(n) = lmap.get(l)
                && (n.0 as usize) >= self.first_new_local
            {
                self.defs.reassigned.insert(*n);
            }
        }
        // labels, targets, closures
        let mut labmap = HashMap::new();
        for (id, lab) in cf.labels.iter() {
            let n =
                self.func().labels.push(Label { name: format!("{}·inl", lab.name), pos: lab.pos });
            labmap.insert(id, n);
        }
        let nlab = self.func().labels.len();
        let ret = self.func().labels.push(Label { name: format!(".i{}", nlab), pos: call_pos });
        let target_off = self.func().num_targets;
        self.func().num_targets += cf.num_targets;

        let mut stmts = vec![];
        // parameters := arguments
        let mut lhs = vec![];
        let mut decls = vec![];
        let param_ids: Vec<LocalId> = cf.recv.iter().chain(cf.params.iter()).copied().collect();
        for p in &param_ids {
            let l = &cf.locals[*p];
            let blank = l.name.is_empty() || l.name == "_" || l.name.starts_with("~p");
            if blank {
                lhs.push(Expr::new(call_pos, l.ty, ExprKind::Blank));
            } else {
                let n = lmap[p];
                lhs.push(Expr::new(call_pos, l.ty, ExprKind::Local(n)));
                decls.push(n);
            }
        }
        let mut rhs: Vec<Expr> = vec![];
        let mut multi_arg = None;
        match call.kind {
            CallKind::Method { recv, .. } => rhs.push(*recv),
            CallKind::Value(_) | CallKind::Func(_) | CallKind::Interface { .. } => {}
        }
        let mut args = call.args;
        if call.multi && args.len() == 1 {
            multi_arg = args.pop();
        }
        if let DotsKind::Packed { first, slice, .. } = call.dots {
            let extra: Vec<Expr> = if first <= args.len() { args.split_off(first) } else { vec![] };
            rhs.extend(args);
            if extra.is_empty() {
                rhs.push(Expr::new(call_pos, slice, ExprKind::Nil));
            } else {
                let n = extra.len() as u64;
                let elems = extra.into_iter().enumerate().map(|(i, x)| (i as u64, x)).collect();
                self.st.dots_sites.insert((self.caller, call_pos));
                rhs.push(Expr::new(
                    call_pos,
                    slice,
                    ExprKind::Composite(Box::new(Composite::Slice {
                        elems,
                        len: n,
                        esc: Esc::Unknown,
                    })),
                ));
            }
        } else {
            rhs.extend(args);
        }
        if let Some(m) = multi_arg {
            // gc: t1, t2 := g(); params := t1, t2
            let tys: Vec<TypeId> =
                self.prog.types.tuple_types(m.ty).map(|t| t.to_vec()).unwrap_or_default();
            let mut tl = vec![];
            let mut tv = vec![];
            for t in tys {
                let l = self.temp(t, call_pos);
                tl.push(Expr::new(call_pos, t, ExprKind::Local(l)));
                tv.push(l);
            }
            stmts.push(Stmt {
                pos: call_pos,
                kind: StmtKind::AssignCall { lhs: tl.clone(), call: m, define: true, decls: tv },
            });
            rhs.extend(tl);
        }
        if !rhs.is_empty() {
            if rhs.len() == lhs.len() {
                stmts.push(Stmt {
                    pos: call_pos,
                    kind: StmtKind::AssignList { lhs, rhs, define: true, decls },
                });
            } else {
                // arity mismatch (should not happen): evaluate and drop
                for r in rhs {
                    stmts.push(Stmt { pos: call_pos, kind: StmtKind::Expr(r) });
                }
            }
        }
        if !info.can_delay_results {
            for r in &results {
                let ty = self.func().locals[*r].ty;
                stmts.push(Stmt { pos: call_pos, kind: StmtKind::Decl(*r) });
                stmts.push(Stmt {
                    pos: call_pos,
                    kind: StmtKind::Assign {
                        lhs: Expr::new(call_pos, ty, ExprKind::Local(*r)),
                        rhs: None,
                        define: false,
                        decls: vec![],
                    },
                });
            }
        }
        self.absorb(&stmts);
        let nparam_stmts = stmts.len();

        // the body
        let mut body = cf.body.clone().map(|b| b.stmts).unwrap_or_default();
        let mut cmap = HashMap::new();
        self.clone_closures(&body, &info, &lmap, &mut cmap);
        {
            let mut rm = Remap { locals: &lmap, labels: &labmap, target_off, closures: &cmap };
            for s in body.iter_mut() {
                walk_stmt_mut(&mut rm, s);
            }
        }
        let result_tys: Vec<TypeId> =
            results.iter().map(|r| self.prog.funcs[self.caller].locals[*r].ty).collect();
        {
            let mut rr = Returns {
                results: &results,
                result_tys: &result_tys,
                label: ret,
                delay: info.can_delay_results,
                call_pos,
            };
            for s in body.iter_mut() {
                walk_stmt_mut(&mut rr, s);
            }
        }

        // mid-stack inlining: expand the copy's calls
        self.stack.push(callee);
        let saved = self.outer.replace(outer);
        let body = self.block(body);
        self.outer = saved;
        self.stack.pop();

        stmts.extend(body);
        stmts.push(Stmt {
            pos: call_pos,
            kind: StmtKind::Labeled {
                label: ret,
                stmt: Box::new(Stmt { pos: call_pos, kind: StmtKind::Empty }),
            },
        });
        self.st.sites.insert(
            (self.caller, ret),
            InlSite { pos: outer, callee, results: results.clone(), nparams: nparam_stmts },
        );
        pre.push(Stmt {
            pos: call_pos,
            kind: StmtKind::Block(Block { pos: call_pos, end: call_pos, stmts }),
        });

        match results.len() {
            0 => *e = void_marker(call_pos, e.ty),
            1 => {
                e.kind = ExprKind::Local(results[0]);
            }
            _ => {
                *e = void_marker(call_pos, e.ty);
                self.multi = Some(results);
            }
        }
    }

    /// Copies the closures of an inlined body (gc's inlsubst.closure).
    fn clone_closures(
        &mut self,
        body: &[Stmt],
        info: &InlInfo,
        lmap: &HashMap<LocalId, LocalId>,
        cmap: &mut HashMap<FuncId, FuncId>,
    ) {
        struct V(Vec<FuncId>);
        impl types::visit::Visitor for V {
            fn expr(&mut self, e: &Expr) {
                if let ExprKind::FuncLit { func, .. } = e.kind {
                    self.0.push(func);
                }
            }
        }
        let mut v = V(vec![]);
        for s in body {
            types::visit::walk_stmt(&mut v, s);
        }
        for c in v.0 {
            if cmap.contains_key(&c) {
                continue;
            }
            let n = self.clone_closure(c, info, lmap, self.caller);
            cmap.insert(c, n);
        }
    }

    fn clone_closure(
        &mut self,
        c: FuncId,
        info: &InlInfo,
        lmap: &HashMap<LocalId, LocalId>,
        parent: FuncId,
    ) -> FuncId {
        let mut f = match info.closures.get(&c) {
            Some(f) => f.clone(),
            None => self.prog.funcs[c].clone(),
        };
        let pf = &self.prog.funcs[parent];
        let k = pf.closures.len() + 1;
        f.name = if matches!(pf.kind, FuncKind::Closure { .. }) {
            format!("{}.{}", pf.name, k)
        } else {
            format!("{}.func{}", pf.name, k)
        };
        f.kind = FuncKind::Closure { parent: Some(parent) };
        for cap in f.captures.iter_mut() {
            if let Some(o) = lmap.get(&cap.outer) {
                cap.outer = *o;
            }
        }
        let inner_closures = std::mem::take(&mut f.closures);
        let id = self.prog.funcs.push(f);
        self.prog.funcs[parent].closures.push(id);
        self.st.cloned_closures.insert(id);
        // nested closures capture through this one (same local ids)
        let mut nmap = HashMap::new();
        let ident = HashMap::new();
        for ic in inner_closures {
            let n = self.clone_closure(ic, info, &ident, id);
            nmap.insert(ic, n);
        }
        if !nmap.is_empty() {
            let no_l = HashMap::new();
            let no_lab = HashMap::new();
            let mut rm = Remap { locals: &no_l, labels: &no_lab, target_off: 0, closures: &nmap };
            if let Some(mut b) = self.prog.funcs[id].body.take() {
                for s in b.stmts.iter_mut() {
                    walk_stmt_mut(&mut rm, s);
                }
                self.prog.funcs[id].body = Some(b);
            }
        }
        id
    }
}

/// A statement list as one statement.
fn one_stmt(mut v: Vec<Stmt>, pos: Pos) -> Stmt {
    if v.len() == 1 {
        return v.pop().unwrap();
    }
    Stmt { pos, kind: StmtKind::Block(Block { pos, end: pos, stmts: v }) }
}

trait CollectArgs {
    fn for_each_arg_mut_collect<'a>(&'a mut self, v: &mut Vec<&'a mut Expr>);
}

impl CollectArgs for Builtin {
    fn for_each_arg_mut_collect<'a>(&'a mut self, v: &mut Vec<&'a mut Expr>) {
        match self {
            Builtin::Len(x)
            | Builtin::Cap(x)
            | Builtin::Panic(x)
            | Builtin::Close(x)
            | Builtin::Clear(x)
            | Builtin::Real(x)
            | Builtin::Imag(x) => v.push(x),
            Builtin::Complex(x, y) => {
                v.push(x);
                v.push(y)
            }
            Builtin::Append { slice, args, .. } => {
                v.push(slice);
                v.extend(args.iter_mut())
            }
            Builtin::Copy { dst, src } => {
                v.push(dst);
                v.push(src)
            }
            Builtin::MakeSlice { len, cap, .. } => {
                v.push(len);
                if let Some(c) = cap {
                    v.push(c)
                }
            }
            Builtin::MakeMap { hint, .. } => {
                if let Some(h) = hint {
                    v.push(h)
                }
            }
            Builtin::MakeChan { size } => {
                if let Some(s) = size {
                    v.push(s)
                }
            }
            Builtin::New { .. } | Builtin::Recover => {}
            Builtin::Delete { map, key } => {
                v.push(map);
                v.push(key)
            }
            Builtin::Print { args, .. } | Builtin::MinMax { args, .. } => v.extend(args.iter_mut()),
        }
    }
}
