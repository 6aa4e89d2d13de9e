//! Function bodies and statements.

use super::decl::unparen;
use super::expr::{ExprClass, Mode, Operand};
use super::*;
use crate::constant::CmpOp;
use syntax::ast::{AssignOp, BinOp, BranchKind, ExprKind as AK, StmtKind as SK};

pub(crate) enum InitRhs {
    /// One IR expression per variable.
    List(Vec<Expr>),
    /// A single multi-value call or comma-ok expression for all variables.
    Multi(Expr),
}

/// Statement context flags (types2's stmtContext).
#[derive(Clone, Copy, Default)]
#[allow(dead_code)]
struct Ctx {
    fallthrough_ok: bool,
    final_switch_case: bool,
    in_type_switch: bool,
}

impl<'a> Checker<'a> {
    // ------------------------------------------------------------ bodies

    pub(super) fn func_body(
        &mut self,
        fid: FuncId,
        _obj: ObjId,
        decl: &'a ast::FuncDecl,
        decl_idx: usize,
    ) {
        let Some(body) = &decl.body else { return };
        let (scope, robjs) =
            self.func_scopes.get(&fid).cloned().unwrap_or((self.pkg_scope, vec![]));
        let saved_scope = self.scope;
        let saved_decl = self.cur_decl;
        let saved_iota = self.iota;
        self.scope = scope;
        self.cur_decl = Some(decl_idx);
        self.iota = None;
        self.run_body(fid, body, robjs);
        self.scope = saved_scope;
        self.cur_decl = saved_decl;
        self.iota = saved_iota;
    }

    /// Checks the body of a function literal whose function (and scope) has
    /// been set up by `setup_func`.
    pub(crate) fn func_lit_body(&mut self, fid: FuncId, body: &'a ast::Block) {
        let (scope, robjs) = self.func_scopes.get(&fid).cloned().unwrap_or((self.scope, vec![]));
        let saved_scope = self.scope;
        let saved_iota = self.iota;
        self.scope = scope;
        self.run_body(fid, body, robjs);
        self.scope = saved_scope;
        self.iota = saved_iota;
    }

    /// Processes package-level function literal bodies queued during declarations.
    pub(super) fn process_delayed_lits(&mut self) {
        while !self.delayed_lits.is_empty() {
            let (fid, body, scope, decl, iota) = self.delayed_lits.remove(0);
            let saved = (self.scope, self.cur_decl, self.iota);
            // the closure's scope was created under `scope`
            let _ = scope;
            self.cur_decl = decl;
            self.iota = iota;
            self.func_lit_body(fid, body);
            (self.scope, self.cur_decl, self.iota) = saved;
        }
    }

    fn run_body(&mut self, fid: FuncId, body: &'a ast::Block, robjs: Vec<ObjId>) {
        let sig = self.prog.funcs[fid].sig;
        let (results, named) = match self.tt().signature(sig) {
            Some(s) => (
                s.results.iter().map(|p| p.ty).collect::<Vec<_>>(),
                s.results.first().is_some_and(|p| !p.name.is_empty()),
            ),
            None => (vec![], false),
        };
        self.fctx.push(FuncCtx {
            func: fid,
            results,
            result_objs: robjs,
            named_results: named,
            var_objs: vec![],
            captures: HashMap::new(),
            targets: vec![],
            labels: HashMap::new(),
            panics: HashSet::new(),
            closure_count: 0,
            scope: self.scope,
        });
        let stmts = self.stmt_list(Ctx::default(), &body.stmts);
        let has_results = !self.fctx.last().unwrap().results.is_empty();
        if has_results && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace, "missing return");
        }
        self.usage();
        let ctx = self.fctx.pop().unwrap();
        let _ = ctx;
        self.prog.funcs[fid].body = Some(Block { pos: body.pos, end: body.rbrace, stmts });
        self.prog.funcs[fid].end = body.rbrace;
    }

    fn usage(&mut self) {
        let vars = std::mem::take(&mut self.fctx.last_mut().unwrap().var_objs);
        let mut unused: Vec<ObjId> =
            vars.into_iter().filter(|&o| !self.objs[o].used && self.objs[o].name != "_").collect();
        unused.sort_by_key(|&o| self.objs[o].pos);
        for o in unused {
            let (pos, name) = (self.objs[o].pos, self.objs[o].name.clone());
            self.error(pos, format!("{} declared but not used", name));
        }
    }

    // ------------------------------------------------------------ statements

    fn stmt_list(&mut self, ctx: Ctx, list: &'a [ast::Stmt]) -> Vec<Stmt> {
        let mut out = vec![];
        let n = list.iter().rposition(|s| !matches!(s.kind, SK::Empty)).map(|i| i + 1).unwrap_or(0);
        let inner = Ctx { fallthrough_ok: false, ..ctx };
        for (i, s) in list.iter().enumerate() {
            let mut c = inner;
            if ctx.fallthrough_ok && i + 1 == n {
                c.fallthrough_ok = true;
            }
            self.stmt(c, s, &mut out);
        }
        out
    }

    fn simple_stmt(&mut self, s: Option<&'a ast::Stmt>) -> Option<Box<Stmt>> {
        let s = s?;
        let mut out = vec![];
        self.stmt(Ctx::default(), s, &mut out);
        match out.len() {
            0 => None,
            1 => Some(Box::new(out.pop().unwrap())),
            _ => Some(Box::new(Stmt {
                pos: s.pos,
                kind: StmtKind::Block(Block { pos: s.pos, end: s.pos, stmts: out }),
            })),
        }
    }

    fn new_target(&mut self, label: Option<String>, is_loop: bool) -> TargetId {
        let f = self.cur_func().unwrap();
        let id = TargetId(self.prog.funcs[f].num_targets);
        self.prog.funcs[f].num_targets += 1;
        self.fctx.last_mut().unwrap().targets.push(TargetInfo { id, label, is_loop });
        id
    }

    fn pop_target(&mut self) {
        self.fctx.last_mut().unwrap().targets.pop();
    }

    fn label_id(&mut self, name: &str, pos: Pos) -> LabelId {
        if let Some(&l) = self.fctx.last().unwrap().labels.get(name) {
            if pos.is_known() {
                let f = self.cur_func().unwrap();
                let lab = &mut self.prog.funcs[f].labels[l];
                if !lab.pos.is_known() {
                    lab.pos = pos;
                }
            }
            return l;
        }
        let f = self.cur_func().unwrap();
        let l = self.prog.funcs[f].labels.push(Label { name: name.into(), pos });
        self.fctx.last_mut().unwrap().labels.insert(name.into(), l);
        l
    }

    fn stmt(&mut self, ctx: Ctx, s: &'a ast::Stmt, out: &mut Vec<Stmt>) {
        self.stmt_labeled(ctx, s, None, out)
    }

    fn stmt_labeled(
        &mut self,
        ctx: Ctx,
        s: &'a ast::Stmt,
        label: Option<(&'a str, LabelId)>,
        out: &mut Vec<Stmt>,
    ) {
        let pos = s.pos;
        let inner = Ctx::default();
        let push = |out: &mut Vec<Stmt>, kind: StmtKind| out.push(Stmt { pos, kind });
        match &s.kind {
            SK::Bad | SK::Empty => {}
            SK::Decl(d) => self.decl_stmt(d, out),
            SK::Labeled { label: l, stmt } => {
                let lid = self.label_id(&l.name, l.pos);
                let mut inner_out = vec![];
                self.stmt_labeled(ctx, stmt, Some((l.name.as_str(), lid)), &mut inner_out);
                let st = match inner_out.len() {
                    0 => Stmt { pos: stmt.pos, kind: StmtKind::Empty },
                    1 => inner_out.pop().unwrap(),
                    _ => Stmt {
                        pos: stmt.pos,
                        kind: StmtKind::Block(Block {
                            pos: stmt.pos,
                            end: stmt.pos,
                            stmts: inner_out,
                        }),
                    },
                };
                push(out, StmtKind::Labeled { label: lid, stmt: Box::new(st) });
            }
            SK::Expr(e) => {
                let x = self.raw_expr(e, None);
                let msg = match x.mode {
                    Mode::Builtin(_) => Some("must be called"),
                    Mode::TypeExpr => Some("is not an expression"),
                    _ => {
                        if x.class == ExprClass::Statement {
                            None
                        } else {
                            Some("is not used")
                        }
                    }
                };
                if let Some(m) = msg {
                    let s = self.operand_string(&x);
                    self.error(x.pos, format!("{} {}", s, m));
                    return;
                }
                if x.mode != Mode::Invalid {
                    push(out, StmtKind::Expr(x.ir));
                }
            }
            SK::Send { ch, value } => {
                let c = self.expr(ch);
                let mut v = self.expr(value);
                if c.mode == Mode::Invalid || v.mode == Mode::Invalid {
                    return;
                }
                let TypeKind::Chan(dir, el) = self.tt().under_kind(c.ty).clone() else {
                    let cs = self.operand_string(&c);
                    self.error(
                        pos,
                        format!("invalid operation: cannot send to non-channel {}", cs),
                    );
                    return;
                };
                if dir == crate::types::ChanDir::Recv {
                    let cs = self.operand_string(&c);
                    self.error(
                        pos,
                        format!("invalid operation: cannot send to receive-only channel {}", cs),
                    );
                    return;
                }
                self.assignment(&mut v, Some(el), "send");
                push(out, StmtKind::Send { ch: c.ir, value: v.ir });
            }
            SK::IncDec { x: lhs, inc } => {
                let x = self.expr(lhs);
                if x.mode == Mode::Invalid {
                    return;
                }
                if !self.tt().is_numeric(x.ty) {
                    let ls = expr_string(lhs);
                    let ts = self.ts(x.ty);
                    let op = if *inc { "++" } else { "--" };
                    self.error(
                        lhs.start_pos(),
                        format!("invalid operation: {}{} (non-numeric type {})", ls, op, ts),
                    );
                    return;
                }
                let Some(l) = self.check_lhs(lhs, &x) else { return };
                let one = Expr::constant(
                    pos,
                    x.ty,
                    ConstValue::int(1).to_numeric_of(self.tt().is_float(x.ty)),
                    None,
                );
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                push(out, StmtKind::OpAssign { op, lhs: l, rhs: one, incdec: true });
            }
            SK::Assign { lhs, op, rhs } => match op {
                AssignOp::Assign => {
                    if let Some(k) = self.assign_vars(lhs, rhs) {
                        push(out, k);
                    }
                }
                AssignOp::Define => {
                    if let Some(k) = self.short_var_decl(pos, lhs, rhs) {
                        push(out, k);
                    }
                }
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            pos,
                            format!(
                                "assignment operation {} requires single-valued expressions",
                                super::expr::binop_str(*bop)
                            ),
                        );
                        return;
                    }
                    let z = self.expr(&lhs[0]);
                    let y = self.expr(&rhs[0]);
                    let x = self.binary_operands(z.clone(), y, None, &lhs[0], &rhs[0], *bop, pos);
                    if x.mode == Mode::Invalid {
                        return;
                    }
                    let rhs_ir = match x.ir.kind.clone() {
                        ExprKind::Binary { y, .. } => *y,
                        ExprKind::Logical { y, .. } => *y,
                        ExprKind::AddString { mut args, .. } => args.pop().unwrap(),
                        _ => return,
                    };
                    let Some(l) = self.check_lhs_op(&lhs[0], &z, &x) else { return };
                    let irop = match bop {
                        BinOp::Add => BinaryOp::Add,
                        BinOp::Sub => BinaryOp::Sub,
                        BinOp::Mul => BinaryOp::Mul,
                        BinOp::Div => BinaryOp::Div,
                        BinOp::Rem => BinaryOp::Rem,
                        BinOp::And => BinaryOp::And,
                        BinOp::Or => BinaryOp::Or,
                        BinOp::Xor => BinaryOp::Xor,
                        BinOp::AndNot => BinaryOp::AndNot,
                        BinOp::Shl => BinaryOp::Shl,
                        BinOp::Shr => BinaryOp::Shr,
                        _ => return,
                    };
                    push(out, StmtKind::OpAssign { op: irop, lhs: l, rhs: rhs_ir, incdec: false });
                }
            },
            SK::Go(e) | SK::Defer(e) => {
                let kw = if matches!(s.kind, SK::Go(_)) { "go" } else { "defer" };
                let x = self.raw_expr(e, None);
                let msg = match x.class {
                    ExprClass::Conversion => Some("requires function call, not conversion"),
                    ExprClass::Expression => Some("discards result of"),
                    ExprClass::Statement => None,
                };
                if let Some(m) = msg {
                    if x.mode != Mode::Invalid {
                        let xs = self.operand_string(&x);
                        self.error(x.pos, format!("{} {} {}", kw, m, xs));
                    }
                    return;
                }
                if x.mode == Mode::Invalid {
                    return;
                }
                if kw == "defer" {
                    let f = self.cur_func().unwrap();
                    self.prog.funcs[f].has_defer = true;
                    push(out, StmtKind::Defer(x.ir));
                } else {
                    push(out, StmtKind::Go(x.ir));
                }
            }
            SK::Return(results) => {
                if let Some(k) = self.return_stmt(s, results) {
                    push(out, k);
                }
            }
            SK::Branch { kind, label } => {
                let f = self.fctx.last().unwrap();
                let find = |want_loop: bool| -> Option<TargetId> {
                    match label {
                        Some(l) => f
                            .targets
                            .iter()
                            .rev()
                            .find(|t| t.label.as_deref() == Some(l.name.as_str()))
                            .map(|t| t.id),
                        None => {
                            f.targets.iter().rev().find(|t| !want_loop || t.is_loop).map(|t| t.id)
                        }
                    }
                };
                let lab = label.as_ref().map(|l| l.name.clone());
                match kind {
                    BranchKind::Break => {
                        if let Some(t) = find(false) {
                            let l = lab.map(|n| self.label_id(&n, Pos::NONE));
                            push(out, StmtKind::Break { target: t, label: l });
                        }
                    }
                    BranchKind::Continue => {
                        if let Some(t) = find(true) {
                            let l = lab.map(|n| self.label_id(&n, Pos::NONE));
                            push(out, StmtKind::Continue { target: t, label: l });
                        }
                    }
                    BranchKind::Goto => {
                        if let Some(n) = lab {
                            let l = self.label_id(&n, Pos::NONE);
                            push(out, StmtKind::Goto(l));
                        }
                    }
                    BranchKind::Fallthrough => {
                        let _ = ctx;
                        push(out, StmtKind::Fallthrough);
                    }
                }
            }
            SK::Block(b) => {
                self.open_scope(ScopeKind::Block);
                let stmts = self.stmt_list(inner, &b.stmts);
                self.close_scope();
                push(out, StmtKind::Block(Block { pos: b.pos, end: b.rbrace, stmts }));
            }
            SK::If { init, cond, then, els } => {
                self.open_scope(ScopeKind::Block);
                let init_ir = self.simple_stmt(init.as_deref());
                let mut x = self.expr(cond);
                if x.mode != Mode::Invalid && !self.tt().is_boolean(x.ty) {
                    self.error(cond.start_pos(), "non-boolean condition in if statement");
                }
                self.finalize_bool(&mut x);
                self.open_scope(ScopeKind::Block);
                let then_stmts = self.stmt_list(inner, &then.stmts);
                self.close_scope();
                let els_ir = match els {
                    Some(e) => {
                        let mut v = vec![];
                        self.stmt(inner, e, &mut v);
                        v.pop().map(Box::new)
                    }
                    None => None,
                };
                self.close_scope();
                push(
                    out,
                    StmtKind::If {
                        init: init_ir,
                        cond: x.ir,
                        then: Block { pos: then.pos, end: then.rbrace, stmts: then_stmts },
                        els: els_ir,
                    },
                );
            }
            SK::For { init, cond, post, body } => {
                self.open_scope(ScopeKind::Block);
                let nvars_before = self.fctx.last().unwrap().var_objs.len();
                let init_ir = self.simple_stmt(init.as_deref());
                // variables declared by the init statement are per-iteration
                let new_vars: Vec<ObjId> =
                    self.fctx.last().unwrap().var_objs[nvars_before..].to_vec();
                for o in new_vars {
                    if let ObjKind::Var(VarRef::Local(f, l)) = self.objs[o].kind {
                        self.prog.funcs[f].locals[l].per_iteration = true;
                    }
                }
                let cond_ir = cond.as_ref().map(|c| {
                    let mut x = self.expr(c);
                    if x.mode != Mode::Invalid && !self.tt().is_boolean(x.ty) {
                        self.error(c.start_pos(), "non-boolean condition in for statement");
                    }
                    self.finalize_bool(&mut x);
                    x.ir
                });
                let post_ir = self.simple_stmt(post.as_deref());
                let t = self.new_target(label.map(|l| l.0.to_string()), true);
                self.open_scope(ScopeKind::Block);
                let stmts = self.stmt_list(inner, &body.stmts);
                self.close_scope();
                self.pop_target();
                self.close_scope();
                push(
                    out,
                    StmtKind::For {
                        target: t,
                        label: label.map(|l| l.1),
                        init: init_ir,
                        cond: cond_ir,
                        post: post_ir,
                        body: Block { pos: body.pos, end: body.rbrace, stmts },
                    },
                );
            }
            SK::Range { key, value, define, x, range_pos: _, body } => {
                if let Some(k) =
                    self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body, label)
                {
                    push(out, k);
                }
            }
            SK::Switch { init, tag, clauses, rbrace } => {
                self.open_scope(ScopeKind::Block);
                let init_ir = self.simple_stmt(init.as_deref());
                let t = self.new_target(label.map(|l| l.0.to_string()), false);
                let k = self.switch_stmt(
                    tag.as_ref(),
                    clauses,
                    *rbrace,
                    t,
                    label.map(|l| l.1),
                    init_ir,
                );
                self.pop_target();
                self.close_scope();
                push(out, k);
            }
            SK::TypeSwitch { init, bind, x, guard_pos: _, clauses, rbrace: _ } => {
                self.open_scope(ScopeKind::Block);
                let init_ir = self.simple_stmt(init.as_deref());
                let t = self.new_target(label.map(|l| l.0.to_string()), false);
                let k = self.type_switch_stmt(
                    bind.as_ref(),
                    x,
                    clauses,
                    t,
                    label.map(|l| l.1),
                    init_ir,
                );
                self.pop_target();
                self.close_scope();
                if let Some(k) = k {
                    push(out, k);
                }
            }
            SK::Select { clauses, rbrace: _ } => {
                let t = self.new_target(label.map(|l| l.0.to_string()), false);
                let mut cases = vec![];
                for c in clauses {
                    self.open_scope(ScopeKind::Block);
                    let comm = match &c.comm {
                        Some(st) => {
                            let valid = match &st.kind {
                                SK::Send { .. } => true,
                                SK::Expr(e) => {
                                    matches!(unparen(e).kind, AK::Unary { op: ast::UnOp::Recv, .. })
                                }
                                SK::Assign { rhs, .. } => {
                                    rhs.len() == 1
                                        && matches!(
                                            unparen(&rhs[0]).kind,
                                            AK::Unary { op: ast::UnOp::Recv, .. }
                                        )
                                }
                                _ => false,
                            };
                            if !valid {
                                self.error(st.pos, "select case must be send or receive (possibly with assignment)");
                                self.close_scope();
                                continue;
                            }
                            self.simple_stmt(Some(st))
                        }
                        None => None,
                    };
                    let body = self.stmt_list(inner, &c.body);
                    self.close_scope();
                    cases.push(CommCase { pos: c.pos, comm, body });
                }
                self.pop_target();
                push(out, StmtKind::Select { target: t, label: label.map(|l| l.1), cases });
            }
        }
    }

    /// Converts an untyped boolean condition to `bool`.
    fn finalize_bool(&mut self, x: &mut Operand<'a>) {
        if x.mode != Mode::Invalid && self.tt().is_untyped(x.ty) && self.tt().is_boolean(x.ty) {
            self.convert_untyped(x, TypeId::BOOL);
        }
    }

    // ------------------------------------------------------------ declarations

    fn decl_stmt(&mut self, d: &'a ast::Decl, out: &mut Vec<Stmt>) {
        match d {
            ast::Decl::Bad(_) | ast::Decl::Func(_) => {}
            ast::Decl::Const(specs) => {
                let mut last: Option<&'a ast::ConstSpec> = None;
                for spec in specs {
                    let inherited;
                    if spec.typ.is_some() || !spec.values.is_empty() {
                        last = Some(spec);
                        inherited = false;
                    } else {
                        inherited = last.is_some();
                    }
                    let (typ, values): (Option<&'a ast::Expr>, &'a [ast::Expr]) = match last {
                        Some(l) => (l.typ.as_ref(), &l.values),
                        None => (None, &[]),
                    };
                    let saved_iota = self.iota;
                    let saved_errpos = self.errpos;
                    let mut objs = vec![];
                    for (i, name) in spec.names.iter().enumerate() {
                        let o = self.new_obj(
                            &name.name,
                            name.pos,
                            ObjKind::Const {
                                val: ConstValue::Unknown,
                                iota: Some(spec.iota as u64),
                            },
                            None,
                        );
                        self.iota = Some(spec.iota as u64);
                        self.errpos = None;
                        if let Some(t) = typ {
                            let ty = self.typ(t);
                            if !self.tt().is_const_type(ty) {
                                if self.under(ty) != TypeId::INVALID {
                                    let s = self.ts(ty);
                                    self.error(
                                        t.start_pos(),
                                        format!("invalid constant type {}", s),
                                    );
                                }
                                self.objs[o].ty = Some(TypeId::INVALID);
                                objs.push(o);
                                continue;
                            }
                            self.objs[o].ty = Some(ty);
                        }
                        let mut x = self.invalid_operand(name.pos);
                        if let Some(e) = values.get(i) {
                            if inherited {
                                self.errpos = Some(name.pos);
                            }
                            x = self.expr(e);
                        }
                        self.init_const(o, &mut x);
                        self.errpos = None;
                        if self.objs[o].ty.is_none() {
                            self.objs[o].ty = Some(TypeId::INVALID);
                        }
                        self.objs[o].color = Color::Black;
                        objs.push(o);
                    }
                    self.iota = saved_iota;
                    self.errpos = saved_errpos;
                    self.arity_local(spec.pos, &spec.names, values, true, inherited);
                    let sc = self.scope;
                    for o in objs {
                        self.declare(sc, o);
                        let name = self.objs[o].name.clone();
                        out.push(Stmt {
                            pos: self.objs[o].pos,
                            kind: StmtKind::ConstDecl { name },
                        });
                    }
                }
            }
            ast::Decl::Var(specs) => {
                for spec in specs {
                    let f = self.cur_func().unwrap();
                    let mut objs = vec![];
                    let mut locals = vec![];
                    for name in &spec.names {
                        let lid = self.new_local(
                            f,
                            &name.name,
                            TypeId::INVALID,
                            name.pos,
                            LocalKind::Var,
                        );
                        let o = self.new_obj(
                            &name.name,
                            name.pos,
                            ObjKind::Var(VarRef::Local(f, lid)),
                            None,
                        );
                        objs.push(o);
                        locals.push(lid);
                    }
                    let typ = spec.typ.as_ref().map(|t| self.var_type(t));
                    if let Some(t) = typ {
                        for &o in &objs {
                            self.objs[o].ty = Some(t);
                        }
                    }
                    let values = &spec.values;
                    let mut rhs_irs: Option<InitRhs> = None;
                    if values.is_empty() {
                        if typ.is_none() {
                            for &o in &objs {
                                self.objs[o].ty = Some(TypeId::INVALID);
                            }
                        }
                    } else if values.len() == spec.names.len() || values.len() != 1 {
                        let mut irs = vec![];
                        for (i, &o) in objs.iter().enumerate() {
                            if let Some(e) = values.get(i) {
                                let mut x = self.expr(e);
                                self.init_var(o, &mut x, "variable declaration");
                                irs.push(x.ir);
                            } else if self.objs[o].ty.is_none() {
                                self.objs[o].ty = Some(TypeId::INVALID);
                            }
                        }
                        for e in values.iter().skip(objs.len()) {
                            let _ = self.expr(e);
                        }
                        if values.len() == spec.names.len() {
                            rhs_irs = Some(InitRhs::List(irs));
                        }
                    } else {
                        rhs_irs = self.init_vars(&objs, values, None);
                    }
                    if spec.typ.is_none() || !values.is_empty() {
                        self.arity_local(spec.pos, &spec.names, values, false, false);
                    }
                    // finalize locals
                    for (&o, &l) in objs.iter().zip(&locals) {
                        let t = self.objs[o].ty.unwrap_or(TypeId::INVALID);
                        if self.objs[o].ty.is_none() {
                            self.objs[o].ty = Some(TypeId::INVALID);
                        }
                        self.prog.funcs[f].locals[l].ty = t;
                        self.objs[o].color = Color::Black;
                    }
                    let sc = self.scope;
                    for &o in &objs {
                        if self.declare(sc, o) {
                            self.fctx.last_mut().unwrap().var_objs.push(o);
                        }
                    }
                    let pos = spec.pos;
                    let lref = |l: LocalId, c: &Checker| {
                        Expr::new(pos, c.prog.funcs[f].locals[l].ty, ExprKind::Local(l))
                    };
                    match rhs_irs {
                        Some(InitRhs::Multi(call)) => {
                            for &l in &locals {
                                out.push(Stmt { pos, kind: StmtKind::Decl(l) });
                            }
                            let lhs: Vec<Expr> = locals.iter().map(|&l| lref(l, self)).collect();
                            out.push(Stmt { pos, kind: multi_assign(lhs, call, false, vec![]) });
                        }
                        Some(InitRhs::List(irs)) if irs.len() == locals.len() => {
                            for (&l, rhs) in locals.iter().zip(irs) {
                                out.push(Stmt { pos, kind: StmtKind::Decl(l) });
                                out.push(Stmt {
                                    pos,
                                    kind: StmtKind::Assign {
                                        lhs: lref(l, self),
                                        rhs: Some(rhs),
                                        define: false,
                                        decls: vec![],
                                    },
                                });
                            }
                        }
                        _ => {
                            for &l in &locals {
                                out.push(Stmt { pos, kind: StmtKind::Decl(l) });
                                out.push(Stmt {
                                    pos,
                                    kind: StmtKind::Assign {
                                        lhs: lref(l, self),
                                        rhs: None,
                                        define: false,
                                        decls: vec![],
                                    },
                                });
                            }
                        }
                    }
                }
            }
            ast::Decl::Type(specs) => {
                for spec in specs {
                    let o = self.new_obj(
                        &spec.name.name,
                        spec.name.pos,
                        ObjKind::TypeName { alias: spec.alias },
                        None,
                    );
                    let sc = self.scope;
                    self.declare(sc, o);
                    self.objs[o].color = Color::Grey(self.obj_path.len());
                    self.obj_path.push(o);
                    self.type_decl(o, spec);
                    self.obj_path.pop();
                    self.objs[o].color = Color::Black;
                    let t = self.objs[o].ty.unwrap_or(TypeId::INVALID);
                    out.push(Stmt { pos: spec.pos, kind: StmtKind::TypeDecl(t) });
                }
            }
        }
    }

    fn arity_local(
        &mut self,
        pos: Pos,
        names: &[ast::Ident],
        inits: &[ast::Expr],
        const_decl: bool,
        inherited: bool,
    ) {
        let l = names.len();
        let r = inits.len();
        if l < r {
            let n = &inits[l];
            if inherited {
                let ps = self.pos_string(n.pos);
                self.error(pos, format!("extra init expr at {}", ps));
            } else {
                let s = expr_string(n);
                self.error(n.start_pos(), format!("extra init expr {}", s));
            }
        } else if l > r && (const_decl || r != 1) {
            let n = &names[r];
            self.error(n.pos, format!("missing init expr for {}", n.name));
        }
    }

    // ------------------------------------------------------------ assignments

    /// types2's initVar: initializes variable object `obj` with `x`.
    pub(crate) fn init_var(&mut self, obj: ObjId, x: &mut Operand<'a>, context: &str) {
        let lt = self.objs[obj].ty;
        if x.mode == Mode::Invalid || x.ty == TypeId::INVALID || lt == Some(TypeId::INVALID) {
            if lt.is_none() {
                self.objs[obj].ty = Some(TypeId::INVALID);
            }
            self.objs[obj].used = true;
            x.mode = Mode::Invalid;
            return;
        }
        if lt.is_none() {
            let mut t = x.ty;
            if self.tt().is_untyped(t) {
                if t == TypeId::UNTYPED_NIL {
                    self.error(x.pos, format!("use of untyped nil in {}", context));
                    self.objs[obj].ty = Some(TypeId::INVALID);
                    x.mode = Mode::Invalid;
                    return;
                }
                t = self.default_type(t);
            }
            self.objs[obj].ty = Some(t);
            self.set_local_type(obj, t);
        }
        let t = self.objs[obj].ty;
        self.assignment(x, t, context);
        if x.mode == Mode::Invalid {
            self.objs[obj].used = true;
        }
    }

    fn set_local_type(&mut self, obj: ObjId, t: TypeId) {
        match self.objs[obj].kind {
            ObjKind::Var(VarRef::Local(f, l)) => self.prog.funcs[f].locals[l].ty = t,
            ObjKind::Var(VarRef::Global(g)) => self.prog.globals[g].ty = t,
            _ => {}
        }
    }

    fn assign_error(&mut self, rhs: &'a [ast::Expr], nvars: usize, nvals: usize) {
        let measure = |n: usize, unit: &str| {
            if n == 1 { format!("{} {}", n, unit) } else { format!("{} {}s", n, unit) }
        };
        let vars = measure(nvars, "variable");
        let vals = measure(nvals, "value");
        let rhs0 = &rhs[0];
        if rhs.len() == 1 {
            if let AK::Call { fun, .. } = &unparen(rhs0).kind {
                let fs = expr_string(fun);
                self.error(
                    rhs0.start_pos(),
                    format!("assignment mismatch: {} but {} returns {}", vars, fs, vals),
                );
                return;
            }
        }
        self.error(rhs0.start_pos(), format!("assignment mismatch: {} but {}", vars, vals));
    }

    /// types2's initVars (for `var a, b = f()` and `:=`); returns the rhs IR.
    pub(crate) fn init_vars(
        &mut self,
        lhs: &[ObjId],
        rhs: &'a [ast::Expr],
        _ret: Option<&'a ast::Stmt>,
    ) -> Option<InitRhs> {
        let (mut ops, comma_ok, multi) = self.expr_list(rhs, lhs.len() == 2);
        if lhs.len() != ops.len() {
            for &o in lhs {
                self.objs[o].used = true;
                if self.objs[o].ty.is_none() {
                    self.objs[o].ty = Some(TypeId::INVALID);
                }
            }
            if ops.iter().any(|x| x.mode == Mode::Invalid) {
                return None;
            }
            self.assign_error(rhs, lhs.len(), ops.len());
            return None;
        }
        let context = "assignment";
        if comma_ok {
            let raw = ops[0].ir.clone();
            for (i, &o) in lhs.iter().enumerate() {
                self.init_var(o, &mut ops[i], context);
            }
            return Some(InitRhs::Multi(set_comma_ok(raw)));
        }
        let mut ok = true;
        for (i, &o) in lhs.iter().enumerate() {
            self.init_var(o, &mut ops[i], context);
            if ops[i].mode == Mode::Invalid {
                ok = false;
            }
        }
        if !ok {
            for &o in lhs {
                self.objs[o].used = true;
            }
        }
        if let Some(m) = multi {
            return Some(InitRhs::Multi(m));
        }
        Some(InitRhs::List(ops.into_iter().map(|o| o.ir).collect()))
    }

    /// Checks the left-hand side of an assignment of `x` (types2's assignVar),
    /// returning its IR.
    fn assign_var(&mut self, lhs: &'a ast::Expr, x: &mut Operand<'a>) -> Option<Expr> {
        if x.mode == Mode::Invalid || x.ty == TypeId::INVALID {
            self.use_lhs(lhs);
            return None;
        }
        let ident = match &unparen(lhs).kind {
            AK::Name(n) => Some(n.as_str()),
            _ => None,
        };
        if ident == Some("_") {
            self.assignment(x, None, "assignment to _ identifier");
            if x.mode == Mode::Invalid {
                return None;
            }
            return Some(Expr::new(lhs.pos, x.ty, ExprKind::Blank));
        }
        let mut v = None;
        if let Some(n) = ident {
            if let Some(o) = self.lookup(n) {
                if matches!(self.objs[o].kind, ObjKind::Var(_))
                    && self.objs[o].pkg == Some(self.pkg)
                {
                    v = Some((o, self.objs[o].used));
                }
            }
        }
        let z = self.expr(lhs);
        if let Some((o, used)) = v {
            self.objs[o].used = used;
        }
        if z.mode == Mode::Invalid || z.ty == TypeId::INVALID {
            return None;
        }
        let l = self.lhs_target(lhs, &z)?;
        self.assignment(x, Some(z.ty), "assignment");
        if x.mode == Mode::Invalid {
            return None;
        }
        Some(l)
    }

    /// Checks that `z` (the evaluated lhs) is assignable-to; returns its IR.
    fn lhs_target(&mut self, lhs: &'a ast::Expr, z: &Operand<'a>) -> Option<Expr> {
        match z.mode {
            Mode::Variable | Mode::MapIndex => {}
            _ => {
                if let AK::Selector { x: sx, .. } = &z.expr.map(|e| &e.kind).unwrap_or(&lhs.kind) {
                    let op = self.expr(sx);
                    if op.mode == Mode::MapIndex {
                        let s = expr_string(lhs);
                        self.error(z.pos, format!("cannot assign to struct field {} in map", s));
                        return None;
                    }
                }
                let s = self.operand_string(z);
                self.error(z.pos, format!("cannot assign to {}", s));
                return None;
            }
        }
        if let ExprKind::Local(l) = z.ir.kind {
            if let Some(f) = self.cur_func() {
                self.prog.funcs[f].locals[l].reassigned = true;
            }
        }
        Some(z.ir.clone())
    }

    fn check_lhs(&mut self, lhs: &'a ast::Expr, z: &Operand<'a>) -> Option<Expr> {
        self.lhs_target(lhs, z)
    }

    fn check_lhs_op(
        &mut self,
        lhs: &'a ast::Expr,
        z: &Operand<'a>,
        x: &Operand<'a>,
    ) -> Option<Expr> {
        let l = self.lhs_target(lhs, z)?;
        let mut xx = x.clone();
        self.assignment(&mut xx, Some(z.ty), "assignment");
        if xx.mode == Mode::Invalid {
            return None;
        }
        Some(l)
    }

    /// Binary operation on already evaluated operands (for `x op= y`).
    pub(crate) fn binary_operands(
        &mut self,
        x: Operand<'a>,
        y: Operand<'a>,
        e: Option<&'a ast::Expr>,
        lhs: &'a ast::Expr,
        rhs: &'a ast::Expr,
        op: BinOp,
        op_pos: Pos,
    ) -> Operand<'a> {
        self.binary_with(x, y, e, lhs, rhs, op, op_pos)
    }

    fn assign_vars(&mut self, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr]) -> Option<StmtKind> {
        let (mut ops, comma_ok, multi) = self.expr_list(rhs, lhs.len() == 2);
        if lhs.len() != ops.len() {
            for l in lhs {
                self.use_lhs(l);
            }
            if ops.iter().any(|x| x.mode == Mode::Invalid) {
                return None;
            }
            self.assign_error(rhs, lhs.len(), ops.len());
            return None;
        }
        if comma_ok {
            let raw = ops[0].ir.clone();
            let mut lirs = vec![];
            for (i, l) in lhs.iter().enumerate() {
                lirs.push(self.assign_var(l, &mut ops[i]));
            }
            if lirs.iter().any(|l| l.is_none()) {
                return None;
            }
            return Some(StmtKind::AssignOk {
                lhs: lirs.into_iter().flatten().collect(),
                rhs: set_comma_ok(raw),
                define: false,
                decls: vec![],
            });
        }
        let mut lirs = vec![];
        let mut ok = true;
        for (i, l) in lhs.iter().enumerate() {
            let r = self.assign_var(l, &mut ops[i]);
            if r.is_none() {
                ok = false;
            }
            lirs.push(r);
        }
        if !ok {
            for l in lhs {
                if let AK::Name(n) = &unparen(l).kind {
                    if let Some(o) = self.lookup(n) {
                        if matches!(self.objs[o].kind, ObjKind::Var(_))
                            && self.objs[o].pkg == Some(self.pkg)
                        {
                            self.objs[o].used = true;
                        }
                    }
                }
            }
            return None;
        }
        let lirs: Vec<Expr> = lirs.into_iter().flatten().collect();
        if let Some(m) = multi {
            return Some(multi_assign(lirs, m, false, vec![]));
        }
        let rirs: Vec<Expr> = ops.into_iter().map(|o| o.ir).collect();
        if lirs.len() == 1 {
            let mut l = lirs;
            let mut r = rirs;
            return Some(StmtKind::Assign {
                lhs: l.pop().unwrap(),
                rhs: r.pop(),
                define: false,
                decls: vec![],
            });
        }
        Some(StmtKind::AssignList { lhs: lirs, rhs: rirs, define: false, decls: vec![] })
    }

    fn use_lhs(&mut self, l: &'a ast::Expr) {
        if let AK::Name(n) = &unparen(l).kind {
            if n == "_" {
                return;
            }
        }
        let _ = self.raw_expr(l, None);
    }

    fn short_var_decl(
        &mut self,
        pos: Pos,
        lhs: &'a [ast::Expr],
        rhs: &'a [ast::Expr],
    ) -> Option<StmtKind> {
        let f = self.cur_func()?;
        let scope = self.scope;
        let mut seen = HashSet::new();
        let mut lhs_vars: Vec<Option<ObjId>> = vec![None; lhs.len()];
        let mut new_vars = vec![];
        let mut new_locals = vec![];
        let mut has_err = false;
        for (i, l) in lhs.iter().enumerate() {
            let AK::Name(name) = &l.kind else {
                let _ = self.raw_expr(l, None);
                let s = expr_string(l);
                self.error(l.start_pos(), format!("non-name {} on left side of :=", s));
                has_err = true;
                continue;
            };
            if name != "_" {
                if !seen.insert(name.clone()) {
                    self.error(l.pos, format!("{} repeated on left side of :=", name));
                    has_err = true;
                    continue;
                }
            }
            if let Some(&alt) = self.scopes[scope].names.get(name) {
                if matches!(self.objs[alt].kind, ObjKind::Var(_)) {
                    lhs_vars[i] = Some(alt);
                } else {
                    self.error(l.pos, format!("cannot assign to {}", name));
                    has_err = true;
                }
                continue;
            }
            let lid = self.new_local(f, name, TypeId::INVALID, l.pos, LocalKind::Var);
            let o = self.new_obj(name, l.pos, ObjKind::Var(VarRef::Local(f, lid)), None);
            lhs_vars[i] = Some(o);
            if name != "_" {
                new_vars.push(o);
            }
            new_locals.push(lid);
        }
        let lhs_objs: Vec<ObjId> = lhs_vars
            .iter()
            .enumerate()
            .map(|(i, o)| match o {
                Some(o) => *o,
                None => {
                    let lid = self.new_local(f, "_", TypeId::INVALID, lhs[i].pos, LocalKind::Var);
                    self.new_obj("_", lhs[i].pos, ObjKind::Var(VarRef::Local(f, lid)), None)
                }
            })
            .collect();
        // existing variables keep their type; new ones get it from the rhs
        let rhs_ir = self.init_vars(&lhs_objs, rhs, None);
        for &o in &lhs_objs {
            if self.objs[o].ty.is_none() {
                self.objs[o].ty = Some(TypeId::INVALID);
            }
            let t = self.objs[o].ty.unwrap();
            if let ObjKind::Var(VarRef::Local(ff, l)) = self.objs[o].kind {
                if ff == f && self.prog.funcs[f].locals[l].ty == TypeId::INVALID {
                    self.prog.funcs[f].locals[l].ty = t;
                }
            }
            self.objs[o].color = Color::Black;
        }
        if new_vars.is_empty() && !has_err {
            self.error(pos, "no new variables on left side of :=");
        }
        for &o in &new_vars {
            if self.declare(scope, o) {
                self.fctx.last_mut().unwrap().var_objs.push(o);
            }
        }
        let rhs_ir = rhs_ir?;
        // lhs IR
        let mut lirs = vec![];
        for (i, &o) in lhs_objs.iter().enumerate() {
            let t = self.objs[o].ty.unwrap_or(TypeId::INVALID);
            let is_blank = matches!(&lhs[i].kind, AK::Name(n) if n == "_");
            let e = if is_blank {
                Expr::new(lhs[i].pos, t, ExprKind::Blank)
            } else {
                match self.objs[o].kind {
                    ObjKind::Var(VarRef::Local(ff, l)) => {
                        let l = self.local_ref(ff, l);
                        if !new_vars.contains(&o) {
                            self.prog.funcs[f].locals[l].reassigned = true;
                        }
                        Expr::new(lhs[i].pos, t, ExprKind::Local(l))
                    }
                    ObjKind::Var(VarRef::Global(g)) => {
                        Expr::new(lhs[i].pos, t, ExprKind::Global(g))
                    }
                    _ => Expr::new(lhs[i].pos, t, ExprKind::Blank),
                }
            };
            lirs.push(e);
        }
        let decls: Vec<LocalId> = new_vars
            .iter()
            .filter_map(|&o| match self.objs[o].kind {
                ObjKind::Var(VarRef::Local(_, l)) => Some(l),
                _ => None,
            })
            .collect();
        let _ = new_locals;
        Some(match rhs_ir {
            InitRhs::Multi(m) => multi_assign(lirs, m, true, decls),
            InitRhs::List(mut r) => {
                if lirs.len() == 1 && r.len() == 1 {
                    StmtKind::Assign { lhs: lirs.pop().unwrap(), rhs: r.pop(), define: true, decls }
                } else {
                    StmtKind::AssignList { lhs: lirs, rhs: r, define: true, decls }
                }
            }
        })
    }

    fn return_stmt(&mut self, s: &'a ast::Stmt, results: &'a [ast::Expr]) -> Option<StmtKind> {
        let fc = self.fctx.last().unwrap();
        let res_types = fc.results.clone();
        let named = fc.named_results;
        if results.is_empty() && !res_types.is_empty() && named {
            // result parameters must be in scope
            let robjs = fc.result_objs.clone();
            for o in robjs {
                let name = self.objs[o].name.clone();
                if let Some(alt) = self.lookup(&name) {
                    if alt != o {
                        let ap = self.objs[alt].pos;
                        let t = self.objs[alt].ty.map(|t| self.ts(t)).unwrap_or_default();
                        self.error_multi(
                            s.pos,
                            format!("result parameter {} not in scope at return", name),
                            &[(ap, format!("inner declaration of var {} {}", name, t))],
                        );
                    }
                }
            }
            return Some(StmtKind::Return(vec![]));
        }
        let (mut ops, _, multi) = self.expr_list(results, false);
        if ops.len() != res_types.len() {
            if ops.iter().any(|x| x.mode == Mode::Invalid) {
                return None;
            }
            let (at, q) = if ops.len() > res_types.len() {
                (ops[res_types.len()].pos, "too many")
            } else if !ops.is_empty() {
                (ops[ops.len() - 1].pos, "not enough")
            } else {
                (s.pos, "not enough")
            };
            let at = if ops.len() > res_types.len() {
                ops[res_types.len()].expr.map(|e| e.start_pos()).unwrap_or(at)
            } else {
                at
            };
            let have = self.types_summary(&ops.iter().map(|o| o.ty).collect::<Vec<_>>(), false);
            let want = self.types_summary(&res_types, false);
            self.error_multi(
                at,
                format!("{} return values", q),
                &[(Pos::NONE, format!("have {}", have)), (Pos::NONE, format!("want {}", want))],
            );
            return None;
        }
        let mut ok = true;
        for (i, o) in ops.iter_mut().enumerate() {
            self.assignment(o, Some(res_types[i]), "return statement");
            if o.mode == Mode::Invalid {
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        if let Some(m) = multi {
            return Some(StmtKind::Return(vec![m]));
        }
        Some(StmtKind::Return(ops.into_iter().map(|o| o.ir).collect()))
    }

    // ------------------------------------------------------------ switch

    fn switch_stmt(
        &mut self,
        tag: Option<&'a ast::Expr>,
        clauses: &'a [ast::CaseClause],
        rbrace: Pos,
        target: TargetId,
        label: Option<LabelId>,
        init: Option<Box<Stmt>>,
    ) -> StmtKind {
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if x.mode != Mode::Invalid
                    && !self.tt().comparable(x.ty)
                    && !self.tt().has_nil(x.ty)
                {
                    let s = self.operand_string(&x);
                    let ts = self.ts(x.ty);
                    self.error(x.pos, format!("cannot switch on {} ({} is not comparable)", s, ts));
                    x.mode = Mode::Invalid;
                }
                x
            }
            None => {
                let pos = clauses.first().map(|c| c.pos).unwrap_or(rbrace);
                let mut x = self.invalid_operand(pos);
                x.mode = Mode::Constant;
                x.ty = TypeId::BOOL;
                x.val = ConstValue::Bool(true);
                x.ir = Expr::constant(pos, TypeId::BOOL, ConstValue::Bool(true), None);
                x
            }
        };
        self.multiple_defaults(clauses);
        let mut seen: HashMap<crate::constant::ConstKey, Vec<(Pos, TypeId)>> = HashMap::new();
        let mut cases = vec![];
        let n = clauses.len();
        for (i, c) in clauses.iter().enumerate() {
            let mut values = vec![];
            if let Some(exprs) = &c.exprs {
                for e in exprs {
                    if let Some(v) = self.case_value(&mut x, e, &mut seen, tag.is_some()) {
                        values.push(v);
                    }
                }
            }
            self.open_scope(ScopeKind::Block);
            let ctx = if i + 1 < n {
                Ctx { fallthrough_ok: true, ..Ctx::default() }
            } else {
                Ctx { final_switch_case: true, ..Ctx::default() }
            };
            let body = self.stmt_list(ctx, &c.body);
            self.close_scope();
            let ft = matches!(body.last(), Some(Stmt { kind: StmtKind::Fallthrough, .. }));
            cases.push(CaseClause {
                pos: c.pos,
                values,
                is_default: c.exprs.is_none(),
                body,
                fallthrough: ft,
            });
        }
        StmtKind::Switch {
            target,
            label,
            init,
            tag: if tag.is_some() && x.mode != Mode::Invalid { Some(x.ir) } else { None },
            cases,
        }
    }

    fn multiple_defaults(&mut self, clauses: &'a [ast::CaseClause]) {
        let mut first: Option<Pos> = None;
        for c in clauses {
            if c.exprs.is_none() {
                if let Some(f) = first {
                    let fs = self.pos_string(f);
                    self.error(c.pos, format!("multiple defaults (first at {})", fs));
                } else {
                    first = Some(c.pos);
                }
            }
        }
    }

    fn case_value(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a ast::Expr,
        seen: &mut HashMap<crate::constant::ConstKey, Vec<(Pos, TypeId)>>,
        has_tag: bool,
    ) -> Option<Expr> {
        let mut v = self.expr(e);
        if x.mode == Mode::Invalid || v.mode == Mode::Invalid {
            return None;
        }
        let xt = x.ty;
        self.convert_untyped(&mut v, xt);
        if v.mode == Mode::Invalid {
            return None;
        }
        // check comparability (errors at the case value)
        let res =
            self.comparison(v.clone(), x.clone(), CmpOp::Eq, CompareOp::Eq, None, BinOp::Eq, e.pos);
        if res.mode == Mode::Invalid {
            return None;
        }
        if v.mode == Mode::Constant && !v.val.is_unknown() {
            let key = v.val.key();
            if matches!(v.val, ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::String(_)) {
                let list = seen.entry(key).or_default();
                if let Some(&(ppos, _)) =
                    list.iter().find(|(_, t)| self.prog.types.identical(*t, v.ty))
                {
                    let vs = self.operand_string(&v);
                    self.error_multi(
                        v.pos,
                        format!("duplicate case {} in expression switch", vs),
                        &[(ppos, "previous case".into())],
                    );
                    return None;
                }
                list.push((v.pos, v.ty));
            }
        }
        if !has_tag {
            self.finalize_bool(&mut v);
        }
        // comparing a concrete case value with an interface tag
        if self.tt().is_interface(x.ty) && !self.tt().is_interface(v.ty) && !v.is_nil() {
            self.implicit_conv(&mut v, xt);
        }
        if v.is_nil() {
            v.ir.ty = x.ty;
        }
        Some(v.ir)
    }

    fn type_switch_stmt(
        &mut self,
        bind: Option<&'a ast::Ident>,
        xe: &'a ast::Expr,
        clauses: &'a [ast::CaseClause],
        target: TargetId,
        label: Option<LabelId>,
        init: Option<Box<Stmt>>,
    ) -> Option<StmtKind> {
        let mut lhs = bind;
        if let Some(b) = bind {
            if b.name == "_" {
                self.error(b.pos, "no new variable on left side of :=");
                lhs = None;
            }
        }
        let x = self.expr(xe);
        if x.mode == Mode::Invalid {
            return None;
        }
        let sx = if self.tt().is_interface(x.ty) {
            true
        } else {
            let s = self.operand_string(&x);
            self.error(x.pos, format!("{} is not an interface", s));
            false
        };
        self.multiple_defaults(clauses);
        let f = self.cur_func().unwrap();
        let mut lhs_vars = vec![];
        let mut seen: Vec<(Option<TypeId>, &'a ast::Expr)> = vec![];
        let mut cases = vec![];
        for c in clauses {
            let mut types = vec![];
            let mut last_t: Option<TypeId> = None;
            let exprs: &'a [ast::Expr] = c.exprs.as_deref().unwrap_or(&[]);
            for e in exprs {
                let t: Option<TypeId> = if self.is_nil_expr(e) {
                    let _ = self.expr(e);
                    None
                } else {
                    let t = self.var_type(e);
                    if t == TypeId::INVALID {
                        continue;
                    }
                    Some(t)
                };
                let dup = seen.iter().find(|(st, _)| match (st, t) {
                    (None, None) => true,
                    (Some(a), Some(b)) => self.prog.types.identical(*a, b),
                    _ => false,
                });
                if let Some((_, other)) = dup {
                    let ts = t.map(|t| self.ts(t)).unwrap_or_else(|| "nil".into());
                    let op = other.start_pos();
                    self.error_multi(
                        e.start_pos(),
                        format!("duplicate case {} in type switch", ts),
                        &[(op, "previous case".into())],
                    );
                    continue;
                }
                seen.push((t, e));
                if sx {
                    if let Some(t) = t {
                        self.type_assertion(e, &x, t, true);
                    }
                }
                types.push(t);
                last_t = t;
            }
            self.open_scope(ScopeKind::Block);
            let mut local = None;
            if let Some(b) = lhs {
                let t = if exprs.len() != 1 || last_t.is_none() { x.ty } else { last_t.unwrap() };
                let lid = self.new_local(f, &b.name, t, b.pos, LocalKind::Var);
                let o = self.new_obj(&b.name, b.pos, ObjKind::Var(VarRef::Local(f, lid)), Some(t));
                let sc = self.scope;
                self.declare(sc, o);
                lhs_vars.push(o);
                local = Some(lid);
            }
            let body = self.stmt_list(Ctx { in_type_switch: true, ..Ctx::default() }, &c.body);
            self.close_scope();
            cases.push(TypeCase { pos: c.pos, types, is_default: c.exprs.is_none(), local, body });
        }
        if let Some(b) = lhs {
            let used = lhs_vars.iter().any(|&o| self.objs[o].used);
            for &o in &lhs_vars {
                self.objs[o].used = true;
            }
            if !used {
                self.error(b.pos, format!("{} declared but not used", b.name));
            }
        }
        Some(StmtKind::TypeSwitch {
            target,
            label,
            init,
            bind: lhs.map(|b| b.name.clone()),
            x: x.ir,
            cases,
        })
    }

    fn is_nil_expr(&self, e: &ast::Expr) -> bool {
        if let AK::Name(n) = &unparen(e).kind {
            if let Some(o) = self.lookup(n) {
                return matches!(self.objs[o].kind, ObjKind::Nil);
            }
        }
        false
    }

    // ------------------------------------------------------------ range

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        s: &'a ast::Stmt,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        xe: &'a ast::Expr,
        body: &'a ast::Block,
        label: Option<(&'a str, LabelId)>,
    ) -> Option<StmtKind> {
        let mut x = self.expr(xe);
        let mut kv: (Option<TypeId>, Option<TypeId>) = (None, None);
        let mut kind = RangeKind::Slice;
        if x.mode != Mode::Invalid {
            let u = self.under(x.ty);
            let r = match self.kind(u).clone() {
                TypeKind::Basic(k) if k.is_string() => {
                    kind = RangeKind::String;
                    if self.tt().is_untyped(x.ty) {
                        self.convert_untyped(&mut x, TypeId::STRING);
                    }
                    Some((TypeId::INT, Some(TypeId::RUNE)))
                }
                TypeKind::Basic(k) if k.is_integer() => {
                    kind = RangeKind::Int;
                    if self.tt().is_untyped(x.ty) {
                        self.convert_untyped(&mut x, TypeId::INT);
                    }
                    Some((x.ty, None))
                }
                TypeKind::Array(e, _) => {
                    kind = RangeKind::Array;
                    Some((TypeId::INT, Some(e)))
                }
                TypeKind::Pointer(b) => match self.tt().under_kind(b).clone() {
                    TypeKind::Array(e, _) => {
                        kind = RangeKind::ArrayPtr;
                        Some((TypeId::INT, Some(e)))
                    }
                    _ => None,
                },
                TypeKind::Slice(e) => {
                    kind = RangeKind::Slice;
                    Some((TypeId::INT, Some(e)))
                }
                TypeKind::Map(k, v) => {
                    kind = RangeKind::Map;
                    Some((k, Some(v)))
                }
                TypeKind::Chan(dir, e) => {
                    kind = RangeKind::Chan;
                    if value.is_some() {
                        let xs = self.operand_string(&x);
                        self.error(
                            value.unwrap().start_pos(),
                            format!("range over {} permits only one iteration variable", xs),
                        );
                    }
                    if dir == crate::types::ChanDir::Send {
                        let xs = self.operand_string(&x);
                        self.error(
                            x.pos,
                            format!("cannot range over {} (receive from send-only channel)", xs),
                        );
                    }
                    Some((e, None))
                }
                _ => None,
            };
            match r {
                Some((k, v)) => kv = (Some(k), v),
                None => {
                    let xs = self.operand_string(&x);
                    self.error(x.pos, format!("cannot range over {}", xs));
                }
            }
            if kind == RangeKind::Int && value.is_some() {
                let xs = self.operand_string(&x);
                self.error(
                    value.unwrap().start_pos(),
                    format!("range over {} permits only one iteration variable", xs),
                );
            }
        }
        self.open_scope(ScopeKind::Block);
        let f = self.cur_func().unwrap();
        let lhs = [key, value];
        let rhs = [kv.0, kv.1];
        let mut key_ir = None;
        let mut val_ir = None;
        let mut decls = vec![];
        if define {
            let mut vars = vec![];
            for i in 0..2 {
                let Some(l) = lhs[i] else { continue };
                let (obj, lid) = if let AK::Name(name) = &l.kind {
                    let lid = self.new_local(f, name, TypeId::INVALID, l.pos, LocalKind::Var);
                    let o = self.new_obj(name, l.pos, ObjKind::Var(VarRef::Local(f, lid)), None);
                    if name != "_" {
                        vars.push(o);
                    }
                    (o, lid)
                } else {
                    let s = expr_string(l);
                    self.error(l.start_pos(), format!("cannot declare {}", s));
                    let lid = self.new_local(f, "_", TypeId::INVALID, l.pos, LocalKind::Var);
                    (self.new_obj("_", l.pos, ObjKind::Var(VarRef::Local(f, lid)), None), lid)
                };
                match rhs[i] {
                    Some(t) => {
                        let mut op = self.invalid_operand(l.start_pos());
                        op.mode = Mode::Value;
                        op.expr = Some(l);
                        op.ty = t;
                        op.ir = Expr::new(l.pos, t, ExprKind::Nil);
                        self.init_var(obj, &mut op, "range clause");
                    }
                    None => {
                        self.objs[obj].ty = Some(TypeId::INVALID);
                        self.objs[obj].used = true;
                    }
                }
                let t = self.objs[obj].ty.unwrap_or(TypeId::INVALID);
                self.prog.funcs[f].locals[lid].ty = t;
                self.prog.funcs[f].locals[lid].per_iteration = true;
                self.objs[obj].color = Color::Black;
                let is_blank = self.objs[obj].name == "_";
                let ir = if is_blank {
                    Expr::new(l.pos, t, ExprKind::Blank)
                } else {
                    Expr::new(l.pos, t, ExprKind::Local(lid))
                };
                if !is_blank {
                    decls.push(lid);
                }
                if i == 0 {
                    key_ir = Some(ir);
                } else {
                    val_ir = Some(ir);
                }
            }
            if !vars.is_empty() {
                let sc = self.scope;
                for o in vars {
                    if self.declare(sc, o) {
                        self.fctx.last_mut().unwrap().var_objs.push(o);
                    }
                }
            } else {
                self.error(s.pos, "no new variables on left side of :=");
            }
        } else {
            for i in 0..2 {
                let Some(l) = lhs[i] else { continue };
                if let Some(t) = rhs[i] {
                    let mut op = self.invalid_operand(l.start_pos());
                    op.mode = Mode::Value;
                    op.expr = Some(l);
                    op.ty = t;
                    op.ir = Expr::new(l.pos, t, ExprKind::Nil);
                    let ir = self.assign_var(l, &mut op);
                    if i == 0 {
                        key_ir = ir;
                    } else {
                        val_ir = ir;
                    }
                }
            }
        }
        let t = self.new_target(label.map(|l| l.0.to_string()), true);
        self.open_scope(ScopeKind::Block);
        let stmts = self.stmt_list(Ctx::default(), &body.stmts);
        self.close_scope();
        self.pop_target();
        self.close_scope();
        if x.mode == Mode::Invalid {
            return None;
        }
        Some(StmtKind::Range {
            target: t,
            label: label.map(|l| l.1),
            kind,
            key: key_ir,
            value: val_ir,
            define,
            decls,
            x: x.ir,
            body: Block { pos: body.pos, end: body.rbrace, stmts },
        })
    }

    // ------------------------------------------------------------ terminating statements

    fn is_terminating(&self, s: &ast::Stmt, label: &str) -> bool {
        match &s.kind {
            SK::Labeled { label: l, stmt } => self.is_terminating(stmt, &l.name),
            SK::Expr(e) => {
                if let AK::Call { .. } = &unparen(e).kind {
                    let p = unparen(e) as *const ast::Expr as usize;
                    return self.fctx.last().is_some_and(|f| f.panics.contains(&p));
                }
                false
            }
            SK::Return(_) => true,
            SK::Branch { kind, .. } => matches!(kind, BranchKind::Goto | BranchKind::Fallthrough),
            SK::Block(b) => self.is_terminating_list(&b.stmts, ""),
            SK::If { then, els, .. } => match els {
                Some(e) => self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, ""),
                None => false,
            },
            SK::Switch { clauses, .. } | SK::TypeSwitch { clauses, .. } => {
                let mut has_default = false;
                for c in clauses {
                    if c.exprs.is_none() {
                        has_default = true;
                    }
                    if !self.is_terminating_list(&c.body, "")
                        || has_break_list(&c.body, label, true)
                    {
                        return false;
                    }
                }
                has_default
            }
            SK::Select { clauses, .. } => {
                for c in clauses {
                    if !self.is_terminating_list(&c.body, "")
                        || has_break_list(&c.body, label, true)
                    {
                        return false;
                    }
                }
                true
            }
            SK::For { cond, body, .. } => {
                cond.is_none() && !has_break_list(&body.stmts, label, true)
            }
            _ => false,
        }
    }

    pub(crate) fn is_terminating_list(&self, list: &[ast::Stmt], label: &str) -> bool {
        match list.iter().rposition(|s| !matches!(s.kind, SK::Empty)) {
            Some(i) => self.is_terminating(&list[i], label),
            None => false,
        }
    }
}

fn has_break(s: &ast::Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        SK::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        SK::Branch { kind: BranchKind::Break, label: l } => match l {
            None => implicit,
            Some(l) => l.name == label,
        },
        SK::Block(b) => has_break_list(&b.stmts, label, implicit),
        SK::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        SK::Switch { clauses, .. } | SK::TypeSwitch { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|c| has_break_list(&c.body, label, false))
        }
        SK::Select { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|c| has_break_list(&c.body, label, false))
        }
        SK::For { body, .. } | SK::Range { body, .. } => {
            !label.is_empty() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}

fn has_break_list(list: &[ast::Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

/// Marks a map index / type assertion / receive as the comma-ok form.
fn set_comma_ok(mut e: Expr) -> Expr {
    match &mut e.kind {
        ExprKind::MapIndex { comma_ok, .. }
        | ExprKind::TypeAssert { comma_ok, .. }
        | ExprKind::Recv { comma_ok, .. } => *comma_ok = true,
        _ => {}
    }
    e
}

fn multi_assign(lhs: Vec<Expr>, rhs: Expr, define: bool, decls: Vec<LocalId>) -> StmtKind {
    match &rhs.kind {
        ExprKind::MapIndex { comma_ok: true, .. }
        | ExprKind::TypeAssert { comma_ok: true, .. }
        | ExprKind::Recv { comma_ok: true, .. } => StmtKind::AssignOk { lhs, rhs, define, decls },
        _ => StmtKind::AssignCall { lhs, call: rhs, define, decls },
    }
}

trait NumericOf {
    fn to_numeric_of(self, float: bool) -> ConstValue;
}

impl NumericOf for ConstValue {
    fn to_numeric_of(self, float: bool) -> ConstValue {
        if float { self.to_float() } else { self }
    }
}
