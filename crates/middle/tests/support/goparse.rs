//! A small stand-in Go parser for the checker's tests, used until
//! `syntax::parse_file` exists. It produces `syntax::ast` with gc's positions
//! (see the comments in crates/syntax/src/ast.rs). Not a full Go parser: it
//! handles what the test programs use and stops at the first syntax error.
#![allow(dead_code)]

use syntax::ast::*;
use syntax::{Diagnostic, FileId, Pos};

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Rune(u32),
    Str(Vec<u8>),
    Op(&'static str),
    Semi,
    Eof,
}

struct Lexer<'s> {
    src: &'s [u8],
    i: usize,
    line: u32,
    col: u32,
    file: FileId,
    last_allows_semi: bool,
    toks: Vec<(Tok, Pos)>,
    err: Option<(Pos, String)>,
    directives: Vec<(u32, Directive)>,
}

const OPS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*", "/", "%", "&", "|",
    "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~",
];

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

impl<'s> Lexer<'s> {
    fn pos(&self) -> Pos {
        Pos::new(self.file, self.line, self.col)
    }
    fn bump(&mut self) -> u8 {
        let c = self.src[self.i];
        self.i += 1;
        if c == b'\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        c
    }
    fn peek(&self, k: usize) -> u8 {
        *self.src.get(self.i + k).unwrap_or(&0)
    }
    fn push(&mut self, t: Tok, p: Pos) {
        self.last_allows_semi = match &t {
            Tok::Ident(s) => {
                !KEYWORDS.contains(&s.as_str())
                    || matches!(s.as_str(), "break" | "continue" | "fallthrough" | "return")
            }
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Rune(_) | Tok::Str(_) => true,
            Tok::Op(o) => matches!(*o, "++" | "--" | ")" | "]" | "}"),
            _ => false,
        };
        self.toks.push((t, p));
    }
    fn run(&mut self) {
        while self.i < self.src.len() {
            let c = self.peek(0);
            let p = self.pos();
            if c == b'\n' {
                if self.last_allows_semi {
                    self.push(Tok::Semi, p);
                }
                self.bump();
                continue;
            }
            if c == b' ' || c == b'\t' || c == b'\r' {
                self.bump();
                continue;
            }
            if c == b'/' && self.peek(1) == b'/' {
                let start = self.i;
                while self.i < self.src.len() && self.peek(0) != b'\n' {
                    self.bump();
                }
                let text = String::from_utf8_lossy(&self.src[start..self.i]).to_string();
                if let Some(d) = text.strip_prefix("//go:") {
                    self.directives
                        .push((p.line, Directive { pos: p, text: d.trim().to_string() }));
                }
                continue;
            }
            if c == b'/' && self.peek(1) == b'*' {
                let mut nl = false;
                self.bump();
                self.bump();
                while self.i < self.src.len() && !(self.peek(0) == b'*' && self.peek(1) == b'/') {
                    if self.bump() == b'\n' {
                        nl = true;
                    }
                }
                if self.i < self.src.len() {
                    self.bump();
                    self.bump();
                }
                if nl && self.last_allows_semi {
                    self.push(Tok::Semi, p);
                }
                continue;
            }
            if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
                let start = self.i;
                while self.i < self.src.len()
                    && (self.peek(0).is_ascii_alphanumeric()
                        || self.peek(0) == b'_'
                        || self.peek(0) >= 0x80)
                {
                    self.bump();
                }
                let s = String::from_utf8_lossy(&self.src[start..self.i]).to_string();
                self.push(Tok::Ident(s), p);
                continue;
            }
            if c.is_ascii_digit() || (c == b'.' && self.peek(1).is_ascii_digit()) {
                self.number(p);
                continue;
            }
            if c == b'"' {
                self.bump();
                let mut out = vec![];
                loop {
                    if self.i >= self.src.len() || self.peek(0) == b'\n' {
                        self.err.get_or_insert((
                            p,
                            "syntax error: string literal not terminated".into(),
                        ));
                        break;
                    }
                    let ch = self.bump();
                    if ch == b'"' {
                        break;
                    }
                    if ch == b'\\' {
                        self.escape(&mut out, b'"');
                    } else {
                        out.push(ch);
                    }
                }
                self.push(Tok::Str(out), p);
                continue;
            }
            if c == b'`' {
                self.bump();
                let mut out = vec![];
                while self.i < self.src.len() && self.peek(0) != b'`' {
                    let ch = self.bump();
                    if ch != b'\r' {
                        out.push(ch);
                    }
                }
                if self.i < self.src.len() {
                    self.bump();
                }
                self.push(Tok::Str(out), p);
                continue;
            }
            if c == b'\'' {
                self.bump();
                let mut out = vec![];
                let val;
                if self.peek(0) == b'\\' {
                    self.bump();
                    val = self.escape(&mut out, b'\'');
                } else {
                    let rest = &self.src[self.i..];
                    let s = std::str::from_utf8(&rest[..rest.len().min(4)])
                        .unwrap_or("")
                        .chars()
                        .next();
                    let ch =
                        match std::str::from_utf8(rest).ok().and_then(|x| x.chars().next()).or(s) {
                            Some(ch) => ch,
                            None => '\u{FFFD}',
                        };
                    for _ in 0..ch.len_utf8() {
                        self.bump();
                    }
                    val = ch as u32;
                }
                if self.peek(0) == b'\'' {
                    self.bump();
                } else {
                    self.err.get_or_insert((p, "syntax error: rune literal not terminated".into()));
                }
                self.push(Tok::Rune(val), p);
                continue;
            }
            let mut matched = None;
            for op in OPS {
                if self.src[self.i..].starts_with(op.as_bytes()) {
                    matched = Some(*op);
                    break;
                }
            }
            match matched {
                Some(op) => {
                    for _ in 0..op.len() {
                        self.bump();
                    }
                    if op == ";" {
                        self.push(Tok::Semi, p);
                    } else {
                        self.push(Tok::Op(op), p);
                    }
                }
                None => {
                    self.err.get_or_insert((
                        p,
                        format!("syntax error: invalid character {:?}", c as char),
                    ));
                    self.bump();
                }
            }
        }
        if self.last_allows_semi {
            let p = self.pos();
            self.push(Tok::Semi, p);
        }
        let p = self.pos();
        self.toks.push((Tok::Eof, p));
    }

    fn escape(&mut self, out: &mut Vec<u8>, _q: u8) -> u32 {
        let c = self.bump();
        let push_rune = |out: &mut Vec<u8>, r: u32| {
            let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
            let mut b = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
        };
        let simple = match c {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(10),
            b'r' => Some(13),
            b't' => Some(9),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            b'\'' => Some(b'\''),
            b'"' => Some(b'"'),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v);
            return v as u32;
        }
        let hex = |l: &mut Self, n: usize| -> u32 {
            let mut v = 0u32;
            for _ in 0..n {
                let d = l.bump();
                v = v * 16 + (d as char).to_digit(16).unwrap_or(0);
            }
            v
        };
        match c {
            b'x' => {
                let v = hex(self, 2);
                out.push(v as u8);
                v
            }
            b'u' => {
                let v = hex(self, 4);
                push_rune(out, v);
                v
            }
            b'U' => {
                let v = hex(self, 8);
                push_rune(out, v);
                v
            }
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    let d = self.bump();
                    v = v * 8 + (d - b'0') as u32;
                }
                out.push(v as u8);
                v
            }
            _ => 0,
        }
    }

    fn number(&mut self, p: Pos) {
        let start = self.i;
        let mut is_float = false;
        let hex = self.peek(0) == b'0' && matches!(self.peek(1), b'x' | b'X');
        if self.peek(0) == b'0' && matches!(self.peek(1), b'x' | b'X' | b'b' | b'B' | b'o' | b'O') {
            self.bump();
            self.bump();
        }
        loop {
            let c = self.peek(0);
            if c.is_ascii_digit() || c == b'_' || (hex && c.is_ascii_hexdigit()) {
                self.bump();
            } else if c == b'.' {
                is_float = true;
                self.bump();
            } else if (!hex && matches!(c, b'e' | b'E')) || (hex && matches!(c, b'p' | b'P')) {
                is_float = true;
                self.bump();
                if matches!(self.peek(0), b'+' | b'-') {
                    self.bump();
                }
            } else {
                break;
            }
        }
        let mut text = String::from_utf8_lossy(&self.src[start..self.i]).replace('_', "");
        if self.peek(0) == b'i' {
            self.bump();
            text.push('i');
            self.push(Tok::Imag(text), p);
        } else if is_float {
            self.push(Tok::Float(text), p);
        } else {
            self.push(Tok::Int(text), p);
        }
    }
}

struct Parser {
    toks: Vec<(Tok, Pos)>,
    k: usize,
    /// gc's exprLev: < 0 in control clauses (composite literals need parens)
    xnest: i32,
    err: Option<(Pos, String)>,
    directives: Vec<(u32, Directive)>,
    iota_stack: Vec<u32>,
}

type PResult<T> = Result<T, ()>;

impl Parser {
    fn tok(&self) -> &Tok {
        &self.toks[self.k].0
    }
    fn pos(&self) -> Pos {
        self.toks[self.k].1
    }
    fn next(&mut self) {
        if self.k + 1 < self.toks.len() {
            self.k += 1;
        }
    }
    fn is_op(&self, o: &str) -> bool {
        matches!(self.tok(), Tok::Op(x) if *x == o)
    }
    fn is_kw(&self, k: &str) -> bool {
        matches!(self.tok(), Tok::Ident(x) if x == k)
    }
    fn got(&mut self, o: &str) -> bool {
        if self.is_op(o) {
            self.next();
            true
        } else {
            false
        }
    }
    fn fail<T>(&mut self, msg: &str) -> PResult<T> {
        if self.err.is_none() {
            let found = match self.tok() {
                Tok::Ident(s) => format!("name {}", s),
                Tok::Op(o) => o.to_string(),
                Tok::Semi => "newline".into(),
                Tok::Eof => "EOF".into(),
                _ => "literal".into(),
            };
            self.err = Some((self.pos(), format!("syntax error: unexpected {}, {}", found, msg)));
        }
        Err(())
    }
    fn want(&mut self, o: &str) -> PResult<Pos> {
        let p = self.pos();
        if self.got(o) { Ok(p) } else { self.fail(&format!("expected {}", o)) }
    }
    fn semi(&mut self) -> PResult<()> {
        if matches!(self.tok(), Tok::Semi) {
            self.next();
            return Ok(());
        }
        if self.is_op(")") || self.is_op("}") || matches!(self.tok(), Tok::Eof) {
            return Ok(());
        }
        self.fail("at end of statement")
    }
    fn ident(&mut self) -> PResult<Ident> {
        match self.tok().clone() {
            Tok::Ident(s) if !KEYWORDS.contains(&s.as_str()) => {
                let p = self.pos();
                self.next();
                Ok(Ident { name: s, pos: p })
            }
            _ => self.fail("expected name"),
        }
    }
    fn directives_before(&mut self, line: u32) -> Vec<Directive> {
        let mut out = vec![];
        self.directives.retain(|(l, d)| {
            if *l < line && *l + 3 >= line {
                out.push(d.clone());
                false
            } else {
                true
            }
        });
        out
    }

    // ---------------------------------------------------------------- file

    fn file(&mut self) -> PResult<File> {
        while matches!(self.tok(), Tok::Semi) {
            self.next();
        }
        let pos = self.pos();
        if !self.is_kw("package") {
            return self.fail("expected package");
        }
        self.next();
        let package = self.ident()?;
        self.semi()?;
        let mut imports = vec![];
        while self.is_kw("import") {
            self.next();
            if self.got("(") {
                while !self.is_op(")") {
                    imports.push(self.import_spec()?);
                    self.semi()?;
                }
                self.next();
            } else {
                imports.push(self.import_spec()?);
            }
            self.semi()?;
        }
        let mut decls = vec![];
        while !matches!(self.tok(), Tok::Eof) {
            if matches!(self.tok(), Tok::Semi) {
                self.next();
                continue;
            }
            decls.push(self.top_decl()?);
            self.semi()?;
        }
        let eof = self.pos();
        Ok(File { pos, package, imports, decls, eof })
    }

    fn import_spec(&mut self) -> PResult<ImportSpec> {
        let pos = self.pos();
        let local_name = if let Tok::Ident(_) = self.tok() {
            Some(self.ident()?)
        } else if self.is_op(".") {
            let p = self.pos();
            self.next();
            Some(Ident { name: ".".into(), pos: p })
        } else {
            None
        };
        let path_pos = self.pos();
        let Tok::Str(b) = self.tok().clone() else { return self.fail("expected import path") };
        self.next();
        Ok(ImportSpec { pos, local_name, path: String::from_utf8_lossy(&b).to_string(), path_pos })
    }

    fn top_decl(&mut self) -> PResult<Decl> {
        if self.is_kw("func") {
            return self.func_decl().map(Decl::Func);
        }
        self.decl()
    }

    fn decl(&mut self) -> PResult<Decl> {
        let kw = match self.tok() {
            Tok::Ident(s) => s.clone(),
            _ => return self.fail("expected declaration"),
        };
        let line = self.pos().line;
        self.next();
        let group = self.got("(");
        let mut iota = 0u32;
        let mut var_specs = vec![];
        let mut const_specs = vec![];
        let mut type_specs = vec![];
        loop {
            if group && self.got(")") {
                break;
            }
            match kw.as_str() {
                "var" => {
                    let dirs = self.directives_before(self.pos().line.max(line));
                    let pos = self.pos();
                    let names = self.name_list()?;
                    let typ = if !self.is_op("=") { Some(self.typ()?) } else { None };
                    let values = if self.got("=") { self.expr_list()? } else { vec![] };
                    var_specs.push(VarSpec { pos, directives: dirs, names, typ, values });
                }
                "const" => {
                    let pos = self.pos();
                    let names = self.name_list()?;
                    let mut typ = None;
                    let mut values = vec![];
                    if !self.is_op("=") && !matches!(self.tok(), Tok::Semi) && !self.is_op(")") {
                        typ = Some(self.typ()?);
                    }
                    if self.got("=") {
                        values = self.expr_list()?;
                    }
                    let implicit = typ.is_none() && values.is_empty();
                    const_specs.push(ConstSpec { pos, names, typ, values, iota, implicit });
                    iota += 1;
                }
                "type" => {
                    let dirs = self.directives_before(self.pos().line.max(line));
                    let pos = self.pos();
                    let name = self.ident()?;
                    let alias = self.got("=");
                    let typ = self.typ()?;
                    type_specs.push(TypeSpec {
                        pos,
                        directives: dirs,
                        name,
                        type_params: vec![],
                        alias,
                        typ,
                    });
                }
                _ => return self.fail("expected declaration"),
            }
            if !group {
                break;
            }
            self.semi()?;
        }
        Ok(match kw.as_str() {
            "var" => Decl::Var(var_specs),
            "const" => Decl::Const(const_specs),
            _ => Decl::Type(type_specs),
        })
    }

    fn name_list(&mut self) -> PResult<Vec<Ident>> {
        let mut v = vec![self.ident()?];
        while self.got(",") {
            v.push(self.ident()?);
        }
        Ok(v)
    }

    fn func_decl(&mut self) -> PResult<FuncDecl> {
        let func_pos = self.pos();
        let directives = self.directives_before(func_pos.line);
        self.next();
        let recv = if self.is_op("(") {
            let ps = self.params()?;
            ps.into_iter().next()
        } else {
            None
        };
        let name = self.ident()?;
        let sig = self.signature(func_pos)?;
        let body = if self.is_op("{") { Some(self.block()?) } else { None };
        Ok(FuncDecl {
            pos: name.pos,
            func_pos,
            directives,
            recv,
            name,
            type_params: vec![],
            sig,
            body,
        })
    }

    fn signature(&mut self, pos: Pos) -> PResult<FuncType> {
        let params = self.params()?;
        let results = if self.is_op("(") {
            self.params()?
        } else if self.starts_type() {
            let t = self.typ()?;
            vec![Field { pos: t.pos, names: vec![], typ: t, tag: None }]
        } else {
            vec![]
        };
        Ok(FuncType { pos, params, results })
    }

    fn starts_type(&self) -> bool {
        match self.tok() {
            Tok::Ident(s) => {
                !KEYWORDS.contains(&s.as_str())
                    || matches!(s.as_str(), "func" | "map" | "chan" | "struct" | "interface")
            }
            Tok::Op(o) => matches!(*o, "[" | "*" | "(" | "<-"),
            _ => false,
        }
    }

    /// Parameter list `( ... )` with gc's grouping of names.
    fn params(&mut self) -> PResult<Vec<Field>> {
        self.want("(")?;
        let mut entries: Vec<(Pos, Option<Ident>, Option<Expr>)> = vec![];
        while !self.is_op(")") {
            let p = self.pos();
            // name [type] | type | name ...type
            if let Tok::Ident(s) = self.tok().clone() {
                if !KEYWORDS.contains(&s.as_str()) {
                    let save = self.k;
                    let id = self.ident()?;
                    if self.is_op(",") || self.is_op(")") {
                        entries.push((p, Some(id), None));
                    } else if self.is_op(".") {
                        // qualified type
                        self.k = save;
                        let t = self.param_type()?;
                        entries.push((p, None, Some(t)));
                    } else {
                        let t = self.param_type()?;
                        entries.push((p, Some(id), Some(t)));
                    }
                    if !self.got(",") {
                        break;
                    }
                    continue;
                }
            }
            let t = self.param_type()?;
            entries.push((p, None, Some(t)));
            if !self.got(",") {
                break;
            }
        }
        self.want(")")?;
        let named = entries.iter().any(|(_, n, t)| n.is_some() && t.is_some());
        let mut fields = vec![];
        if named {
            let mut pending: Vec<Ident> = vec![];
            for (_, n, t) in entries {
                if let Some(n) = n {
                    pending.push(n);
                }
                if let Some(t) = t {
                    let pos = pending.first().map(|n| n.pos).unwrap_or(t.pos);
                    fields.push(Field {
                        pos,
                        names: std::mem::take(&mut pending),
                        typ: t,
                        tag: None,
                    });
                }
            }
            if !pending.is_empty() {
                return self.fail("mixed named and unnamed parameters");
            }
        } else {
            for (p, n, t) in entries {
                let typ = match (n, t) {
                    (Some(n), None) => Expr::new(n.pos, ExprKind::Name(n.name)),
                    (_, Some(t)) => t,
                    _ => continue,
                };
                fields.push(Field { pos: p, names: vec![], typ, tag: None });
            }
        }
        Ok(fields)
    }

    fn param_type(&mut self) -> PResult<Expr> {
        if self.is_op("...") {
            let p = self.pos();
            self.next();
            let t = self.typ()?;
            return Ok(Expr::new(p, ExprKind::Dots(Box::new(t))));
        }
        self.typ()
    }

    // ---------------------------------------------------------------- types

    fn typ(&mut self) -> PResult<Expr> {
        let p = self.pos();
        match self.tok().clone() {
            Tok::Op("*") => {
                self.next();
                let t = self.typ()?;
                Ok(Expr::new(p, ExprKind::Star(Box::new(t))))
            }
            Tok::Op("(") => {
                self.next();
                let t = self.typ()?;
                self.want(")")?;
                Ok(Expr::new(p, ExprKind::Paren(Box::new(t))))
            }
            Tok::Op("[") => {
                self.next();
                if self.got("]") {
                    let e = self.typ()?;
                    return Ok(Expr::new(p, ExprKind::SliceType(Box::new(e))));
                }
                let len = if self.is_op("...") {
                    self.next();
                    ArrayLen::Dots
                } else {
                    self.xnest += 1;
                    let l = self.expr()?;
                    self.xnest -= 1;
                    ArrayLen::Expr(Box::new(l))
                };
                self.want("]")?;
                let e = self.typ()?;
                Ok(Expr::new(p, ExprKind::ArrayType { len, elem: Box::new(e) }))
            }
            Tok::Op("<-") => {
                self.next();
                if !self.is_kw("chan") {
                    return self.fail("expected chan");
                }
                self.next();
                let e = self.typ()?;
                Ok(Expr::new(p, ExprKind::ChanType { dir: ChanDir::Recv, elem: Box::new(e) }))
            }
            Tok::Ident(s) => match s.as_str() {
                "map" => {
                    self.next();
                    self.want("[")?;
                    let k = self.typ()?;
                    self.want("]")?;
                    let v = self.typ()?;
                    Ok(Expr::new(p, ExprKind::MapType { key: Box::new(k), value: Box::new(v) }))
                }
                "chan" => {
                    self.next();
                    let dir = if self.got("<-") { ChanDir::Send } else { ChanDir::Both };
                    let e = self.typ()?;
                    Ok(Expr::new(p, ExprKind::ChanType { dir, elem: Box::new(e) }))
                }
                "func" => {
                    self.next();
                    let sig = self.signature(p)?;
                    Ok(Expr::new(p, ExprKind::FuncType(sig)))
                }
                "struct" => self.struct_type(),
                "interface" => self.interface_type(),
                _ => {
                    let id = self.ident()?;
                    let mut e = Expr::new(id.pos, ExprKind::Name(id.name));
                    if self.is_op(".") {
                        let dp = self.pos();
                        self.next();
                        let sel = self.ident()?;
                        e = Expr::new(dp, ExprKind::Selector { x: Box::new(e), sel });
                    }
                    Ok(e)
                }
            },
            _ => self.fail("expected type"),
        }
    }

    fn struct_type(&mut self) -> PResult<Expr> {
        let p = self.pos();
        self.next();
        self.want("{")?;
        let mut fields = vec![];
        while !self.is_op("}") {
            if matches!(self.tok(), Tok::Semi) {
                self.next();
                continue;
            }
            let fp = self.pos();
            let f = if self.is_op("*") {
                let t = self.typ()?;
                Field { pos: fp, names: vec![], typ: t, tag: None }
            } else {
                let save = self.k;
                let id = self.ident()?;
                if self.is_op(".")
                    || matches!(self.tok(), Tok::Semi | Tok::Str(_))
                    || self.is_op("}")
                {
                    self.k = save;
                    let t = self.typ()?;
                    Field { pos: fp, names: vec![], typ: t, tag: None }
                } else {
                    let mut names = vec![id];
                    while self.got(",") {
                        names.push(self.ident()?);
                    }
                    let t = self.typ()?;
                    Field { pos: fp, names, typ: t, tag: None }
                }
            };
            let mut f = f;
            if let Tok::Str(b) = self.tok().clone() {
                self.next();
                f.tag = Some(b);
            }
            fields.push(f);
            self.semi()?;
        }
        self.want("}")?;
        Ok(Expr::new(p, ExprKind::StructType(fields)))
    }

    fn interface_type(&mut self) -> PResult<Expr> {
        let p = self.pos();
        self.next();
        self.want("{")?;
        let mut elems = vec![];
        while !self.is_op("}") {
            if matches!(self.tok(), Tok::Semi) {
                self.next();
                continue;
            }
            let save = self.k;
            let id = self.ident()?;
            if self.is_op("(") {
                let sp = self.pos();
                let sig = self.signature(sp)?;
                elems.push(InterfaceElem::Method { name: id, sig });
            } else {
                self.k = save;
                let t = self.typ()?;
                elems.push(InterfaceElem::Embed(t));
            }
            self.semi()?;
        }
        self.want("}")?;
        Ok(Expr::new(p, ExprKind::InterfaceType(elems)))
    }

    // ---------------------------------------------------------------- statements

    fn block(&mut self) -> PResult<Block> {
        let pos = self.want("{")?;
        let stmts = self.stmt_list()?;
        let rbrace = self.want("}")?;
        Ok(Block { pos, stmts, rbrace })
    }

    fn stmt_list(&mut self) -> PResult<Vec<Stmt>> {
        let mut v = vec![];
        while !self.is_op("}")
            && !matches!(self.tok(), Tok::Eof)
            && !self.is_kw("case")
            && !self.is_kw("default")
        {
            if matches!(self.tok(), Tok::Semi) {
                let p = self.pos();
                self.next();
                v.push(Stmt { pos: p, kind: StmtKind::Empty });
                continue;
            }
            let s = self.stmt()?;
            v.push(s);
            if !self.is_op("}") && !self.is_kw("case") && !self.is_kw("default") {
                self.semi()?;
            }
        }
        Ok(v)
    }

    fn stmt(&mut self) -> PResult<Stmt> {
        let p = self.pos();
        if let Tok::Ident(s) = self.tok().clone() {
            match s.as_str() {
                "var" | "const" | "type" => {
                    let d = self.decl()?;
                    return Ok(Stmt { pos: p, kind: StmtKind::Decl(d) });
                }
                "return" => {
                    self.next();
                    let v = if matches!(self.tok(), Tok::Semi) || self.is_op("}") {
                        vec![]
                    } else {
                        self.expr_list()?
                    };
                    return Ok(Stmt { pos: p, kind: StmtKind::Return(v) });
                }
                "break" | "continue" | "goto" | "fallthrough" => {
                    self.next();
                    let kind = match s.as_str() {
                        "break" => BranchKind::Break,
                        "continue" => BranchKind::Continue,
                        "goto" => BranchKind::Goto,
                        _ => BranchKind::Fallthrough,
                    };
                    let label =
                        if let Tok::Ident(_) = self.tok() { Some(self.ident()?) } else { None };
                    return Ok(Stmt { pos: p, kind: StmtKind::Branch { kind, label } });
                }
                "go" | "defer" => {
                    self.next();
                    let e = self.expr()?;
                    let kind = if s == "go" { StmtKind::Go(e) } else { StmtKind::Defer(e) };
                    return Ok(Stmt { pos: p, kind });
                }
                "if" => return self.if_stmt(),
                "for" => return self.for_stmt(),
                "switch" => return self.switch_stmt(),
                "select" => return self.select_stmt(),
                _ => {}
            }
        }
        if self.is_op("{") {
            let b = self.block()?;
            return Ok(Stmt { pos: p, kind: StmtKind::Block(b) });
        }
        // labeled statement
        if let Tok::Ident(_) = self.tok() {
            if matches!(self.toks[self.k + 1].0, Tok::Op(":")) {
                let label = self.ident()?;
                self.next();
                let st = if self.is_op("}") {
                    Stmt { pos: self.pos(), kind: StmtKind::Empty }
                } else {
                    self.stmt()?
                };
                return Ok(Stmt { pos: p, kind: StmtKind::Labeled { label, stmt: Box::new(st) } });
            }
        }
        self.simple_stmt(false)
    }

    fn simple_stmt(&mut self, range_ok: bool) -> PResult<Stmt> {
        if range_ok && self.is_kw("range") {
            let rp = self.pos();
            self.next();
            let x = self.expr()?;
            return Ok(Stmt {
                pos: rp,
                kind: StmtKind::Range {
                    key: None,
                    value: None,
                    define: false,
                    x,
                    range_pos: rp,
                    body: dummy_block(),
                },
            });
        }
        let start = self.pos();
        let lhs = self.expr_list()?;
        let p = self.pos();
        match self.tok().clone() {
            Tok::Op(op) if matches!(op, "=" | ":=") => {
                self.next();
                if range_ok && self.is_kw("range") {
                    let rp = self.pos();
                    self.next();
                    let x = self.expr()?;
                    let mut it = lhs.into_iter();
                    let key = it.next();
                    let value = it.next();
                    return Ok(Stmt {
                        pos: rp,
                        kind: StmtKind::Range {
                            key,
                            value,
                            define: op == ":=",
                            x,
                            range_pos: rp,
                            body: dummy_block(),
                        },
                    });
                }
                let rhs = self.expr_list()?;
                let aop = if op == "=" { AssignOp::Assign } else { AssignOp::Define };
                Ok(Stmt { pos: p, kind: StmtKind::Assign { lhs, op: aop, rhs } })
            }
            Tok::Op(op)
                if op.ends_with('=')
                    && op.len() >= 2
                    && !matches!(op, "==" | "!=" | "<=" | ">=") =>
            {
                self.next();
                let bop = binop(&op[..op.len() - 1]).unwrap();
                let rhs = self.expr_list()?;
                Ok(Stmt { pos: p, kind: StmtKind::Assign { lhs, op: AssignOp::Op(bop), rhs } })
            }
            Tok::Op(op) if op == "++" || op == "--" => {
                self.next();
                let x = lhs.into_iter().next().unwrap();
                Ok(Stmt { pos: p, kind: StmtKind::IncDec { x, inc: op == "++" } })
            }
            Tok::Op("<-") => {
                self.next();
                let v = self.expr()?;
                let ch = lhs.into_iter().next().unwrap();
                Ok(Stmt { pos: p, kind: StmtKind::Send { ch, value: v } })
            }
            _ => {
                let x = lhs.into_iter().next().unwrap();
                let _ = start;
                Ok(Stmt { pos: x.pos, kind: StmtKind::Expr(x) })
            }
        }
    }

    fn header(&mut self, range_ok: bool) -> PResult<(Option<Stmt>, Option<Stmt>)> {
        // returns (init, cond-as-stmt)
        if self.is_op("{") {
            return Ok((None, None));
        }
        let old = self.xnest;
        self.xnest = -1;
        let mut init = None;
        let mut cond = None;
        if !matches!(self.tok(), Tok::Semi) {
            init = Some(self.simple_stmt(range_ok)?);
        }
        if matches!(self.tok(), Tok::Semi) {
            self.next();
            if !self.is_op("{") {
                cond = Some(self.simple_stmt(false)?);
            }
        } else {
            cond = init.take();
        }
        self.xnest = old;
        Ok((init, cond))
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let p = self.pos();
        self.next();
        let (init, cond) = self.header(false)?;
        let cond = match cond {
            Some(Stmt { kind: StmtKind::Expr(e), .. }) => e,
            _ => return self.fail("missing condition in if statement"),
        };
        let then = self.block()?;
        let els = if self.is_kw("else") {
            self.next();
            if self.is_kw("if") {
                Some(Box::new(self.if_stmt()?))
            } else {
                let bp = self.pos();
                let b = self.block()?;
                Some(Box::new(Stmt { pos: bp, kind: StmtKind::Block(b) }))
            }
        } else {
            None
        };
        Ok(Stmt { pos: p, kind: StmtKind::If { init: init.map(Box::new), cond, then, els } })
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let p = self.pos();
        self.next();
        if self.is_op("{") {
            let body = self.block()?;
            return Ok(Stmt {
                pos: p,
                kind: StmtKind::For { init: None, cond: None, post: None, body },
            });
        }
        let old = self.xnest;
        self.xnest = -1;
        let mut init = None;
        if !matches!(self.tok(), Tok::Semi) {
            init = Some(self.simple_stmt(true)?);
        }
        if let Some(Stmt {
            kind: StmtKind::Range { key, value, define, x, range_pos, .. }, ..
        }) = init
        {
            self.xnest = old;
            let body = self.block()?;
            return Ok(Stmt {
                pos: p,
                kind: StmtKind::Range { key, value, define, x, range_pos, body },
            });
        }
        let (init, cond, post) = if matches!(self.tok(), Tok::Semi) {
            self.next();
            let cond = if matches!(self.tok(), Tok::Semi) { None } else { Some(self.expr()?) };
            if matches!(self.tok(), Tok::Semi) {
                self.next();
            } else {
                self.xnest = old;
                return self.fail("expected for loop condition");
            }
            let post = if self.is_op("{") { None } else { Some(self.simple_stmt(false)?) };
            (init, cond, post)
        } else {
            let c = match init {
                Some(Stmt { kind: StmtKind::Expr(e), .. }) => Some(e),
                _ => None,
            };
            (None, c, None)
        };
        self.xnest = old;
        let body = self.block()?;
        Ok(Stmt {
            pos: p,
            kind: StmtKind::For { init: init.map(Box::new), cond, post: post.map(Box::new), body },
        })
    }

    fn switch_stmt(&mut self) -> PResult<Stmt> {
        let p = self.pos();
        self.next();
        let old = self.xnest;
        self.xnest = -1;
        let mut init = None;
        let mut tag_stmt = None;
        if !self.is_op("{") {
            if !matches!(self.tok(), Tok::Semi) {
                tag_stmt = Some(self.simple_stmt(false)?);
            }
            if matches!(self.tok(), Tok::Semi) {
                self.next();
                init = tag_stmt.take();
                if !self.is_op("{") {
                    tag_stmt = Some(self.simple_stmt(false)?);
                }
            }
        }
        self.xnest = old;
        // type switch?
        let mut ts: Option<(Option<Ident>, Expr, Pos)> = None;
        let mut tag = None;
        match tag_stmt {
            Some(Stmt { kind: StmtKind::Expr(e), .. }) => {
                if let ExprKind::TypeSwitchGuard { x } = e.kind {
                    ts = Some((None, *x, e.pos));
                } else {
                    tag = Some(e);
                }
            }
            Some(Stmt { kind: StmtKind::Assign { lhs, op: AssignOp::Define, rhs }, .. })
                if rhs.len() == 1 =>
            {
                let r = rhs.into_iter().next().unwrap();
                if let ExprKind::TypeSwitchGuard { x } = r.kind {
                    let b = match &lhs[0].kind {
                        ExprKind::Name(n) => Ident { name: n.clone(), pos: lhs[0].pos },
                        _ => return self.fail("invalid type switch"),
                    };
                    ts = Some((Some(b), *x, r.pos));
                } else {
                    return self.fail("switch expression");
                }
            }
            Some(_) => return self.fail("switch expression"),
            None => {}
        }
        self.want("{")?;
        let mut clauses = vec![];
        while !self.is_op("}") {
            let cp = self.pos();
            let exprs = if self.is_kw("case") {
                self.next();
                Some(self.expr_list_types()?)
            } else if self.is_kw("default") {
                self.next();
                None
            } else {
                return self.fail("expected case or default or }");
            };
            let colon = self.want(":")?;
            let body = self.stmt_list()?;
            clauses.push(CaseClause { pos: cp, exprs, body, colon });
        }
        let rbrace = self.want("}")?;
        let init = init.map(Box::new);
        Ok(match ts {
            Some((bind, x, guard_pos)) => Stmt {
                pos: p,
                kind: StmtKind::TypeSwitch { init, bind, x, guard_pos, clauses, rbrace },
            },
            None => Stmt { pos: p, kind: StmtKind::Switch { init, tag, clauses, rbrace } },
        })
    }

    fn expr_list_types(&mut self) -> PResult<Vec<Expr>> {
        let mut v = vec![self.expr_or_type()?];
        while self.got(",") {
            v.push(self.expr_or_type()?);
        }
        Ok(v)
    }

    fn expr_or_type(&mut self) -> PResult<Expr> {
        self.expr()
    }

    fn select_stmt(&mut self) -> PResult<Stmt> {
        let p = self.pos();
        self.next();
        self.want("{")?;
        let mut clauses = vec![];
        while !self.is_op("}") {
            let cp = self.pos();
            let comm = if self.is_kw("case") {
                self.next();
                Some(Box::new(self.simple_stmt(false)?))
            } else if self.is_kw("default") {
                self.next();
                None
            } else {
                return self.fail("expected case or default or }");
            };
            let colon = self.want(":")?;
            let body = self.stmt_list()?;
            clauses.push(CommClause { pos: cp, comm, body, colon });
        }
        let rbrace = self.want("}")?;
        Ok(Stmt { pos: p, kind: StmtKind::Select { clauses, rbrace } })
    }

    // ---------------------------------------------------------------- expressions

    fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut v = vec![self.expr()?];
        while self.got(",") {
            v.push(self.expr()?);
        }
        Ok(v)
    }

    fn expr(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn binary(&mut self, prec: u8) -> PResult<Expr> {
        let mut x = self.unary()?;
        loop {
            let (op, p) = match self.tok() {
                Tok::Op(o) => match binop(o) {
                    Some(b) if binprec(b) >= prec => (b, self.pos()),
                    _ => break,
                },
                _ => break,
            };
            self.next();
            let y = self.binary(binprec(op) + 1)?;
            x = Expr::new(p, ExprKind::Binary { op, x: Box::new(x), y: Box::new(y) });
        }
        Ok(x)
    }

    fn unary(&mut self) -> PResult<Expr> {
        let p = self.pos();
        let op = match self.tok() {
            Tok::Op("+") => Some(UnOp::Plus),
            Tok::Op("-") => Some(UnOp::Neg),
            Tok::Op("!") => Some(UnOp::Not),
            Tok::Op("^") => Some(UnOp::Xor),
            Tok::Op("&") => Some(UnOp::Addr),
            Tok::Op("<-") => Some(UnOp::Recv),
            _ => None,
        };
        if let Some(op) = op {
            self.next();
            let x = self.unary()?;
            return Ok(Expr::new(p, ExprKind::Unary { op, x: Box::new(x) }));
        }
        if self.is_op("*") {
            self.next();
            let x = self.unary()?;
            return Ok(Expr::new(p, ExprKind::Star(Box::new(x))));
        }
        self.primary()
    }

    fn operand(&mut self) -> PResult<Expr> {
        let p = self.pos();
        match self.tok().clone() {
            Tok::Int(s) => {
                self.next();
                Ok(Expr::new(p, ExprKind::Lit(Lit::Int(s))))
            }
            Tok::Float(s) => {
                self.next();
                Ok(Expr::new(p, ExprKind::Lit(Lit::Float(s))))
            }
            Tok::Imag(s) => {
                self.next();
                Ok(Expr::new(p, ExprKind::Lit(Lit::Imag(s))))
            }
            Tok::Rune(r) => {
                self.next();
                Ok(Expr::new(p, ExprKind::Lit(Lit::Rune(r))))
            }
            Tok::Str(b) => {
                self.next();
                Ok(Expr::new(p, ExprKind::Lit(Lit::Str(b))))
            }
            Tok::Op("(") => {
                self.next();
                let old = self.xnest;
                self.xnest += 1;
                let x = self.expr_or_type()?;
                self.xnest = old;
                self.want(")")?;
                Ok(Expr::new(p, ExprKind::Paren(Box::new(x))))
            }
            Tok::Ident(s) if s == "func" => {
                self.next();
                let sig = self.signature(p)?;
                if self.is_op("{") {
                    let old = self.xnest;
                    self.xnest = 0;
                    let body = self.block()?;
                    self.xnest = old;
                    Ok(Expr::new(p, ExprKind::FuncLit { sig, body }))
                } else {
                    Ok(Expr::new(p, ExprKind::FuncType(sig)))
                }
            }
            Tok::Op("[") | Tok::Ident(_)
                if matches!(self.tok(), Tok::Op("["))
                    || matches!(self.tok(), Tok::Ident(s) if matches!(s.as_str(), "map" | "chan" | "struct" | "interface")) =>
            {
                let t = self.typ()?;
                Ok(t)
            }
            Tok::Ident(_) => {
                let id = self.ident()?;
                Ok(Expr::new(id.pos, ExprKind::Name(id.name)))
            }
            _ => self.fail("expected expression"),
        }
    }

    fn complit(&mut self, typ: Option<Expr>) -> PResult<Expr> {
        let p = self.want("{")?;
        let old = self.xnest;
        self.xnest = 0;
        let mut elems = vec![];
        while !self.is_op("}") {
            if matches!(self.tok(), Tok::Semi) {
                self.next();
                continue;
            }
            let v = self.elem()?;
            if self.is_op(":") {
                let cp = self.pos();
                self.next();
                let val = self.elem()?;
                elems.push(Element { pos: cp, key: Some(v), value: val });
            } else {
                elems.push(Element { pos: v.pos, key: None, value: v });
            }
            if !self.got(",") {
                while matches!(self.tok(), Tok::Semi) {
                    self.next();
                }
                break;
            }
        }
        let rbrace = self.want("}")?;
        self.xnest = old;
        Ok(Expr::new(p, ExprKind::Composite { typ: typ.map(Box::new), elems, rbrace }))
    }

    fn elem(&mut self) -> PResult<Expr> {
        if self.is_op("{") {
            return self.complit(None);
        }
        self.expr()
    }

    fn primary(&mut self) -> PResult<Expr> {
        let mut x = self.operand()?;
        loop {
            let p = self.pos();
            if self.is_op(".") {
                self.next();
                if self.is_op("(") {
                    self.next();
                    if self.is_kw("type") {
                        self.next();
                        self.want(")")?;
                        x = Expr::new(p, ExprKind::TypeSwitchGuard { x: Box::new(x) });
                    } else {
                        let t = self.typ()?;
                        self.want(")")?;
                        x = Expr::new(p, ExprKind::Assert { x: Box::new(x), typ: Box::new(t) });
                    }
                } else {
                    let sel = self.ident()?;
                    x = Expr::new(p, ExprKind::Selector { x: Box::new(x), sel });
                }
            } else if self.is_op("[") {
                self.next();
                let old = self.xnest;
                self.xnest += 1;
                let mut lo = None;
                if !self.is_op(":") {
                    lo = Some(self.expr_or_type()?);
                }
                if self.is_op(":") {
                    self.next();
                    let hi = if self.is_op("]") || self.is_op(":") {
                        None
                    } else {
                        Some(Box::new(self.expr()?))
                    };
                    let mut max = None;
                    let mut full = false;
                    if self.got(":") {
                        full = true;
                        max = Some(Box::new(self.expr()?));
                    }
                    self.xnest = old;
                    self.want("]")?;
                    x = Expr::new(
                        p,
                        ExprKind::Slice { x: Box::new(x), lo: lo.map(Box::new), hi, max, full },
                    );
                } else {
                    let mut idx = vec![lo.unwrap()];
                    while self.got(",") {
                        idx.push(self.expr_or_type()?);
                    }
                    self.xnest = old;
                    self.want("]")?;
                    x = Expr::new(p, ExprKind::Index { x: Box::new(x), indices: idx });
                }
            } else if self.is_op("(") {
                self.next();
                let old = self.xnest;
                self.xnest += 1;
                let mut args = vec![];
                let mut has_dots = false;
                while !self.is_op(")") {
                    args.push(self.expr_or_type()?);
                    if self.got("...") {
                        has_dots = true;
                    }
                    if !self.got(",") {
                        break;
                    }
                }
                self.xnest = old;
                let rparen = self.want(")")?;
                x = Expr::new(p, ExprKind::Call { fun: Box::new(x), args, has_dots, rparen });
            } else if self.is_op("{") && complit_ok(&x, self.xnest) {
                x = self.complit(Some(x))?;
            } else {
                break;
            }
        }
        Ok(x)
    }
}

fn complit_ok(x: &Expr, xnest: i32) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::SliceType(_)
        | ExprKind::MapType { .. }
        | ExprKind::StructType(_) => true,
        _ => xnest >= 0 && is_type_like(x),
    }
}

fn is_type_like(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Name(_) => true,
        ExprKind::Selector { x, .. } => matches!(x.kind, ExprKind::Name(_)),
        ExprKind::ArrayType { .. }
        | ExprKind::SliceType(_)
        | ExprKind::MapType { .. }
        | ExprKind::StructType(_) => true,
        ExprKind::Index { x, .. } => is_type_like(x),
        _ => false,
    }
}

fn dummy_block() -> Block {
    Block { pos: Pos::NONE, stmts: vec![], rbrace: Pos::NONE }
}

fn binop(s: &str) -> Option<BinOp> {
    Some(match s {
        "||" => BinOp::OrOr,
        "&&" => BinOp::AndAnd,
        "==" => BinOp::Eq,
        "!=" => BinOp::Ne,
        "<" => BinOp::Lt,
        "<=" => BinOp::Le,
        ">" => BinOp::Gt,
        ">=" => BinOp::Ge,
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "|" => BinOp::Or,
        "^" => BinOp::Xor,
        "*" => BinOp::Mul,
        "/" => BinOp::Div,
        "%" => BinOp::Rem,
        "&" => BinOp::And,
        "&^" => BinOp::AndNot,
        "<<" => BinOp::Shl,
        ">>" => BinOp::Shr,
        _ => return None,
    })
}

fn binprec(b: BinOp) -> u8 {
    use BinOp::*;
    match b {
        OrOr => 1,
        AndAnd => 2,
        Eq | Ne | Lt | Le | Gt | Ge => 3,
        Add | Sub | Or | Xor => 4,
        _ => 5,
    }
}

/// Parses a file; on a syntax error returns the error (gc-style message).
pub fn parse_file(file: FileId, src: &str) -> (File, Vec<Diagnostic>) {
    let mut lx = Lexer {
        src: src.as_bytes(),
        i: 0,
        line: 1,
        col: 1,
        file,
        last_allows_semi: false,
        toks: vec![],
        err: None,
        directives: vec![],
    };
    lx.run();
    let mut diags = vec![];
    if let Some((p, m)) = lx.err.take() {
        diags.push(Diagnostic::error(p, m));
    }
    let mut p = Parser {
        toks: lx.toks,
        k: 0,
        xnest: 0,
        err: None,
        directives: lx.directives,
        iota_stack: vec![],
    };
    let f = p.file();
    if let Some((pos, m)) = p.err.take() {
        diags.push(Diagnostic::error(pos, m));
    }
    let file = f.unwrap_or(File {
        pos: Pos::NONE,
        package: Ident { name: "main".into(), pos: Pos::NONE },
        imports: vec![],
        decls: vec![],
        eof: Pos::NONE,
    });
    (file, diags)
}
