//! Helpers for the grammar actions: node constructors, gc's checks that its
//! parser performs while building nodes (parameter lists, statement headers,
//! go/defer operands…), and the parse context shared by all actions.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::ast::*;
use crate::lexer::{LitTok, SemiKind};
use crate::pos::Pos;
use crate::print;

/// State shared by the grammar actions (lalrpop grammar parameter).
pub struct Ctx {
    /// Errors reported by actions (full message, incl. `syntax error: `).
    pub diags: RefCell<Vec<(Pos, String)>>,
    /// LR errors recovered by `!` productions, classified later.
    pub lr_errors: RefCell<Vec<crate::parser::LrError>>,
    /// `//go:` directives by the position of the token they precede.
    pub directives: RefCell<HashMap<Pos, Vec<Directive>>>,
    /// The last top-level declaration was a function without body (for
    /// `unexpected semicolon or newline before {`).
    pub last_func_no_body: Cell<bool>,
    /// Positions of `...` without type (the error goes to the next token).
    pub pending_dots: RefCell<Vec<Pos>>,
    /// Ends of `if` keywords followed by `{` (gc: missing condition, at the `{`).
    pub pending_missing_cond: RefCell<Vec<Pos>>,
}

impl Ctx {
    pub fn error(&self, pos: Pos, msg: impl Into<String>) {
        self.diags.borrow_mut().push((pos, msg.into()));
    }

    pub fn syntax_error(&self, pos: Pos, msg: impl AsRef<str>) {
        self.error(pos, format!("syntax error: {}", msg.as_ref()));
    }

    pub fn take_directives(&self, pos: Pos) -> Vec<Directive> {
        self.directives.borrow_mut().remove(&pos).unwrap_or_default()
    }
}

pub fn ident(pos: Pos, name: &str) -> Ident {
    Ident { name: name.to_string(), pos }
}

pub fn name_expr(pos: Pos, name: &str) -> Expr {
    Expr::new(pos, ExprKind::Name(name.to_string()))
}

pub fn lit_expr(pos: Pos, l: LitTok) -> Expr {
    Expr::new(pos, ExprKind::Lit(l.lit))
}

pub fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

pub fn binary(pos: Pos, op: BinOp, x: Expr, y: Expr) -> Expr {
    Expr::new(pos, ExprKind::Binary { op, x: bx(x), y: bx(y) })
}

pub fn unparen(mut e: Expr) -> Expr {
    loop {
        match e.kind {
            ExprKind::Paren(inner) => e = *inner,
            kind => return Expr { pos: e.pos, kind },
        }
    }
}

/// `<-x`: a receive, or — if `x` is a channel type — the re-association
/// `<-(chan T)` → `<-chan T` gc performs (parser.go: unaryExpr).
pub fn arrow_unary(ctx: &Ctx, pos: Pos, x: Expr) -> Expr {
    if let ExprKind::ChanType { .. } = x.kind {
        // pass 1: how many channel types of the chain `chan (chan<- (…))` get
        // the receive direction, and gc's errors
        let mut dir = ChanDir::Send;
        let mut n = 0;
        let mut t: &Expr = &x;
        while dir == ChanDir::Send {
            let ExprKind::ChanType { dir: d, elem } = &t.kind else { break };
            dir = *d;
            if dir == ChanDir::Recv {
                ctx.syntax_error(pos, "unexpected <-, expecting chan");
            }
            n += 1;
            t = elem;
        }
        if dir == ChanDir::Send {
            ctx.syntax_error(
                t.pos,
                format!("unexpected {}, expecting chan", print::expr_string(t)),
            );
        }
        // pass 2: re-associate
        let mut x = x;
        let mut t: &mut Expr = &mut x;
        for _ in 0..n {
            let ExprKind::ChanType { dir: d, elem } = &mut t.kind else { break };
            *d = ChanDir::Recv;
            t = elem;
        }
        x.pos = pos;
        return x;
    }
    Expr::new(pos, ExprKind::Unary { op: UnOp::Recv, x: bx(x) })
}

/// A composite literal `typ{…}`: gc accepts names, selectors, index
/// expressions that may be types, and type literals as literal types.
pub fn complit(ctx: &Ctx, typ: Option<Expr>, lv: (Pos, Vec<Element>, Pos)) -> Expr {
    let (lb, elems, rbrace) = lv;
    if let Some(t) = &typ {
        let mut inner = t;
        let mut parens = false;
        while let ExprKind::Paren(x) = &inner.kind {
            inner = x;
            parens = true;
        }
        if parens {
            ctx.syntax_error(lb, "cannot parenthesize type in composite literal");
        }
    }
    Expr::new(lb, ExprKind::Composite { typ: typ.map(bx), elems, rbrace })
}

pub fn index_expr(pos: Pos, x: Expr, indices: Vec<Expr>) -> Expr {
    Expr::new(pos, ExprKind::Index { x: bx(x), indices })
}

#[allow(clippy::too_many_arguments)]
pub fn slice_expr(
    ctx: &Ctx,
    pos: Pos,
    x: Expr,
    lo: Option<Expr>,
    hi: Option<Expr>,
    third: Option<(Pos, Option<Expr>, Pos)>,
) -> Expr {
    let full = third.is_some();
    let mut hi = hi;
    let mut max = None;
    if let Some((colon2, m, rbrack)) = third {
        if hi.is_none() {
            ctx.error(colon2, "middle index required in 3-index slice");
            hi = Some(Expr::new(colon2, ExprKind::Bad));
        }
        match m {
            Some(m) => max = Some(m),
            None => {
                ctx.error(rbrack, "final index required in 3-index slice");
                max = Some(Expr::new(rbrack, ExprKind::Bad));
            }
        }
    }
    Expr::new(
        pos,
        ExprKind::Slice { x: bx(x), lo: lo.map(bx), hi: hi.map(bx), max: max.map(bx), full },
    )
}

pub fn call(pos: Pos, fun: Expr, args: (Vec<Expr>, bool), rparen: Pos) -> Expr {
    Expr::new(pos, ExprKind::Call { fun: bx(fun), args: args.0, has_dots: args.1, rparen })
}

/// `go`/`defer` operand checks (parser.go: callStmt).
pub fn call_stmt(ctx: &Ctx, pos: Pos, is_go: bool, x: Expr) -> Box<Stmt> {
    let kw = if is_go { "go" } else { "defer" };
    let mut x = x;
    if let ExprKind::Paren(_) = x.kind {
        ctx.error(x.pos, format!("expression in {} must not be parenthesized", kw));
        x = unparen(x);
    }
    if !matches!(x.kind, ExprKind::Call { .. }) && !matches!(x.kind, ExprKind::Bad) {
        ctx.error(x.pos, format!("expression in {} must be function call", kw));
    }
    let kind = if is_go { StmtKind::Go(x) } else { StmtKind::Defer(x) };
    Box::new(Stmt { pos, kind })
}

// ---------------------------------------------------------------------------
// Parameter lists

/// One parsed item of a parameter or type parameter list before gc's
/// distribution of names and types.
pub enum ParamItem {
    /// `name Type` (or `name ...T`)
    Named(Ident, Expr),
    /// A type without a name (a bare name is a type, or a name whose type
    /// follows later: decided by [`distribute`]).
    Type(Pos, Expr),
}

/// gc's paramList distribution: if no item has both a name and a type, all
/// items are types; otherwise names without types take the type that follows,
/// and a type without name is an error (`mixed named and unnamed parameters`,
/// or for type parameters `missing type constraint` / `type parameters must be
/// named`).
pub fn distribute(ctx: &Ctx, items: Vec<ParamItem>, close: Pos, type_params: bool) -> Vec<Field> {
    let named = items.iter().filter(|i| matches!(i, ParamItem::Named(..))).count();
    if named == 0 && !type_params {
        return items
            .into_iter()
            .map(|i| match i {
                ParamItem::Type(pos, t) => Field { pos, names: vec![], typ: t, tag: None },
                ParamItem::Named(n, t) => Field { pos: n.pos, names: vec![n], typ: t, tag: None },
            })
            .collect();
    }
    // typed = items with an explicit type: Named, and Type items that are not
    // bare names
    let typed = items
        .iter()
        .filter(|i| match i {
            ParamItem::Named(..) => true,
            ParamItem::Type(_, t) => !matches!(t.kind, ExprKind::Name(_)),
        })
        .count();
    // Right to left: a name without type joins the field to its right
    // (`a, b int` is one Field with two names).
    let mut err_pos: Option<Pos> = None;
    let mut out: Vec<Field> = Vec::new();
    for item in items.into_iter().rev() {
        match item {
            ParamItem::Named(n, t) => {
                out.push(Field { pos: n.pos, names: vec![n], typ: t, tag: None })
            }
            ParamItem::Type(pos, t) => {
                if let ExprKind::Name(name) = &t.kind {
                    let n = Ident { name: name.clone(), pos: t.pos };
                    match out.last_mut() {
                        Some(f) => {
                            f.pos = n.pos;
                            f.names.insert(0, n);
                        }
                        None => {
                            err_pos = Some(n.pos);
                            out.push(Field {
                                pos: n.pos,
                                names: vec![n],
                                typ: Expr::new(t.pos, ExprKind::Bad),
                                tag: None,
                            });
                        }
                    }
                } else {
                    let sp = t.start_pos();
                    err_pos = Some(sp);
                    out.push(Field {
                        pos,
                        names: vec![Ident { name: "_".into(), pos: sp }],
                        typ: t,
                        tag: None,
                    });
                }
            }
        }
    }
    out.reverse();
    if let Some(mut pos) = err_pos {
        let msg = if type_params {
            if named == typed {
                pos = close;
                "missing type constraint"
            } else {
                "type parameters must be named"
            }
        } else {
            "mixed named and unnamed parameters"
        };
        ctx.syntax_error(pos, msg);
    }
    out
}

// ---------------------------------------------------------------------------
// Statements

/// A statement header `init; cond` of if/for/switch as gc parses it: up to
/// two simple statements; `semi` is the separating `;` when present.
pub struct Header {
    pub init: Option<Box<Stmt>>,
    pub semi: Option<(Pos, SemiKind)>,
    pub cond: Option<Box<Stmt>>,
}

/// Turns the condition statement into an expression, reporting gc's errors.
#[allow(clippy::boxed_local)] // the LR stack holds headers boxed
pub fn header_cond(
    ctx: &Ctx,
    keyword_if: bool,
    h: Box<Header>,
    lbrace: Pos,
) -> (Option<Box<Stmt>>, Option<Expr>) {
    let h = *h;
    let (init, cond) = if h.semi.is_none() { (None, h.init) } else { (h.init, h.cond) };
    match cond {
        None => {
            if keyword_if {
                match h.semi {
                    Some((p, SemiKind::Semi)) => {
                        ctx.syntax_error(p, "missing condition in if statement");
                        return (init, Some(Expr::new(p, ExprKind::Bad)));
                    }
                    Some((p, k)) => {
                        let what = if k == SemiKind::Newline { "newline" } else { "EOF" };
                        ctx.syntax_error(
                            p,
                            format!("unexpected {}, expecting {{ after if clause", what),
                        );
                        return (init, Some(Expr::new(p, ExprKind::Bad)));
                    }
                    None => {
                        // reported when the empty header was parsed (parser.rs)
                        return (init, Some(Expr::new(lbrace, ExprKind::Bad)));
                    }
                }
            }
            (init, None)
        }
        Some(s) => (init, Some(stmt_as_value(ctx, s))),
    }
}

/// gc: `cannot use … as value` for a header statement that is not an expression.
pub fn stmt_as_value(ctx: &Ctx, s: Box<Stmt>) -> Expr {
    let s = *s;
    match s.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Bad => Expr::new(s.pos, ExprKind::Bad),
        _ => {
            let str = match &s.kind {
                StmtKind::Assign { lhs, op: AssignOp::Assign, rhs } => format!(
                    "assignment ({}) = ({})",
                    print::expr_list_string(lhs),
                    print::expr_list_string(rhs)
                ),
                _ => print::stmt_string(&s),
            };
            ctx.syntax_error(s.pos, format!("cannot use {} as value", str));
            Expr::new(s.pos, ExprKind::Bad)
        }
    }
}

/// An expression list used as a statement without assignment: gc reports
/// `expecting := or = or comma` (handled by the LR error), so this only
/// builds the node.
pub fn expr_stmt(e: Expr) -> Box<Stmt> {
    Box::new(Stmt { pos: e.pos, kind: StmtKind::Expr(e) })
}

pub fn assign(pos: Pos, lhs: Vec<Expr>, op: AssignOp, rhs: Vec<Expr>) -> Box<Stmt> {
    Box::new(Stmt { pos, kind: StmtKind::Assign { lhs, op, rhs } })
}

/// The statement list of a block: `None` entries are empty statements at the
/// position of their `;`.
pub fn stmt_list(
    items: Vec<(Option<Box<Stmt>>, Pos)>,
    last: Option<Box<Stmt>>,
) -> (Vec<Stmt>, Option<Pos>) {
    let mut v = Vec::with_capacity(items.len() + 1);
    for (s, p) in items {
        v.push(s.map(|s| *s).unwrap_or(Stmt { pos: p, kind: StmtKind::Empty }));
    }
    let mut dangling = None;
    if let Some(s) = last {
        if let StmtKind::Labeled { stmt, .. } = &s.kind
            && stmt.kind == StmtKind::Empty
        {
            dangling = Some(s.pos);
        }
        v.push(*s);
    }
    (v, dangling)
}

/// Builds a switch statement, recognizing type switches.
#[allow(clippy::boxed_local)]
pub fn switch_stmt(
    ctx: &Ctx,
    pos: Pos,
    h: Box<Header>,
    lbrace: Pos,
    clauses: Vec<CaseClause>,
    rbrace: Pos,
) -> Box<Stmt> {
    Box::new(switch_stmt_inner(ctx, pos, *h, lbrace, clauses, rbrace))
}

fn switch_stmt_inner(
    ctx: &Ctx,
    pos: Pos,
    h: Header,
    lbrace: Pos,
    clauses: Vec<CaseClause>,
    rbrace: Pos,
) -> Stmt {
    let (init, tag) = if h.semi.is_none() { (None, h.init) } else { (h.init, h.cond) };
    let tag = tag.map(|t| *t);
    // type switch: `x.(type)` or `v := x.(type)`
    if let Some(t) = &tag {
        match &t.kind {
            StmtKind::Expr(Expr { kind: ExprKind::TypeSwitchGuard { .. }, .. }) => {
                if let Some(Stmt {
                    kind: StmtKind::Expr(Expr { pos: gp, kind: ExprKind::TypeSwitchGuard { x } }),
                    ..
                }) = tag
                {
                    return Stmt {
                        pos,
                        kind: StmtKind::TypeSwitch {
                            init,
                            bind: None,
                            x: *x,
                            guard_pos: gp,
                            clauses,
                            rbrace,
                        },
                    };
                }
                unreachable_stmt(pos)
            }
            StmtKind::Assign { lhs, op: AssignOp::Define, rhs }
                if lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(lhs[0].kind, ExprKind::Name(_))
                    && matches!(rhs[0].kind, ExprKind::TypeSwitchGuard { .. }) =>
            {
                let Some(Stmt { kind: StmtKind::Assign { mut lhs, mut rhs, .. }, .. }) = tag else {
                    return unreachable_stmt(pos);
                };
                let (Some(l), Some(r)) = (lhs.pop(), rhs.pop()) else {
                    return unreachable_stmt(pos);
                };
                let ExprKind::Name(n) = l.kind else { return unreachable_stmt(pos) };
                let Expr { pos: gp, kind: ExprKind::TypeSwitchGuard { x } } = r else {
                    return unreachable_stmt(pos);
                };
                Stmt {
                    pos,
                    kind: StmtKind::TypeSwitch {
                        init,
                        bind: Some(Ident { name: n, pos: l.pos }),
                        x: *x,
                        guard_pos: gp,
                        clauses,
                        rbrace,
                    },
                }
            }
            _ => {
                let tag = tag.map(|s| stmt_as_value(ctx, Box::new(s)));
                Stmt { pos, kind: StmtKind::Switch { init, tag, clauses, rbrace } }
            }
        }
    } else {
        let _ = lbrace;
        Stmt { pos, kind: StmtKind::Switch { init, tag: None, clauses, rbrace } }
    }
}

fn unreachable_stmt(pos: Pos) -> Stmt {
    Stmt { pos, kind: StmtKind::Bad }
}

/// `for` with three clauses; gc reports a `:=` in the post statement.
pub fn for_stmt(
    ctx: &Ctx,
    pos: Pos,
    init: Option<Box<Stmt>>,
    cond: Option<Box<Stmt>>,
    post: Option<Box<Stmt>>,
    body: Block,
) -> Box<Stmt> {
    if let Some(Stmt { pos: p, kind: StmtKind::Assign { op: AssignOp::Define, .. } }) =
        post.as_deref()
    {
        ctx.syntax_error(*p, "cannot declare in post statement of for loop");
    }
    let cond = cond.map(|c| stmt_as_value(ctx, c));
    Box::new(Stmt { pos, kind: StmtKind::For { init, cond, post, body } })
}

pub fn range_stmt(
    pos: Pos,
    lhs: Option<(Vec<Expr>, bool)>,
    range_pos: Pos,
    x: Expr,
    body: Block,
) -> Box<Stmt> {
    let (mut key, mut value, mut define) = (None, None, false);
    if let Some((mut l, d)) = lhs {
        define = d;
        if l.len() >= 2 {
            value = l.drain(1..).next();
        }
        key = l.pop();
    }
    Box::new(Stmt { pos, kind: StmtKind::Range { key, value, define, x, range_pos, body } })
}

// ---------------------------------------------------------------------------
// Declarations

pub fn const_group(specs: Vec<ConstSpec>) -> Vec<ConstSpec> {
    specs
        .into_iter()
        .enumerate()
        .map(|(i, mut s)| {
            s.iota = i as u32;
            s
        })
        .collect()
}

pub fn import_spec(
    pos: Pos,
    local_name: Option<Ident>,
    path: (Pos, LitTok),
    end: Pos,
) -> (ImportSpec, Pos, bool) {
    let (path_pos, lt) = path;
    let (p, ok) = match lt.lit {
        Lit::Str(s) => (String::from_utf8_lossy(&s).into_owned(), true),
        _ => (String::new(), lt.bad),
    };
    (ImportSpec { pos, local_name, path: p, path_pos }, end, ok)
}

/// gc reports a non-string import path at the token after it.
pub fn check_import(ctx: &Ctx, s: (ImportSpec, Pos, bool), next: Pos) -> ImportSpec {
    if !s.2 {
        ctx.syntax_error(next, "import path must be a string");
    }
    s.0
}

/// `...` without element type: gc reports at the following token.
pub fn dots_missing_type(ctx: &Ctx, dots: Pos, end: Pos) -> Expr {
    let _ = end;
    ctx.pending_dots.borrow_mut().push(dots);
    Expr::new(dots, ExprKind::Dots(bx(Expr::new(dots, ExprKind::Bad))))
}

/// Reports labels without statement at the end of all but the last clause.
pub fn dangling_labels(ctx: &Ctx, cl: Vec<(CaseClause, Option<Pos>)>) -> Vec<CaseClause> {
    let n = cl.len();
    cl.into_iter()
        .enumerate()
        .map(|(i, (c, d))| {
            if let (Some(p), true) = (d, i + 1 < n) {
                ctx.syntax_error(p, "missing statement after label");
            }
            c
        })
        .collect()
}

pub fn dangling_labels_comm(ctx: &Ctx, cl: Vec<(CommClause, Option<Pos>)>) -> Vec<CommClause> {
    let n = cl.len();
    cl.into_iter()
        .enumerate()
        .map(|(i, (c, d))| {
            if let (Some(p), true) = (d, i + 1 < n) {
                ctx.syntax_error(p, "missing statement after label");
            }
            c
        })
        .collect()
}
pub fn selector(dot: Pos, x: Expr, sel: Ident) -> Expr {
    Expr::new(dot, ExprKind::Selector { x: bx(x), sel })
}

/// `name [N]T` in a parameter or field declaration (the bracket contents were
/// parsed as a type argument list: `[N]` has exactly one element).
pub fn array_of(ctx: &Ctx, lbrack: Pos, mut len: Vec<Expr>, elem: Expr) -> Expr {
    if len.len() != 1 {
        let p = len.get(1).map(|e| e.start_pos()).unwrap_or(lbrack);
        ctx.syntax_error(p, "unexpected comma; expecting ]");
    }
    let l = if len.is_empty() { Expr::new(lbrack, ExprKind::Bad) } else { len.swap_remove(0) };
    Expr::new(lbrack, ExprKind::ArrayType { len: ArrayLen::Expr(bx(l)), elem: bx(elem) })
}

fn tag_bytes(tag: Option<LitTok>) -> Option<Vec<u8>> {
    tag.map(|t| match t.lit {
        Lit::Str(s) => s,
        _ => Vec::new(),
    })
}

pub fn field(names: Vec<Ident>, typ: Expr, tag: Option<LitTok>) -> Box<Field> {
    Box::new(Field { pos: names[0].pos, names, typ, tag: tag_bytes(tag) })
}

pub fn embedded(pos: Pos, typ: Expr, tag: Option<LitTok>) -> Box<Field> {
    Box::new(Field { pos, names: vec![], typ, tag: tag_bytes(tag) })
}
