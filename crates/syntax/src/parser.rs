//! `parse_file`: lexing, the nesting guard, the lalrpop parser, and the
//! final list of diagnostics in gc's order and wording.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use lalrpop_util::{ErrorRecovery, ParseError};

use crate::actions::Ctx;
use crate::ast::{Directive, File, Ident};
use crate::errors;
use crate::lexer::{self, Tok};
use crate::pos::{Diagnostic, FileId, Pos};

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_mut,
        unused_variables,
        unused_imports,
        dead_code
    )]
    grammar
);

/// The grammar's (absent) lexer error type.
#[derive(Clone, Debug, PartialEq)]
pub enum Void {}

/// A syntax error found by the LR automaton, with what it needs for gc's
/// message (see errors.rs).
#[derive(Clone, Debug)]
pub struct LrError {
    pub pos: Pos,
    /// gc's description of the unexpected token (`newline`, `literal 1`, `)`…).
    pub tok: String,
    pub is_eof: bool,
    pub is_lbrace: bool,
    /// Terminals the parser would have accepted, as named in the grammar.
    pub expected: Vec<String>,
    pub after_bodyless_func: bool,
    /// Error of the package clause: gc stops after it.
    pub package: bool,
    /// The message, when it does not depend on the expected tokens.
    pub fixed_msg: Option<String>,
    /// The token before the unexpected one is a `;` (set by parse_file).
    pub after_semi: bool,
}

/// Maximum nesting of brackets and unary operators (see [`nesting_guard`]).
pub const MAX_NESTING: usize = 1000;

/// Maximum nesting of everything else: binary operator chains (`"a" + "b" +
/// …`: Go's own time/tzdata/zipdata.go has 7098 terms), selector/index/call
/// chains, `else if` chains, type constructors, plus brackets and unary
/// operators.
pub const MAX_CHAIN: usize = 20000;

impl Ctx {
    fn convert(&self, e: ParseError<Pos, Tok<'_>, Void>, package: bool) -> LrError {
        let after = self.last_func_no_body.get();
        match e {
            ParseError::UnrecognizedToken { token: (p, t, _), expected } => LrError {
                pos: p,
                tok: t.describe(),
                is_eof: t == Tok::Eof,
                is_lbrace: t == Tok::LBrace,
                expected: expected.into_iter().map(unquote).collect(),
                after_bodyless_func: after,
                package,
                fixed_msg: None,
                after_semi: false,
            },
            ParseError::UnrecognizedEof { location, expected } => LrError {
                pos: location,
                tok: "EOF".into(),
                is_eof: true,
                is_lbrace: false,
                expected: expected.into_iter().map(unquote).collect(),
                after_bodyless_func: after,
                package,
                fixed_msg: None,
                after_semi: false,
            },
            ParseError::ExtraToken { token: (p, t, _) } => LrError {
                pos: p,
                tok: t.describe(),
                is_eof: t == Tok::Eof,
                is_lbrace: false,
                expected: vec![],
                after_bodyless_func: after,
                package,
                fixed_msg: None,
                after_semi: false,
            },
            ParseError::InvalidToken { location } => LrError {
                pos: location,
                tok: "?".into(),
                is_eof: false,
                is_lbrace: false,
                expected: vec![],
                after_bodyless_func: after,
                package,
                fixed_msg: None,
                after_semi: false,
            },
            ParseError::User { error } => match error {},
        }
    }

    pub fn lr_error(&self, e: ErrorRecovery<Pos, Tok<'_>, Void>) {
        let e = self.convert(e.error, false);
        self.lr_errors.borrow_mut().push(e);
    }

    /// An error in the package clause: gc stops parsing after it. `first`:
    /// the file does not start with `package`.
    pub fn package_error(&self, e: ErrorRecovery<Pos, Tok<'_>, Void>, first: bool) {
        let mut e = self.convert(e.error, true);
        if first {
            e.fixed_msg = Some("syntax error: package statement must be first".into());
        }
        self.lr_errors.borrow_mut().push(e);
    }
}

fn unquote(s: String) -> String {
    if s.len() >= 2 && s.starts_with('"') && s.ends_with('"') {
        s[1..s.len() - 1].replace("\\\"", "\"")
    } else {
        s
    }
}

/// Parses one Go source file. Always returns a `File` (parts that failed to
/// parse are `Bad` nodes) and the diagnostics in source order: lexical errors
/// and syntax errors in gc 1.19's wording, at most one syntax error per line
/// (as gc reports them).
pub fn parse_file(file: FileId, src: &str) -> (File, Vec<Diagnostic>) {
    let lexer::Lexed { mut toks, errors: lex_errors, directives, eof } = lexer::lex(file, src);

    // diagnostics: (pos, message, order of report)
    let mut diags: Vec<(Pos, String)> = lex_errors;
    if let Some(d) = nesting_guard(&mut toks) {
        diags.push(d);
    }

    // gc: `package statement must be first`, and nothing else is parsed
    if let Some((p, t, _)) = toks.first()
        && *t != Tok::Package
    {
        let p = *p;
        let mut out: Vec<Diagnostic> = diags
            .into_iter()
            .filter(|(dp, _)| (dp.line, dp.col) < (p.line, p.col))
            .map(|(dp, m)| Diagnostic::error(dp, m))
            .collect();
        out.push(Diagnostic::error(p, "syntax error: package statement must be first"));
        let f = File {
            pos: p,
            package: Ident { name: "_".into(), pos: p },
            imports: vec![],
            decls: vec![],
            eof,
        };
        return (f, out);
    }

    let mut dir_map: HashMap<Pos, Vec<Directive>> = HashMap::new();
    for (idx, d) in directives {
        if let Some((p, _, _)) = toks.get(idx) {
            dir_map.entry(*p).or_default().push(d);
        }
    }
    let ctx = Ctx {
        diags: RefCell::new(Vec::new()),
        lr_errors: RefCell::new(Vec::new()),
        directives: RefCell::new(dir_map),
        last_func_no_body: Cell::new(false),
        pending_dots: RefCell::new(Vec::new()),
        pending_missing_cond: RefCell::new(Vec::new()),
    };
    let tok_pos: Vec<Pos> = toks.iter().map(|t| t.0).collect();
    let tok_kinds: Vec<u8> = toks
        .iter()
        .map(|t| match t.1 {
            Tok::Func => 1,
            Tok::LParen => 2,
            Tok::RParen => 3,
            Tok::Comma => 4,
            Tok::Semi(_) => 5,
            Tok::LBrack | Tok::LBrackTP | Tok::LBrace => 6,
            Tok::RBrack | Tok::RBrace => 7,
            Tok::Name(_) => 8,
            Tok::Dot => 9,
            Tok::Struct | Tok::Map => 10,
            _ => 0,
        })
        .collect();

    let parser = grammar::FileParser::new();
    let result = parser.parse(&ctx, toks.into_iter().map(Ok::<_, Void>));
    let file_ast = match result {
        Ok(f) => f,
        Err(e) => {
            let e = ctx.convert(e, false);
            ctx.lr_errors.borrow_mut().push(e);
            File {
                pos: Pos::new(file, 1, 1),
                package: Ident { name: "_".into(), pos: Pos::new(file, 1, 1) },
                imports: vec![],
                decls: vec![],
                eof,
            }
        }
    };

    // classify LR errors
    let mut lr = ctx.lr_errors.take();
    let mut package_err: Option<Pos> = None;
    let mut syntax: Vec<(Pos, String, bool)> = Vec::new(); // (pos, msg, at EOF token)
    for e in lr.iter_mut() {
        let i = tok_pos.partition_point(|p| (p.line, p.col) < (e.pos.line, e.pos.col));
        e.after_semi = i > 0 && tok_kinds.get(i - 1) == Some(&5);
        // after a complete operand `(T)` (binary operators would be accepted)
        let after_operand = e.expected.iter().any(|t| t == "+");
        if e.is_lbrace && after_operand && i > 0 && parenthesized_type_name(&tok_kinds[..i]) {
            e.fixed_msg =
                Some("syntax error: cannot parenthesize type in composite literal".into());
        }
    }
    for e in &lr {
        let m = match &e.fixed_msg {
            Some(m) => Some(m.clone()),
            None => errors::classify(e),
        };
        if e.package {
            package_err = Some(e.pos);
        }
        if let Some(m) = m {
            let mut pos = e.pos;
            if m.starts_with("syntax error: var declaration not allowed") {
                // gc reports it after consuming `var`
                let i = tok_pos.partition_point(|p| (p.line, p.col) <= (pos.line, pos.col));
                pos = tok_pos.get(i).copied().unwrap_or(eof);
            }
            syntax.push((pos, m, e.is_eof && !e.package));
        }
    }
    // `...` without type, `if {`: reported at the token that follows
    let next_tok = |d: &Pos| -> Pos {
        let i = tok_pos.partition_point(|p| (p.line, p.col) <= (d.line, d.col));
        tok_pos.get(i).copied().unwrap_or(eof)
    };
    for d in ctx.pending_dots.borrow().iter() {
        ctx.syntax_error(next_tok(d), "... is missing type");
    }
    for d in ctx.pending_missing_cond.borrow().iter() {
        // d is the end of `if`: the `{` is the next token
        let prev = Pos { col: d.col.saturating_sub(1), ..*d };
        ctx.syntax_error(next_tok(&prev), "missing condition in if statement");
    }
    for (p, m) in receiver_errors(&tok_kinds, &tok_pos) {
        ctx.error(p, m);
    }
    // errors reported by actions (gc reports them while parsing the
    // construct) come before LR errors at the same position
    let action_errs: Vec<(Pos, String, bool)> =
        ctx.diags.into_inner().into_iter().map(|(p, m)| (p, m, false)).collect();
    syntax.splice(0..0, action_errs);
    let mut all: Vec<(Pos, String, bool)> = diags.into_iter().map(|(p, m)| (p, m, false)).collect();
    all.extend(syntax);
    all.sort_by_key(|d| (d.0.line, d.0.col));
    if let Some(pp) = package_err {
        // gc stops at the package clause error: keep it and what precedes it
        if let Some(i) = all.iter().position(|d| d.0 == pp && d.1.starts_with("syntax error")) {
            all.truncate(i + 1);
        }
    }

    // gc: errors at EOF after a first error are follow-up noise; one syntax
    // error per line.
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut last_syntax_line: Option<u32> = None;
    let mut seen: std::collections::HashSet<(Pos, String)> = std::collections::HashSet::new();
    for (p, m, at_eof) in all {
        if at_eof && !out.is_empty() {
            continue;
        }
        if m.starts_with("syntax error") {
            if last_syntax_line == Some(p.line) {
                continue;
            }
            last_syntax_line = Some(p.line);
        }
        if out.last().is_some_and(|d: &Diagnostic| d.pos == p && d.msg == m) {
            continue;
        }
        if seen.contains(&(p, m.clone())) {
            continue;
        }
        seen.insert((p, m.clone()));
        out.push(Diagnostic::error(p, m));
        if out.len() >= 100 {
            break;
        }
    }
    (file_ast, out)
}

/// Guards later recursive passes (and the recursive `Drop` of the tree)
/// against pathological nesting: if brackets and unary operators nest deeper
/// than [`MAX_NESTING`], or one expression chains more than [`MAX_CHAIN`]
/// binary operators, the file is cut at that token and `exceeded max nesting
/// depth` is reported there. gc has no such limit; real programs stay far
/// below it.
fn nesting_guard(toks: &mut Vec<(Pos, Tok, Pos)>) -> Option<(Pos, String)> {
    // Per bracket level: `depth` (brackets and unary operators around it),
    // `total` (everything that nests around it: brackets, operators, postfix
    // chains, else-if chains, type constructors), and in the current
    // expression at this level the unary operators and chained operators.
    struct Level {
        depth: usize,
        total: usize,
        unary: usize,
        chain: usize,
    }
    let mut levels: Vec<Level> = vec![Level { depth: 0, total: 0, unary: 0, chain: 0 }];
    let mut prev_operand_end = false;
    let mut cut = None;
    for (i, (_, t, _)) in toks.iter().enumerate() {
        let unary_op = matches!(t, Tok::Op(_) | Tok::Star | Tok::Arrow | Tok::Not | Tok::Tilde)
            && !prev_operand_end;
        let nlevels = levels.len();
        let Some(l) = levels.last_mut() else { break };
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace => {
                // `a[i][j]…`, `[][]T`, `f()()…` chain at this level
                if matches!(t, Tok::LBrack | Tok::LBrackTP)
                    || (prev_operand_end && *t == Tok::LParen)
                {
                    l.chain += 1;
                }
                let child = Level {
                    depth: l.depth + l.unary + 1,
                    total: l.total + l.unary + l.chain + 1,
                    unary: 0,
                    chain: 0,
                };
                levels.push(child);
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace if nlevels > 1 => {
                levels.pop();
            }
            Tok::Comma
            | Tok::Semi(_)
            | Tok::Colon
            | Tok::Assign
            | Tok::Define
            | Tok::AssignOp(_) => {
                l.unary = 0;
                l.chain = 0;
            }
            _ if unary_op => l.unary += 1,
            Tok::Op(_)
            | Tok::Star
            | Tok::Arrow
            | Tok::Dot
            | Tok::Else
            | Tok::Chan
            | Tok::Map
            | Tok::Func => l.chain += 1,
            _ => {}
        }
        prev_operand_end =
            matches!(t, Tok::Name(_) | Tok::Lit(_) | Tok::RParen | Tok::RBrack | Tok::RBrace);
        if let Some(l) = levels.last()
            && (l.depth + l.unary > MAX_NESTING || l.total + l.unary + l.chain > MAX_CHAIN)
        {
            cut = Some(i);
            break;
        }
    }
    let i = cut?;
    let p = toks[i].0;
    let eof = toks.last().map(|t| t.2).unwrap_or(p);
    toks.truncate(i);
    toks.push((eof, Tok::Eof, eof));
    Some((p, "exceeded max nesting depth".into()))
}

/// For debugging the error classification: each LR error's position, the
/// unexpected token and the expected terminals.
#[doc(hidden)]
pub fn lr_error_details(src: &str) -> Vec<(Pos, String, Vec<String>)> {
    let lexer::Lexed { toks, .. } = lexer::lex(FileId(0), src);
    let ctx = Ctx {
        diags: RefCell::new(Vec::new()),
        lr_errors: RefCell::new(Vec::new()),
        directives: RefCell::new(HashMap::new()),
        last_func_no_body: Cell::new(false),
        pending_dots: RefCell::new(Vec::new()),
        pending_missing_cond: RefCell::new(Vec::new()),
    };
    if let Err(e) = grammar::FileParser::new().parse(&ctx, toks.into_iter().map(Ok::<_, Void>)) {
        let e = ctx.convert(e, false);
        ctx.lr_errors.borrow_mut().push(e);
    }
    ctx.lr_errors.take().into_iter().map(|e| (e.pos, e.tok, e.expected)).collect()
}

/// gc checks the receiver of a method declaration right after its `)`:
/// `method has no receiver` / `method has multiple receivers`, at the token
/// after `)` — also when the declaration fails to parse later on. The token
/// layer finds `func (…)` at the top level (after `;` or at the start).
fn receiver_errors(kinds: &[u8], pos: &[Pos]) -> Vec<(Pos, String)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    for i in 0..kinds.len() {
        match kinds[i] {
            2 | 6 => depth += 1,
            3 | 7 => depth -= 1,
            _ => {}
        }
        let top_func = kinds[i] == 1 && depth == 0 && (i == 0 || kinds[i - 1] == 5);
        if !top_func || kinds.get(i + 1) != Some(&2) {
            continue;
        }
        // scan the receiver list
        let (mut d, mut items, mut cur_nonempty, mut j) = (0i32, 0usize, false, i + 2);
        while j < kinds.len() {
            match kinds[j] {
                2 | 6 => d += 1,
                3 | 7 if d > 0 => d -= 1,
                3 => break,
                4 if d == 0 => {
                    items += usize::from(cur_nonempty);
                    cur_nonempty = false;
                    j += 1;
                    continue;
                }
                5 if d == 0 => break,
                _ => {}
            }
            cur_nonempty = true;
            j += 1;
        }
        items += usize::from(cur_nonempty);
        if j < kinds.len()
            && kinds[j] == 3
            && let Some(&p) = pos.get(j + 1)
        {
            match items {
                0 => out.push((p, "method has no receiver".to_string())),
                1 => {}
                _ => out.push((p, "method has multiple receivers".to_string())),
            }
        }
    }
    out
}

/// The tokens end with `( T )` where T looks like a (qualified, instantiated)
/// type name: a following `{` is gc's `cannot parenthesize type in
/// composite literal`.
fn parenthesized_type_name(kinds: &[u8]) -> bool {
    let n = kinds.len();
    if n < 3 || kinds[n - 1] != 3 {
        return false;
    }
    let mut depth = 0;
    let mut k = n - 1;
    while k > 0 {
        k -= 1;
        match kinds[k] {
            3 | 7 => depth += 1,
            2 | 6 if depth > 0 => depth -= 1,
            2 => break,
            8 | 9 | 4 | 10 => {}
            _ if depth > 0 => {}
            _ => return false,
        }
    }
    kinds[k] == 2 && matches!(kinds.get(k + 1), Some(&8) | Some(&6) | Some(&10))
}
