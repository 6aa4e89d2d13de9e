//! The lexer: a logos scanner for Go's tokens, wrapped by [`lex`] which adds
//! what a regular-expression scanner cannot do by itself:
//!
//! * gc's positions (line from 1, byte column from 1);
//! * automatic semicolon insertion (Go spec "Semicolons"): a newline, a
//!   multi-line `/* */` comment or the end of the file after an identifier,
//!   a literal, `break continue fallthrough return ++ -- ) ] }` becomes a
//!   `;` token whose text is `newline` / `EOF` (gc prints those words);
//! * literal decoding and validation with gc 1.19's error messages
//!   (`'_' must separate successive digits`, `unknown escape`, …);
//! * `//go:` directive comments, attached to the token that follows them;
//! * the classification of the `[` after `type Name` (array length or type
//!   parameter list, see [`classify_type_brackets`]).
//!
//! Lexical errors are not syntax errors (gc prints them without the
//! `syntax error:` prefix) and never stop the scan: the offending bytes are
//! skipped or kept in the literal, and a diagnostic is recorded.

use logos::Logos;

use crate::ast::{BinOp, Directive, Lit};
use crate::pos::{FileId, Pos};

/// Lexical errors found by the logos callbacks: byte offset and message.
#[derive(Default)]
pub struct Extras {
    pub errors: Vec<(usize, String)>,
}

/// A literal token as seen by the parser.
#[derive(Clone, Debug, PartialEq)]
pub struct LitTok<'a> {
    pub lit: Lit,
    /// The source text (gc prints `literal TEXT` in syntax errors).
    pub text: &'a str,
    /// The lexer already reported an error for this literal.
    pub bad: bool,
}

/// Why a `;` token is there: gc prints `semicolon`, `newline` or `EOF`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    Semi,
    Newline,
    Eof,
}

/// Tokens handed to the parser.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok<'a> {
    Name(&'a str),
    Lit(LitTok<'a>),
    Semi(SemiKind),
    Eof,
    // keywords
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
    // punctuation
    LParen,
    RParen,
    LBrack,
    /// A `[` that opens the type parameter list of a type declaration
    /// (decided by [`classify_type_brackets`]).
    LBrackTP,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Dot,
    DotDotDot,
    Colon,
    Define,
    Assign,
    Arrow,
    Star,
    Inc,
    Dec,
    /// A binary operator other than `*` (which is [`Tok::Star`]).
    Op(BinOp),
    /// `op=`
    AssignOp(BinOp),
    Not,
    Tilde,
    /// Never produced: markers in the grammar that make the expected-token
    /// sets of lalrpop's errors tell the syntactic context (see `errors.rs`).
    Phantom(Ph),
}

/// Phantom terminals (see `Tok::Phantom`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ph {
    Args,
    Complit,
    Params,
    Group,
    Struct,
    Iface,
    Field,
    Hdr1,
    IfBody,
    SwBody,
    ForCond,
    ForBody,
    Select,
    Import,
    TypeDecl,
    Index,
    ForCond0,
    ChanElem,
    IfInit,
    ForInit,
    SwInit,
    FuncName,
    Sel,
    TParams,
    PStart,
    TpStart,
}

impl Tok<'_> {
    /// How gc names the token in `syntax error: unexpected X`.
    pub fn describe(&self) -> String {
        match self {
            Tok::Name(n) => (*n).to_string(),
            Tok::Lit(l) => format!("literal {}", l.text),
            Tok::Semi(SemiKind::Semi) => "semicolon".into(),
            Tok::Semi(SemiKind::Newline) => "newline".into(),
            Tok::Semi(SemiKind::Eof) => "EOF".into(),
            Tok::Eof => "EOF".into(),
            Tok::Op(op) => binop_str(*op).into(),
            Tok::AssignOp(op) => format!("{}=", binop_str(*op)),
            Tok::Comma => "comma".into(),
            t => t.text().into(),
        }
    }

    /// The fixed text of keywords, punctuation and operators.
    pub fn text(&self) -> &'static str {
        match self {
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBrack | Tok::LBrackTP => "[",
            Tok::RBrack => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Comma => ",",
            Tok::Dot => ".",
            Tok::DotDotDot => "...",
            Tok::Colon => ":",
            Tok::Define => ":=",
            Tok::Assign => "=",
            Tok::Arrow => "<-",
            Tok::Star => "*",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::Op(op) => binop_str(*op),
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::Semi(_) => ";",
            Tok::Eof => "EOF",
            Tok::Name(_) => "name",
            Tok::Lit(_) => "literal",
            Tok::AssignOp(_) => "op=",
            Tok::Phantom(_) => "?",
        }
    }

    /// Whether a newline after this token becomes a `;`.
    fn sets_nlsemi(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Lit(_)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }
}

pub fn binop_str(op: BinOp) -> &'static str {
    match op {
        BinOp::OrOr => "||",
        BinOp::AndAnd => "&&",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Rem => "%",
        BinOp::And => "&",
        BinOp::AndNot => "&^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
    }
}

/// The raw tokens recognized by logos. Literals, comments and identifiers are
/// scanned by callbacks that follow gc's scanner (scanner.go) exactly, so that
/// token extents and error positions agree with gc's.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(extras = Extras)]
#[logos(skip r"[ \t\r\x00\u{FEFF}]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[token("//", line_comment)]
    LineComment,
    #[token("/*", block_comment)]
    BlockComment(bool),

    #[regex(r"[A-Za-z_\u{80}-\u{FEFE}\u{FF00}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{FEFE}\u{FF00}-\u{10FFFF}]*")]
    Ident,

    #[regex(r"[0-9]", |lex| number(lex, false))]
    #[regex(r"\.[0-9]", |lex| number(lex, true))]
    Number((Lit, bool)),
    #[token("\"", std_string)]
    Str((Vec<u8>, bool)),
    #[token("`", raw_string)]
    #[allow(clippy::enum_variant_names)]
    RawStr((Vec<u8>, bool)),
    #[token("'", rune_lit)]
    Rune((u32, bool)),

    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    DotDotDot,
    #[token(":")]
    Colon,
    #[token(":=")]
    Define,
    #[token("=")]
    Assign,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("||", |_| BinOp::OrOr)]
    #[token("&&", |_| BinOp::AndAnd)]
    #[token("==", |_| BinOp::Eq)]
    #[token("!=", |_| BinOp::Ne)]
    #[token("<", |_| BinOp::Lt)]
    #[token("<=", |_| BinOp::Le)]
    #[token(">", |_| BinOp::Gt)]
    #[token(">=", |_| BinOp::Ge)]
    #[token("+", |_| BinOp::Add)]
    #[token("-", |_| BinOp::Sub)]
    #[token("|", |_| BinOp::Or)]
    #[token("^", |_| BinOp::Xor)]
    #[token("*", |_| BinOp::Mul)]
    #[token("/", |_| BinOp::Div)]
    #[token("%", |_| BinOp::Rem)]
    #[token("&", |_| BinOp::And)]
    #[token("&^", |_| BinOp::AndNot)]
    #[token("<<", |_| BinOp::Shl)]
    #[token(">>", |_| BinOp::Shr)]
    Op(BinOp),
    #[token("+=", |_| BinOp::Add)]
    #[token("-=", |_| BinOp::Sub)]
    #[token("|=", |_| BinOp::Or)]
    #[token("^=", |_| BinOp::Xor)]
    #[token("*=", |_| BinOp::Mul)]
    #[token("/=", |_| BinOp::Div)]
    #[token("%=", |_| BinOp::Rem)]
    #[token("&=", |_| BinOp::And)]
    #[token("&^=", |_| BinOp::AndNot)]
    #[token("<<=", |_| BinOp::Shl)]
    #[token(">>=", |_| BinOp::Shr)]
    AssignOp(BinOp),
}

// ---------------------------------------------------------------------------
// logos callbacks (gc's scanner.go, re-derived)

fn line_comment(lex: &mut logos::Lexer<Raw>) {
    let rest = lex.remainder().as_bytes();
    let n = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    lex.bump(n);
}

/// Returns whether the comment is terminated.
fn block_comment(lex: &mut logos::Lexer<Raw>) -> bool {
    let rest = lex.remainder().as_bytes();
    let mut i = 0;
    while i + 1 < rest.len() {
        if rest[i] == b'*' && rest[i + 1] == b'/' {
            lex.bump(i + 2);
            return true;
        }
        i += 1;
    }
    lex.bump(rest.len());
    let start = lex.span().start;
    lex.extras.errors.push((start, "comment not terminated".into()));
    false
}

fn err(lex: &mut logos::Lexer<Raw>, off: usize, msg: String) {
    lex.extras.errors.push((off, msg));
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Scans a number literal (gc's `scanner.number`). The lexer has consumed the
/// first digit (or `.` and a digit when `seen_point`).
fn number(lex: &mut logos::Lexer<Raw>, seen_point: bool) -> (Lit, bool) {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    // restart scanning at the token start for simplicity
    let mut i = start;
    let at = |i: usize| -> u8 { if i < src.len() { src[i] } else { 0 } };
    let lower = |c: u8| c | 0x20;
    let mut ok = true;
    let mut kind = 0; // 0 int, 1 float, 2 imag
    let mut base = 10u32;
    let mut prefix = 0u8;
    let mut digsep = 0u32;
    let mut invalid: Option<usize> = None;
    let mut errors: Vec<(usize, String)> = Vec::new();
    let mut seen_point = seen_point;

    // digits accepts { digit | '_' } and records the first digit >= base.
    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>, track: bool| -> u32 {
        let mut ds = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            while at(*i).is_ascii_digit() || at(*i) == b'_' {
                let c = at(*i);
                if c == b'_' {
                    ds |= 2;
                } else {
                    ds |= 1;
                    if track && c >= max && invalid.is_none() {
                        *invalid = Some(*i - start);
                    }
                }
                *i += 1;
            }
        } else {
            while at(*i).is_ascii_hexdigit() || at(*i) == b'_' {
                ds |= if at(*i) == b'_' { 2 } else { 1 };
                *i += 1;
            }
        }
        ds
    };

    if !seen_point {
        if at(i) == b'0' {
            i += 1;
            match lower(at(i)) {
                b'x' => {
                    i += 1;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i += 1;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1;
                }
            }
        }
        digsep |= digits(&mut i, base, &mut invalid, true);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                errors.push((i, format!("invalid radix point in {} literal", base_name(base))));
                ok = false;
            }
            i += 1;
            seen_point = true;
        }
    } else {
        i += 1; // the '.'
    }
    if seen_point {
        kind = 1;
        digsep |= digits(&mut i, base, &mut invalid, true);
    }
    if digsep & 1 == 0 && ok {
        errors.push((i, format!("{} literal has no digits", base_name(base))));
        ok = false;
    }
    let e = lower(at(i));
    if e == b'e' || e == b'p' {
        if ok {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                errors.push((i, format!("'{}' exponent requires decimal mantissa", at(i) as char)));
                ok = false;
            } else if e == b'p' && prefix != b'x' {
                errors.push((
                    i,
                    format!("'{}' exponent requires hexadecimal mantissa", at(i) as char),
                ));
                ok = false;
            }
        }
        i += 1;
        kind = 1;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let mut none = None;
        let ds = digits(&mut i, 10, &mut none, false);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 && ok {
            errors.push((i, "exponent has no digits".into()));
            ok = false;
        }
    } else if prefix == b'x' && kind == 1 && ok {
        errors.push((i, "hexadecimal mantissa requires a 'p' exponent".into()));
        ok = false;
    }
    if at(i) == b'i' {
        kind = 2;
        i += 1;
    }
    let text = &lex.source()[start..i];
    if kind == 0
        && ok
        && let Some(inv) = invalid
    {
        let c = text.as_bytes()[inv] as char;
        errors.push((start + inv, format!("invalid digit '{}' in {} literal", c, base_name(base))));
        ok = false;
    }
    if digsep & 2 != 0
        && ok
        && let Some(k) = invalid_sep(text.as_bytes())
    {
        errors.push((start + k, "'_' must separate successive digits".into()));
        ok = false;
    }
    let consumed = lex.span().end - start;
    lex.bump(i - start - consumed);
    for (o, m) in errors {
        err(lex, o, m);
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lit = match kind {
        0 => Lit::Int(clean),
        1 => Lit::Float(clean),
        _ => Lit::Imag(clean),
    };
    (lit, !ok)
}

/// Index of the first invalid `_` separator in a number literal (gc's invalidSep).
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// Decodes one escape after a `\` at `src[i-1]`; `i` is the index of the char
/// after the backslash. Appends the decoded bytes to `out`. Returns the new
/// index and whether the escape was valid (gc's `scanner.escape`).
fn escape(
    src: &str,
    mut i: usize,
    quote: u8,
    out: &mut Vec<u8>,
    errors: &mut Vec<(usize, String)>,
) -> (usize, bool) {
    let b = src.as_bytes();
    let c = if i < b.len() { b[i] } else { return (i, true) };
    let simple = match c {
        b'a' => Some(7u8),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        b't' => Some(b'\t'),
        b'v' => Some(11),
        b'\\' => Some(b'\\'),
        _ if c == quote => Some(c),
        _ => None,
    };
    if let Some(v) = simple {
        out.push(v);
        return (i + 1, true);
    }
    let (n, base, max): (usize, u32, u32) = match c {
        b'0'..=b'7' => (3, 8, 255),
        b'x' => {
            i += 1;
            (2, 16, 255)
        }
        b'u' => {
            i += 1;
            (4, 16, 0x10FFFF)
        }
        b'U' => {
            i += 1;
            (8, 16, 0x10FFFF)
        }
        _ => {
            errors.push((i, "unknown escape".into()));
            // gc does not consume the bad character: it is part of the literal
            return (i, false);
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        if i >= b.len() {
            return (i, true); // caller complains about EOF
        }
        let ch = src[i..].chars().next().unwrap_or('\0');
        let d = match ch {
            '0'..='9' => ch as u32 - '0' as u32,
            'a'..='f' => ch as u32 - 'a' as u32 + 10,
            'A'..='F' => ch as u32 - 'A' as u32 + 10,
            _ => base,
        };
        if d >= base {
            errors.push((
                i,
                format!(
                    "invalid character {} in {} escape",
                    quote_rune(ch as u32),
                    base_name(base)
                ),
            ));
            return (i, false);
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        i += 1;
    }
    if x > max && base == 8 {
        errors.push((i, format!("octal escape value {} > 255", x)));
        return (i, false);
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        errors.push((i, format!("escape is invalid Unicode code point {}", sharp_u(x))));
        return (i, false);
    }
    if base == 8 || c == b'x' {
        out.push(x as u8);
    } else {
        let ch = char::from_u32(x).unwrap_or('\u{FFFD}');
        let mut buf = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    }
    (i, true)
}

fn std_string(lex: &mut logos::Lexer<Raw>) -> (Vec<u8>, bool) {
    let start = lex.span().start;
    let src = lex.source();
    let b = src.as_bytes();
    let mut i = start + 1;
    let mut ok = true;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    loop {
        if i >= b.len() {
            errors.push((start, "string not terminated".into()));
            ok = false;
            break;
        }
        match b[i] {
            b'"' => {
                i += 1;
                break;
            }
            b'\\' => {
                let (ni, good) = escape(src, i + 1, b'"', &mut out, &mut errors);
                ok &= good;
                i = ni;
            }
            b'\n' => {
                errors.push((i, "newline in string".into()));
                ok = false;
                break;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    lex.bump(i - start - 1);
    lex.extras.errors.extend(errors);
    (out, !ok)
}

fn raw_string(lex: &mut logos::Lexer<Raw>) -> (Vec<u8>, bool) {
    let start = lex.span().start;
    let b = lex.source().as_bytes();
    let mut i = start + 1;
    let mut ok = true;
    let mut out = Vec::new();
    loop {
        if i >= b.len() {
            lex.extras.errors.push((start, "string not terminated".into()));
            ok = false;
            break;
        }
        match b[i] {
            b'`' => {
                i += 1;
                break;
            }
            b'\r' => i += 1, // carriage returns are discarded from raw strings
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    lex.bump(i - start - 1);
    (out, !ok)
}

fn rune_lit(lex: &mut logos::Lexer<Raw>) -> (u32, bool) {
    let start = lex.span().start;
    let src = lex.source();
    let b = src.as_bytes();
    let mut i = start + 1;
    let mut ok = true;
    let mut n = 0;
    let mut val: u32 = 0;
    let mut errors = Vec::new();
    loop {
        if i >= b.len() {
            if ok {
                errors.push((start, "rune literal not terminated".into()));
                ok = false;
            }
            break;
        }
        match b[i] {
            b'\'' => {
                if ok {
                    if n == 0 {
                        errors.push((i, "empty rune literal or unescaped '".into()));
                        ok = false;
                    } else if n != 1 {
                        errors.push((start, "more than one character in rune literal".into()));
                        ok = false;
                    }
                }
                i += 1;
                break;
            }
            b'\\' => {
                let mut out = Vec::new();
                let (ni, good) = escape(src, i + 1, b'\'', &mut out, &mut errors);
                if !good {
                    ok = false;
                }
                if n == 0 {
                    // \x and octal escapes give bytes; \u/\U give UTF-8
                    let esc = b.get(i + 1).copied().unwrap_or(0);
                    val = if esc == b'x' || (b'0'..=b'7').contains(&esc) {
                        out.first().copied().unwrap_or(0) as u32
                    } else {
                        std::str::from_utf8(&out)
                            .ok()
                            .and_then(|s| s.chars().next())
                            .map(|c| c as u32)
                            .unwrap_or(0)
                    };
                }
                n += 1;
                i = ni;
            }
            b'\n' => {
                if ok {
                    errors.push((i, "newline in rune literal".into()));
                    ok = false;
                }
                break;
            }
            _ => {
                let ch = src[i..].chars().next().unwrap_or('\0');
                if n == 0 {
                    val = ch as u32;
                }
                n += 1;
                i += ch.len_utf8();
            }
        }
    }
    lex.bump(i - start - 1);
    lex.extras.errors.extend(errors);
    (val, !ok)
}

// ---------------------------------------------------------------------------
// Go's %q / %#U formatting of runes (for error messages)

fn is_print(c: u32) -> bool {
    match c {
        0x20..=0x7e => true,
        0..=0x1f | 0x7f..=0x9f | 0xad => false,
        0xD800..=0xDFFF => false,
        0x2028 | 0x2029 | 0xFEFF | 0xFFF9..=0xFFFB | 0xFFFE | 0xFFFF => false,
        0xE000..=0xF8FF | 0xF0000..=0x10FFFF => false,
        _ => {
            c <= 0x10FFFF
                && char::from_u32(c).is_some_and(|ch| !ch.is_control() && !ch.is_whitespace())
        }
    }
}

/// strconv.QuoteRune.
pub fn quote_rune(c: u32) -> String {
    let body = match c {
        0x27 => "\\'".to_string(),
        0x5c => "\\\\".to_string(),
        7 => "\\a".into(),
        8 => "\\b".into(),
        12 => "\\f".into(),
        10 => "\\n".into(),
        13 => "\\r".into(),
        9 => "\\t".into(),
        11 => "\\v".into(),
        _ if is_print(c) => char::from_u32(c).map(|ch| ch.to_string()).unwrap_or_default(),
        _ if c < 0x80 => format!("\\x{:02x}", c),
        _ if c > 0x10FFFF || (0xD800..0xE000).contains(&c) => "\\ufffd".into(),
        _ if c < 0x10000 => format!("\\u{:04x}", c),
        _ => format!("\\U{:08x}", c),
    };
    format!("'{}'", body)
}

/// fmt's `%#U`.
pub fn sharp_u(c: u32) -> String {
    if is_print(c)
        && let Some(ch) = char::from_u32(c)
    {
        return format!("U+{:04X} '{}'", c, ch);
    }
    format!("U+{:04X}", c)
}

// ---------------------------------------------------------------------------
// The wrapper

/// The result of lexing one file.
pub struct Lexed<'a> {
    pub toks: Vec<(Pos, Tok<'a>, Pos)>,
    /// Lexical errors, in source order.
    pub errors: Vec<(Pos, String)>,
    /// `//go:` directives, each with the index of the token that follows it.
    pub directives: Vec<(usize, Directive)>,
    /// Position just past the last character (gc's EOF position).
    pub eof: Pos,
}

/// Incremental byte offset → (line, column) conversion; offsets must not decrease.
struct LineTracker<'a> {
    src: &'a [u8],
    file: FileId,
    off: usize,
    line: u32,
    line_start: usize,
}

impl LineTracker<'_> {
    fn pos(&mut self, off: usize) -> Pos {
        let off = off.min(self.src.len());
        if off < self.off {
            // rare (errors reported at an earlier offset): recount from the start
            self.off = 0;
            self.line = 1;
            self.line_start = 0;
        }
        for (k, &b) in self.src[self.off..off].iter().enumerate() {
            if b == b'\n' {
                self.line += 1;
                self.line_start = self.off + k + 1;
            }
        }
        self.off = off;
        Pos::new(self.file, self.line, (off - self.line_start + 1) as u32)
    }
}

/// Lexes a whole file.
pub fn lex(file: FileId, src: &str) -> Lexed<'_> {
    let bytes = src.as_bytes();
    let mut lt = LineTracker { src: bytes, file, off: 0, line: 1, line_start: 0 };
    let mut toks: Vec<(Pos, Tok, Pos)> = Vec::with_capacity(src.len() / 4 + 4);
    let mut errors: Vec<(usize, String)> = Vec::new();
    let mut directives: Vec<(usize, Directive)> = Vec::new();

    // NUL bytes and byte order marks are skipped by logos as whitespace; gc
    // reports them wherever they are (even in comments and literals).
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 {
            errors.push((i, "invalid NUL character".into()));
        } else if b == 0xEF && i > 0 && bytes[i..].starts_with("\u{FEFF}".as_bytes()) {
            errors.push((i, "invalid BOM in the middle of the file".into()));
        }
    }

    let mut raw = Raw::lexer(src);
    let mut nlsemi = false;
    while let Some(r) = raw.next() {
        let span = raw.span();
        let r = match r {
            Ok(r) => r,
            Err(()) => {
                let c = src[span.start..].chars().next().unwrap_or('\0');
                if c != '\0' {
                    errors.push((span.start, format!("invalid character {}", sharp_u(c as u32))));
                }
                continue;
            }
        };
        let text = &src[span.clone()];
        let tok = match r {
            Raw::Newline => {
                if nlsemi {
                    nlsemi = false;
                    let p = lt.pos(span.start);
                    toks.push((p, Tok::Semi(SemiKind::Newline), p));
                }
                continue;
            }
            Raw::LineComment => {
                if let Some(d) = text.strip_prefix("//go:") {
                    let p = lt.pos(span.start);
                    directives.push((
                        toks.len(),
                        Directive { pos: p, text: d.trim_end_matches('\r').to_string() },
                    ));
                }
                continue;
            }
            Raw::BlockComment(_) => {
                if nlsemi && text.contains('\n') {
                    nlsemi = false;
                    let p = lt.pos(span.start);
                    toks.push((p, Tok::Semi(SemiKind::Newline), p));
                }
                continue;
            }
            Raw::Ident => {
                check_ident(text, span.start, &mut errors);
                Tok::Name(text)
            }
            Raw::Number((lit, bad)) => Tok::Lit(LitTok { lit, text, bad }),
            Raw::Str((s, bad)) | Raw::RawStr((s, bad)) => {
                Tok::Lit(LitTok { lit: Lit::Str(s), text, bad })
            }
            Raw::Rune((r, bad)) => Tok::Lit(LitTok { lit: Lit::Rune(r), text, bad }),
            Raw::Break => Tok::Break,
            Raw::Case => Tok::Case,
            Raw::Chan => Tok::Chan,
            Raw::Const => Tok::Const,
            Raw::Continue => Tok::Continue,
            Raw::Default => Tok::Default,
            Raw::Defer => Tok::Defer,
            Raw::Else => Tok::Else,
            Raw::Fallthrough => Tok::Fallthrough,
            Raw::For => Tok::For,
            Raw::Func => Tok::Func,
            Raw::Go => Tok::Go,
            Raw::Goto => Tok::Goto,
            Raw::If => Tok::If,
            Raw::Import => Tok::Import,
            Raw::Interface => Tok::Interface,
            Raw::Map => Tok::Map,
            Raw::Package => Tok::Package,
            Raw::Range => Tok::Range,
            Raw::Return => Tok::Return,
            Raw::Select => Tok::Select,
            Raw::Struct => Tok::Struct,
            Raw::Switch => Tok::Switch,
            Raw::Type => Tok::Type,
            Raw::Var => Tok::Var,
            Raw::LParen => Tok::LParen,
            Raw::RParen => Tok::RParen,
            Raw::LBrack => Tok::LBrack,
            Raw::RBrack => Tok::RBrack,
            Raw::LBrace => Tok::LBrace,
            Raw::RBrace => Tok::RBrace,
            Raw::Comma => Tok::Comma,
            Raw::Semi => Tok::Semi(SemiKind::Semi),
            Raw::Dot => Tok::Dot,
            Raw::DotDotDot => Tok::DotDotDot,
            Raw::Colon => Tok::Colon,
            Raw::Define => Tok::Define,
            Raw::Assign => Tok::Assign,
            Raw::Arrow => Tok::Arrow,
            Raw::Inc => Tok::Inc,
            Raw::Dec => Tok::Dec,
            Raw::Not => Tok::Not,
            Raw::Tilde => Tok::Tilde,
            Raw::Op(BinOp::Mul) => Tok::Star,
            Raw::Op(op) => Tok::Op(op),
            Raw::AssignOp(op) => Tok::AssignOp(op),
        };
        nlsemi = tok.sets_nlsemi();
        let p = lt.pos(span.start);
        let e = lt.pos(span.end);
        toks.push((p, tok, e));
    }
    let eof = lt.pos(src.len());
    if nlsemi {
        toks.push((eof, Tok::Semi(SemiKind::Eof), eof));
    }
    toks.push((eof, Tok::Eof, eof));
    errors.extend(raw.extras.errors);
    errors.sort_by_key(|e| e.0);
    let mut lt = LineTracker { src: bytes, file, off: 0, line: 1, line_start: 0 };
    let errors = errors.into_iter().map(|(o, m)| (lt.pos(o), m)).collect();
    classify_type_brackets(&mut toks);
    Lexed { toks, errors, directives, eof }
}

/// gc's identifier rules for non-ASCII characters (scanner.atIdentChar);
/// Rust's `is_alphabetic`/`is_numeric` approximate unicode.IsLetter/IsDigit.
fn check_ident(text: &str, start: usize, errors: &mut Vec<(usize, String)>) {
    if text.is_ascii() {
        return;
    }
    for (k, c) in text.char_indices() {
        if c.is_ascii() || c.is_alphabetic() {
            continue;
        }
        if c.is_numeric() {
            if k == 0 {
                errors.push((
                    start,
                    format!("identifier cannot begin with digit {}", sharp_u(c as u32)),
                ));
            }
            continue;
        }
        errors.push((start + k, format!("invalid character {} in identifier", sharp_u(c as u32))));
    }
}

/// `type T[` is ambiguous: an array type `type T [N]E` or a type parameter
/// list `type T[P any] …`. gc decides by parsing an expression and looking at
/// its shape (parser.go: typeDecl, extractName); an LR(1) grammar cannot (the
/// decision needs the whole bracket contents: `[P *C]` is an array length
/// while `[P *C,]` and `[P *[]int]` are type parameters). So the token layer
/// decides, following gc's rules on the tokens between the brackets, and marks
/// type parameter brackets as [`Tok::LBrackTP`].
fn classify_type_brackets(toks: &mut [(Pos, Tok, Pos)]) {
    let mut group_depth: Option<usize> = None; // paren depth of a `type (` group
    let mut paren = 0usize;
    let n = toks.len();
    let mut i = 0;
    while i < n {
        match toks[i].1 {
            Tok::LParen => {
                if i > 0 && toks[i - 1].1 == Tok::Type && group_depth.is_none() {
                    group_depth = Some(paren);
                }
                paren += 1;
            }
            Tok::RParen => {
                paren = paren.saturating_sub(1);
                if group_depth == Some(paren) {
                    group_depth = None;
                }
            }
            _ => {}
        }
        // a type spec starts after `type`, or after `(`/`;` inside a type group
        let spec_start = i > 0
            && matches!(toks[i].1, Tok::Name(_))
            && (toks[i - 1].1 == Tok::Type
                || (group_depth == Some(paren.saturating_sub(1))
                    && matches!(toks[i - 1].1, Tok::Semi(_) | Tok::LParen)));
        if spec_start && i + 1 < n && toks[i + 1].1 == Tok::LBrack && is_type_params(&toks[i + 2..])
        {
            toks[i + 1].1 = Tok::LBrackTP;
        }
        i += 1;
    }
}

/// Decides whether the tokens after `type Name [` start a type parameter list.
fn is_type_params(t: &[(Pos, Tok, Pos)]) -> bool {
    // `[` `]` is a slice type; a non-name first token an array length.
    let Some((_, Tok::Name(_), _)) = t.first() else { return false };
    let next = match t.get(1) {
        Some((_, tok, _)) => tok,
        None => return false,
    };
    match next {
        Tok::RBrack => return false, // `[N]E`
        Tok::LBrack => return true,  // `[P []E]`
        // tokens that cannot continue an expression but start a type
        Tok::Name(_)
        | Tok::Interface
        | Tok::Func
        | Tok::Map
        | Tok::Chan
        | Tok::Struct
        | Tok::Tilde
        | Tok::Arrow
        | Tok::LParen
        | Tok::Star
        | Tok::Op(BinOp::Or)
        | Tok::Dot
        | Tok::Comma => {}
        _ => return false,
    }
    // Find the expression's extent (up to a top-level `,` or the closing `]`).
    let mut depth = 0i32;
    let mut has_type_lit = false;
    let mut k = 1;
    let mut comma = false;
    while k < t.len() {
        match &t[k].1 {
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrace => depth -= 1,
            Tok::RBrack => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Comma if depth == 0 => {
                comma = true;
                break;
            }
            Tok::Semi(_) | Tok::Eof if depth <= 0 => break,
            _ => {}
        }
        if matches!(
            t[k].1,
            Tok::Interface
                | Tok::Func
                | Tok::Map
                | Tok::Chan
                | Tok::Struct
                | Tok::Tilde
                | Tok::LBrack
        ) {
            has_type_lit = true;
        }
        k += 1;
    }
    match next {
        // `P C` / `P interface{…}` etc. cannot be an expression
        Tok::Name(_)
        | Tok::Interface
        | Tok::Func
        | Tok::Map
        | Tok::Chan
        | Tok::Struct
        | Tok::Tilde
        | Tok::Arrow => true,
        // `P, Q any`
        Tok::Comma => true,
        // `P *C`, `P (C)`, `P | C`: gc's extractName: a type parameter if the rest
        // is a type element, or if a comma follows (force)
        Tok::Star | Tok::LParen | Tok::Op(BinOp::Or) => comma || has_type_lit,
        // `P.x`: an expression
        _ => false,
    }
}
