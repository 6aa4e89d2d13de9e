//! Branch and label checks, as gc's parser does them (syntax/branches.go):
//! break/continue/fallthrough placement, goto targets, unused labels.
//! gc reports these before type checking.

use super::Checker;
use syntax::Pos;
use syntax::ast::{self, BranchKind, ExprKind as AK, StmtKind as SK};

#[derive(Clone, Copy, PartialEq)]
enum LKind {
    For,
    Switch,
    Select,
    Other,
}

struct LabelInfo {
    name: String,
    pos: Pos,
    block: usize,
    used: bool,
    kind: LKind,
}

struct Blk {
    parent: Option<usize>,
    start: Pos,
    lstmt: Option<usize>,
}

#[derive(Clone)]
struct Fwd {
    id: usize,
    name: String,
    pos: Pos,
}

#[derive(Clone, Copy)]
struct Targets {
    breaks: bool,
    continues: bool,
    /// (case index, number of clauses, type switch) of the immediately enclosing switch
    case: Option<(usize, usize, bool)>,
    in_switch: Option<bool>,
}

struct LabelScope<'c, 'a> {
    c: &'c mut Checker<'a>,
    labels: Vec<LabelInfo>,
    blocks: Vec<Blk>,
    next_fwd: usize,
}

pub(super) fn check_file<'a>(c: &mut Checker<'a>, f: &'a ast::File) {
    let mut bodies: Vec<&'a ast::Block> = vec![];
    for d in &f.decls {
        match d {
            ast::Decl::Func(fd) => {
                if let Some(b) = &fd.body {
                    // literals inside are checked when the parser sees their bodies,
                    // i.e. before the enclosing function
                    collect_lits_block(b, &mut bodies);
                    bodies.push(b);
                }
            }
            ast::Decl::Var(specs) => {
                for s in specs {
                    for v in &s.values {
                        collect_lits_expr(v, &mut bodies);
                    }
                }
            }
            ast::Decl::Const(specs) => {
                for s in specs {
                    for v in &s.values {
                        collect_lits_expr(v, &mut bodies);
                    }
                }
            }
            _ => {}
        }
    }
    for b in bodies {
        check_body(c, b);
    }
}

fn check_body(c: &mut Checker<'_>, body: &ast::Block) {
    let mut ls = LabelScope { c, labels: vec![], blocks: vec![], next_fwd: 0 };
    let fwd = ls.block_branches(
        None,
        Targets { breaks: false, continues: false, case: None, in_switch: None },
        None,
        body.pos,
        &body.stmts,
    );
    for f in fwd {
        if let Some(i) = ls.labels.iter().position(|l| l.name == f.name) {
            ls.labels[i].used = true;
            let start = ls.blocks[ls.labels[i].block].start;
            let ps = ls.c.pos_string(start);
            ls.c.error(f.pos, format!("goto {} jumps into block starting at {}", f.name, ps));
        } else {
            ls.c.error(f.pos, format!("label {} not defined", f.name));
        }
    }
    let mut unused: Vec<(Pos, String)> =
        ls.labels.iter().filter(|l| !l.used).map(|l| (l.pos, l.name.clone())).collect();
    unused.sort();
    for (pos, name) in unused {
        ls.c.error(pos, format!("label {} defined and not used", name));
    }
}

fn stmt_kind(s: &ast::Stmt) -> LKind {
    match &s.kind {
        SK::For { .. } | SK::Range { .. } => LKind::For,
        SK::Switch { .. } | SK::TypeSwitch { .. } => LKind::Switch,
        SK::Select { .. } => LKind::Select,
        _ => LKind::Other,
    }
}

impl<'c, 'a> LabelScope<'c, 'a> {
    fn declare(&mut self, b: usize, name: &str, pos: Pos, kind: LKind) -> usize {
        if let Some(i) = self.labels.iter().position(|l| l.name == name) {
            let ps = self.c.pos_string(self.labels[i].pos);
            self.c.error(pos, format!("label {} already defined at {}", name, ps));
            return i;
        }
        self.labels.push(LabelInfo { name: name.into(), pos, block: b, used: false, kind });
        self.labels.len() - 1
    }

    fn goto_target(&mut self, mut b: Option<usize>, name: &str) -> bool {
        if let Some(i) = self.labels.iter().position(|l| l.name == name) {
            self.labels[i].used = true;
            while let Some(bi) = b {
                if self.labels[i].block == bi {
                    return true;
                }
                b = self.blocks[bi].parent;
            }
        }
        false
    }

    /// Some(Some(kind)) enclosing target, Some(None) invalid, None not defined.
    fn enclosing_target(&mut self, mut b: Option<usize>, name: &str) -> Option<Option<LKind>> {
        let i = self.labels.iter().position(|l| l.name == name)?;
        self.labels[i].used = true;
        while let Some(bi) = b {
            if self.blocks[bi].lstmt == Some(i) {
                return Some(Some(self.labels[i].kind));
            }
            b = self.blocks[bi].parent;
        }
        Some(None)
    }

    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<usize>,
        start: Pos,
        body: &[ast::Stmt],
    ) -> Vec<Fwd> {
        self.blocks.push(Blk { parent, start, lstmt });
        let b = self.blocks.len() - 1;
        let mut var_pos: Option<(Pos, String)> = None;
        let mut fwd: Vec<Fwd> = vec![];
        let mut bad: Vec<usize> = vec![];
        let n = body.iter().rposition(|s| !matches!(s.kind, SK::Empty)).map(|i| i + 1).unwrap_or(0);
        let list = &body[..n];
        for (idx, stmt0) in list.iter().enumerate() {
            let mut lstmt_here: Option<usize> = None;
            let mut stmt = stmt0;
            loop {
                match &stmt.kind {
                    SK::Labeled { label, stmt: inner } => {
                        if label.name != "_" {
                            let l = self.declare(b, &label.name, label.pos, stmt_kind(inner));
                            let mut keep = vec![];
                            for f in fwd.drain(..) {
                                if f.name == label.name {
                                    self.labels[l].used = true;
                                    if var_pos.is_some() && bad.contains(&f.id) {
                                        let (vp, vn) = var_pos.clone().unwrap();
                                        let ps = self.c.pos_string(vp);
                                        self.c.error(
                                            f.pos,
                                            format!(
                                                "goto {} jumps over declaration of {} at {}",
                                                f.name, vn, ps
                                            ),
                                        );
                                    }
                                } else {
                                    keep.push(f);
                                }
                            }
                            fwd = keep;
                            lstmt_here = Some(l);
                        }
                        stmt = inner;
                        continue;
                    }
                    _ => break,
                }
            }
            let inner_t = |t: Targets| Targets { case: None, ..t };
            match &stmt.kind {
                SK::Decl(ast::Decl::Var(specs)) => {
                    if let Some(s) = specs.first() {
                        let name = s.names.first().map(|n| n.name.clone()).unwrap_or_default();
                        var_pos = Some((s.pos, name));
                        bad = fwd.iter().map(|f| f.id).collect();
                    }
                }
                SK::Assign { lhs, op: ast::AssignOp::Define, .. } => {
                    let name = lhs.iter().map(super::expr_string).collect::<Vec<_>>().join(", ");
                    var_pos = Some((stmt.pos, name));
                    bad = fwd.iter().map(|f| f.id).collect();
                }
                SK::Branch { kind, label } => match label {
                    None => match kind {
                        BranchKind::Break => {
                            if !ctxt.breaks {
                                self.c.error(stmt.pos, "break is not in a loop, switch, or select");
                            }
                        }
                        BranchKind::Continue => {
                            if !ctxt.continues {
                                self.c.error(stmt.pos, "continue is not in a loop");
                            }
                        }
                        BranchKind::Fallthrough => {
                            let mut msg = Some("fallthrough statement out of place");
                            if let Some(is_ts) = ctxt.in_switch {
                                if is_ts {
                                    msg = Some("cannot fallthrough in type switch");
                                } else if let Some((ci, nc, _)) = ctxt.case {
                                    if idx + 1 < list.len() {
                                        // out of place
                                    } else if ci + 1 == nc {
                                        msg = Some("cannot fallthrough final case in switch");
                                    } else {
                                        msg = None;
                                    }
                                }
                            }
                            if let Some(m) = msg {
                                self.c.error(stmt.pos, m);
                            }
                        }
                        BranchKind::Goto => {}
                    },
                    Some(l) => match kind {
                        BranchKind::Break => match self.enclosing_target(Some(b), &l.name) {
                            Some(Some(k)) if k != LKind::Other => {}
                            Some(_) => {
                                self.c.error(l.pos, format!("invalid break label {}", l.name))
                            }
                            None => {
                                self.c.error(l.pos, format!("break label not defined: {}", l.name))
                            }
                        },
                        BranchKind::Continue => match self.enclosing_target(Some(b), &l.name) {
                            Some(Some(LKind::For)) => {}
                            Some(_) => {
                                self.c.error(l.pos, format!("invalid continue label {}", l.name))
                            }
                            None => self
                                .c
                                .error(l.pos, format!("continue label not defined: {}", l.name)),
                        },
                        BranchKind::Goto => {
                            if !self.goto_target(Some(b), &l.name) {
                                self.next_fwd += 1;
                                fwd.push(Fwd {
                                    id: self.next_fwd,
                                    name: l.name.clone(),
                                    pos: l.pos,
                                });
                            }
                        }
                        BranchKind::Fallthrough => {}
                    },
                },
                SK::Block(bl) => {
                    let r =
                        self.block_branches(Some(b), inner_t(ctxt), lstmt_here, bl.pos, &bl.stmts);
                    fwd.extend(r);
                }
                SK::If { then, els, .. } => {
                    let r = self.block_branches(
                        Some(b),
                        inner_t(ctxt),
                        lstmt_here,
                        then.pos,
                        &then.stmts,
                    );
                    fwd.extend(r);
                    if let Some(e) = els {
                        let r = self.block_branches(
                            Some(b),
                            inner_t(ctxt),
                            lstmt_here,
                            e.pos,
                            std::slice::from_ref(e),
                        );
                        fwd.extend(r);
                    }
                }
                SK::For { body, .. } | SK::Range { body, .. } => {
                    let t = Targets { breaks: true, continues: true, case: None, in_switch: None };
                    let r = self.block_branches(Some(b), t, lstmt_here, body.pos, &body.stmts);
                    fwd.extend(r);
                }
                SK::Switch { clauses, .. } | SK::TypeSwitch { clauses, .. } => {
                    let ts = matches!(stmt.kind, SK::TypeSwitch { .. });
                    for (i, cc) in clauses.iter().enumerate() {
                        let t = Targets {
                            breaks: true,
                            continues: ctxt.continues,
                            case: Some((i, clauses.len(), ts)),
                            in_switch: Some(ts),
                        };
                        let r = self.block_branches(Some(b), t, lstmt_here, cc.pos, &cc.body);
                        fwd.extend(r);
                    }
                }
                SK::Select { clauses, .. } => {
                    for cc in clauses {
                        let t = Targets {
                            breaks: true,
                            continues: ctxt.continues,
                            case: None,
                            in_switch: None,
                        };
                        let r = self.block_branches(Some(b), t, lstmt_here, cc.pos, &cc.body);
                        fwd.extend(r);
                    }
                }
                _ => {}
            }
        }
        fwd
    }
}

// ---------------------------------------------------------------- literal bodies

fn collect_lits_block<'a>(b: &'a ast::Block, out: &mut Vec<&'a ast::Block>) {
    for s in &b.stmts {
        collect_lits_stmt(s, out);
    }
}

fn collect_lits_stmt<'a>(s: &'a ast::Stmt, out: &mut Vec<&'a ast::Block>) {
    match &s.kind {
        SK::Bad | SK::Empty => {}
        SK::Expr(e) | SK::Go(e) | SK::Defer(e) => collect_lits_expr(e, out),
        SK::Send { ch, value } => {
            collect_lits_expr(ch, out);
            collect_lits_expr(value, out);
        }
        SK::IncDec { x, .. } => collect_lits_expr(x, out),
        SK::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                collect_lits_expr(e, out);
            }
        }
        SK::Return(v) => v.iter().for_each(|e| collect_lits_expr(e, out)),
        SK::Branch { .. } => {}
        SK::Block(b) => collect_lits_block(b, out),
        SK::If { init, cond, then, els } => {
            if let Some(i) = init {
                collect_lits_stmt(i, out);
            }
            collect_lits_expr(cond, out);
            collect_lits_block(then, out);
            if let Some(e) = els {
                collect_lits_stmt(e, out);
            }
        }
        SK::Switch { init, tag, clauses, .. } => {
            if let Some(i) = init {
                collect_lits_stmt(i, out);
            }
            if let Some(t) = tag {
                collect_lits_expr(t, out);
            }
            for c in clauses {
                if let Some(es) = &c.exprs {
                    es.iter().for_each(|e| collect_lits_expr(e, out));
                }
                c.body.iter().for_each(|s| collect_lits_stmt(s, out));
            }
        }
        SK::TypeSwitch { init, x, clauses, .. } => {
            if let Some(i) = init {
                collect_lits_stmt(i, out);
            }
            collect_lits_expr(x, out);
            for c in clauses {
                c.body.iter().for_each(|s| collect_lits_stmt(s, out));
            }
        }
        SK::Select { clauses, .. } => {
            for c in clauses {
                if let Some(cm) = &c.comm {
                    collect_lits_stmt(cm, out);
                }
                c.body.iter().for_each(|s| collect_lits_stmt(s, out));
            }
        }
        SK::For { init, cond, post, body } => {
            if let Some(i) = init {
                collect_lits_stmt(i, out);
            }
            if let Some(c) = cond {
                collect_lits_expr(c, out);
            }
            if let Some(p) = post {
                collect_lits_stmt(p, out);
            }
            collect_lits_block(body, out);
        }
        SK::Range { key, value, x, body, .. } => {
            for e in [key, value].into_iter().flatten() {
                collect_lits_expr(e, out);
            }
            collect_lits_expr(x, out);
            collect_lits_block(body, out);
        }
        SK::Labeled { stmt, .. } => collect_lits_stmt(stmt, out),
        SK::Decl(d) => match d {
            ast::Decl::Var(specs) => {
                specs.iter().for_each(|s| s.values.iter().for_each(|e| collect_lits_expr(e, out)))
            }
            ast::Decl::Const(specs) => {
                specs.iter().for_each(|s| s.values.iter().for_each(|e| collect_lits_expr(e, out)))
            }
            _ => {}
        },
    }
}

fn collect_lits_expr<'a>(e: &'a ast::Expr, out: &mut Vec<&'a ast::Block>) {
    match &e.kind {
        AK::FuncLit { body, .. } => {
            collect_lits_block(body, out);
            out.push(body);
        }
        AK::Composite { typ, elems, .. } => {
            if let Some(t) = typ {
                collect_lits_expr(t, out);
            }
            for el in elems {
                if let Some(k) = &el.key {
                    collect_lits_expr(k, out);
                }
                collect_lits_expr(&el.value, out);
            }
        }
        AK::Paren(x) | AK::Star(x) | AK::Tilde(x) | AK::Dots(x) | AK::SliceType(x) => {
            collect_lits_expr(x, out)
        }
        AK::Selector { x, .. } | AK::TypeSwitchGuard { x } | AK::Unary { x, .. } => {
            collect_lits_expr(x, out)
        }
        AK::Index { x, indices } => {
            collect_lits_expr(x, out);
            indices.iter().for_each(|i| collect_lits_expr(i, out));
        }
        AK::Slice { x, lo, hi, max, .. } => {
            collect_lits_expr(x, out);
            for i in [lo, hi, max].into_iter().flatten() {
                collect_lits_expr(i, out);
            }
        }
        AK::Assert { x, typ } => {
            collect_lits_expr(x, out);
            collect_lits_expr(typ, out);
        }
        AK::Call { fun, args, .. } => {
            collect_lits_expr(fun, out);
            args.iter().for_each(|a| collect_lits_expr(a, out));
        }
        AK::Binary { x, y, .. } => {
            collect_lits_expr(x, out);
            collect_lits_expr(y, out);
        }
        AK::ArrayType { len: ast::ArrayLen::Expr(l), elem } => {
            collect_lits_expr(l, out);
            collect_lits_expr(elem, out);
        }
        _ => {}
    }
}
