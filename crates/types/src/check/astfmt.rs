//! Expressions printed as gc's `syntax.String` does (ShortForm: function and
//! composite literal bodies elided as `…`), used in error messages.

use crate::constant::{go_quote, go_quote_rune};
use syntax::ast::{self, ExprKind as AK};

pub(crate) fn expr_string(e: &ast::Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

fn write_expr(s: &mut String, e: &ast::Expr, depth: u32) {
    if depth > 200 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        AK::Bad => s.push_str("<bad expr>"),
        AK::Name(n) => s.push_str(n),
        AK::Lit(l) => match l {
            ast::Lit::Int(t) | ast::Lit::Float(t) | ast::Lit::Imag(t) => s.push_str(t),
            ast::Lit::Rune(r) => s.push_str(&go_quote_rune(*r)),
            ast::Lit::Str(b) => s.push_str(&go_quote(b)),
        },
        AK::FuncLit { sig, body } => {
            s.push_str("func");
            write_sig(s, sig, d);
            s.push(' ');
            s.push('{');
            if !body.stmts.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        AK::Composite { typ, elems, .. } => {
            if let Some(t) = typ {
                write_expr(s, t, d);
            }
            s.push('{');
            if !elems.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        AK::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        AK::Selector { x, sel } => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        AK::Index { x, indices } => {
            write_expr(s, x, d);
            s.push('[');
            write_list(s, indices, d);
            s.push(']');
        }
        AK::Slice { x, lo, hi, max, .. } => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, d);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m, d);
            }
            s.push(']');
        }
        AK::Assert { x, typ } => {
            write_expr(s, x, d);
            s.push_str(".(");
            write_expr(s, typ, d);
            s.push(')');
        }
        AK::TypeSwitchGuard { x } => {
            write_expr(s, x, d);
            s.push_str(".(type)");
        }
        AK::Call { fun, args, has_dots, .. } => {
            write_expr(s, fun, d);
            s.push('(');
            write_list(s, args, d);
            if *has_dots {
                s.push_str("...");
            }
            s.push(')');
        }
        AK::Star(x) => {
            s.push('*');
            write_expr(s, x, d);
        }
        AK::Unary { op, x } => {
            s.push_str(super::expr::unop_str(*op));
            write_expr(s, x, d);
        }
        AK::Binary { op, x, y } => {
            write_expr(s, x, d);
            s.push(' ');
            s.push_str(super::expr::binop_str(*op));
            s.push(' ');
            write_expr(s, y, d);
        }
        AK::Tilde(x) => {
            s.push('~');
            write_expr(s, x, d);
        }
        AK::ArrayType { len, elem } => {
            s.push('[');
            match len {
                ast::ArrayLen::Dots => s.push_str("..."),
                ast::ArrayLen::Expr(l) => write_expr(s, l, d),
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        AK::SliceType(elem) => {
            s.push_str("[]");
            write_expr(s, elem, d);
        }
        AK::Dots(elem) => {
            s.push_str("...");
            write_expr(s, elem, d);
        }
        AK::StructType(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                write_field(s, f, d);
                if let Some(tag) = &f.tag {
                    s.push(' ');
                    s.push_str(&go_quote(tag));
                }
            }
            s.push('}');
        }
        AK::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    ast::InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        write_sig(s, sig, d);
                    }
                    ast::InterfaceElem::Embed(e) => write_expr(s, e, d),
                }
            }
            s.push('}');
        }
        AK::FuncType(ft) => {
            s.push_str("func");
            write_sig(s, ft, d);
        }
        AK::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key, d);
            s.push(']');
            write_expr(s, value, d);
        }
        AK::ChanType { dir, elem } => {
            match dir {
                ast::ChanDir::Recv => s.push_str("<-chan "),
                ast::ChanDir::Send => s.push_str("chan<- "),
                ast::ChanDir::Both => s.push_str("chan "),
            }
            let paren = *dir == ast::ChanDir::Both
                && matches!(elem.kind, AK::ChanType { dir: ast::ChanDir::Recv, .. });
            if paren {
                s.push('(');
            }
            write_expr(s, elem, d);
            if paren {
                s.push(')');
            }
        }
    }
}

fn write_list(s: &mut String, list: &[ast::Expr], d: u32) {
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e, d);
    }
}

fn write_field(s: &mut String, f: &ast::Field, d: u32) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&n.name);
    }
    if !f.names.is_empty() {
        s.push(' ');
    }
    write_expr(s, &f.typ, d);
}

fn write_params(s: &mut String, fields: &[ast::Field], d: u32) {
    s.push('(');
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_field(s, f, d);
    }
    s.push(')');
}

fn write_sig(s: &mut String, sig: &ast::FuncType, d: u32) {
    write_params(s, &sig.params, d);
    if sig.results.is_empty() {
        return;
    }
    s.push(' ');
    if sig.results.len() == 1 && sig.results[0].names.is_empty() {
        write_expr(s, &sig.results[0].typ, d);
    } else {
        write_params(s, &sig.results, d);
    }
}
