//! A printer in the form of gc's `syntax.String` (ShortForm: function and
//! composite literal bodies print as `…`), used in error messages such as
//! `cannot use x := 1 as value`. Literals print in canonical Go syntax
//! (the AST keeps decoded string values, not their source spelling).

use crate::ast::*;
use crate::lexer::{binop_str, quote_rune};

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    expr(&mut s, e);
    s
}

pub fn expr_list_string(l: &[Expr]) -> String {
    let mut s = String::new();
    list(&mut s, l);
    s
}

pub fn stmt_string(st: &Stmt) -> String {
    let mut s = String::new();
    stmt(&mut s, st);
    s
}

fn list(s: &mut String, l: &[Expr]) {
    for (i, e) in l.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        expr(s, e);
    }
}

/// strconv.Quote for a byte string.
pub fn quote_bytes(b: &[u8]) -> String {
    let mut s = String::from("\"");
    let text = String::from_utf8_lossy(b);
    if text.as_bytes() == b {
        for c in text.chars() {
            match c {
                '"' => s.push_str("\\\""),
                '\\' => s.push_str("\\\\"),
                '\n' => s.push_str("\\n"),
                '\t' => s.push_str("\\t"),
                '\r' => s.push_str("\\r"),
                '\x07' => s.push_str("\\a"),
                '\x08' => s.push_str("\\b"),
                '\x0c' => s.push_str("\\f"),
                '\x0b' => s.push_str("\\v"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                    s.push_str(&format!("\\x{:02x}", c as u32))
                }
                c => s.push(c),
            }
        }
    } else {
        for &c in b {
            match c {
                b'"' => s.push_str("\\\""),
                b'\\' => s.push_str("\\\\"),
                0x20..=0x7e => s.push(c as char),
                _ => s.push_str(&format!("\\x{:02x}", c)),
            }
        }
    }
    s.push('"');
    s
}

fn lit(s: &mut String, l: &Lit) {
    match l {
        Lit::Int(t) | Lit::Float(t) | Lit::Imag(t) => s.push_str(t),
        Lit::Rune(r) => s.push_str(&quote_rune(*r)),
        Lit::Str(b) => s.push_str(&quote_bytes(b)),
    }
}

fn unop_str(op: UnOp) -> &'static str {
    match op {
        UnOp::Plus => "+",
        UnOp::Neg => "-",
        UnOp::Not => "!",
        UnOp::Xor => "^",
        UnOp::Addr => "&",
        UnOp::Recv => "<-",
    }
}

fn fields(s: &mut String, fs: &[Field], sep: &str) {
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        expr(s, &f.typ);
        if let Some(t) = &f.tag {
            s.push(' ');
            s.push_str(&quote_bytes(t));
        }
    }
}

fn signature(s: &mut String, sig: &FuncType) {
    s.push('(');
    fields(s, &sig.params, ", ");
    s.push(')');
    if !sig.results.is_empty() {
        s.push(' ');
        if sig.results.len() == 1 && sig.results[0].names.is_empty() {
            expr(s, &sig.results[0].typ);
        } else {
            s.push('(');
            fields(s, &sig.results, ", ");
            s.push(')');
        }
    }
}

pub fn expr(s: &mut String, e: &Expr) {
    expr_depth(s, e, 0)
}

fn expr_depth(s: &mut String, e: &Expr, depth: usize) {
    // bounded recursion: deep trees print their inner parts as `…`
    if depth > 200 {
        s.push('…');
        return;
    }
    let expr = |s: &mut String, e: &Expr| expr_depth(s, e, depth + 1);
    match &e.kind {
        ExprKind::Bad => s.push_str("<bad expr>"),
        ExprKind::Name(n) => s.push_str(n),
        ExprKind::Lit(l) => lit(s, l),
        ExprKind::Composite { typ, elems, .. } => {
            if let Some(t) = typ {
                expr(s, t);
            }
            s.push('{');
            if !elems.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::FuncLit { sig, body } => {
            s.push_str("func");
            signature(s, sig);
            s.push_str(" {");
            if !body.stmts.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::Paren(x) => {
            s.push('(');
            expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            expr(s, x);
            s.push('[');
            list(s, indices);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(s, x);
            s.push('[');
            if let Some(l) = lo {
                expr(s, l);
            }
            s.push(':');
            if let Some(h) = hi {
                expr(s, h);
            }
            if let Some(m) = max {
                s.push(':');
                expr(s, m);
            }
            s.push(']');
        }
        ExprKind::Assert { x, typ } => {
            expr(s, x);
            s.push_str(".(");
            expr(s, typ);
            s.push(')');
        }
        ExprKind::TypeSwitchGuard { x } => {
            expr(s, x);
            s.push_str(".(type)");
        }
        ExprKind::Call { fun, args, has_dots, .. } => {
            expr(s, fun);
            s.push('(');
            list(s, args);
            if *has_dots {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            expr(s, x);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(unop_str(*op));
            expr(s, x);
        }
        ExprKind::Binary { op, x, y } => {
            expr(s, x);
            s.push(' ');
            s.push_str(binop_str(*op));
            s.push(' ');
            expr(s, y);
        }
        ExprKind::Tilde(x) => {
            s.push('~');
            expr(s, x);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                ArrayLen::Dots => s.push_str("..."),
                ArrayLen::Expr(l) => expr(s, l),
            }
            s.push(']');
            expr(s, elem);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            expr(s, elem);
        }
        ExprKind::Dots(elem) => {
            s.push_str("...");
            expr(s, elem);
        }
        ExprKind::StructType(fs) => {
            s.push_str("struct{");
            fields(s, fs, "; ");
            s.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        signature(s, sig);
                    }
                    InterfaceElem::Embed(t) => expr(s, t),
                }
            }
            s.push('}');
        }
        ExprKind::FuncType(sig) => {
            s.push_str("func");
            signature(s, sig);
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            expr(s, key);
            s.push(']');
            expr(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            if *dir == ChanDir::Recv {
                s.push_str("<-");
            }
            s.push_str("chan");
            if *dir == ChanDir::Send {
                s.push_str("<-");
            }
            s.push(' ');
            let paren = *dir == ChanDir::Both
                && matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. });
            if paren {
                s.push('(');
            }
            expr(s, elem);
            if paren {
                s.push(')');
            }
        }
    }
}

fn stmt(s: &mut String, st: &Stmt) {
    match &st.kind {
        StmtKind::Bad | StmtKind::Empty => {}
        StmtKind::Expr(e) => expr(s, e),
        StmtKind::Send { ch, value } => {
            expr(s, ch);
            s.push_str(" <- ");
            expr(s, value);
        }
        StmtKind::IncDec { x, inc } => {
            expr(s, x);
            s.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { lhs, op, rhs } => {
            list(s, lhs);
            s.push(' ');
            match op {
                AssignOp::Assign => s.push('='),
                AssignOp::Define => s.push_str(":="),
                AssignOp::Op(o) => {
                    s.push_str(binop_str(*o));
                    s.push('=');
                }
            }
            s.push(' ');
            list(s, rhs);
        }
        StmtKind::Go(e) => {
            s.push_str("go ");
            expr(s, e);
        }
        StmtKind::Defer(e) => {
            s.push_str("defer ");
            expr(s, e);
        }
        StmtKind::Return(r) => {
            s.push_str("return");
            if !r.is_empty() {
                s.push(' ');
                list(s, r);
            }
        }
        StmtKind::Branch { kind, label } => {
            s.push_str(match kind {
                BranchKind::Break => "break",
                BranchKind::Continue => "continue",
                BranchKind::Goto => "goto",
                BranchKind::Fallthrough => "fallthrough",
            });
            if let Some(l) = label {
                s.push(' ');
                s.push_str(&l.name);
            }
        }
        StmtKind::Labeled { label, stmt: inner } => {
            s.push_str(&label.name);
            s.push_str(": ");
            stmt(s, inner);
        }
        _ => s.push('…'),
    }
}
