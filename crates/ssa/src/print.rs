//! The text form (gc-like), read back by parse.rs:
//!
//! ```text
//! file "a.go"
//! data main.x rw size=8 align=8
//! data {go.string."hi"} ro size=2 align=1 init=6869
//! func main.add(i64, i64) -> i64 {
//!   ss0 = slot size=8 align=8 "x"
//! b0(v0: i64, v1: i64):
//!   v2 = Add <i64> v0 v1 (a.go:3:11)
//!   Ret v2 (a.go:3:2)
//! b1: ← b0
//! }
//! ```
//! Symbols are bare when made of letters, digits and `_ . · $`, else in braces
//! (`{main.(*T).M}`), quoted inside them when they hold braces, quotes or spaces.
//! Value auxiliaries are always braced. Positions are `(file:line:col)`.

use crate::cfg::Cfg;
use crate::{Aux, Function, Program, Signature, Term, Type, Value};
use std::fmt::Write;
use syntax::Pos;

pub fn print_program(p: &Program) -> String {
    let mut s = String::new();
    for f in &p.files {
        let _ = writeln!(s, "file {}", quote(f));
    }
    for d in &p.data {
        let _ = write!(
            s,
            "data {} {} size={} align={}",
            sym_bare(&d.name),
            if d.readonly { "ro" } else { "rw" },
            d.size,
            d.align
        );
        if let Some(b) = &d.init {
            s.push_str(" init=");
            for x in b {
                let _ = write!(s, "{x:02x}");
            }
        }
        for r in &d.relocs {
            let _ = write!(s, " reloc {} {}{:+}", r.offset, sym_bare(&r.sym), r.addend);
        }
        s.push('\n');
    }
    for f in &p.funcs {
        s.push_str(&print_function(f, &p.files));
    }
    s
}

/// Print one function; `files` names the positions' file ids.
pub fn print_function(f: &Function, files: &[String]) -> String {
    let mut s = String::new();
    let _ = write!(s, "func {}{}", sym_bare(&f.name), sig_text(&f.sig));
    s.push_str(&pos_text(f.pos, files));
    s.push_str(" {\n");
    for (ss, d) in f.slots.iter() {
        let _ = writeln!(s, "  {ss} = slot size={} align={} {}", d.size, d.align, quote(&d.name));
    }
    let cfg = Cfg::new(f);
    for &b in &f.layout {
        // the printer is the tool for looking at broken IR: never index blindly
        let Some(bd) = f.blocks.get(b) else {
            let _ = writeln!(s, "; {b}: not a block");
            continue;
        };
        let _ = write!(s, "{b}");
        if !bd.params.is_empty() {
            let ps: Vec<String> = bd
                .params
                .iter()
                .map(|&p| match f.values.get(p) {
                    Some(d) if d.nonneg => format!("{p}: {} nonneg", d.ty),
                    Some(d) => format!("{p}: {}", d.ty),
                    None => format!("{p}: {}", Type::Void),
                })
                .collect();
            let _ = write!(s, "({})", ps.join(", "));
        }
        s.push(':');
        let preds = cfg.preds(b);
        if !preds.is_empty() {
            s.push_str(" ←");
            for p in preds {
                let _ = write!(s, " {p}");
            }
        }
        s.push('\n');
        for &v in &bd.insts {
            let _ = writeln!(s, "  {}", value_text(f, v, files));
        }
        let _ = writeln!(s, "  {}{}", term_text(&bd.term), pos_text(bd.term_pos, files));
    }
    s.push_str("}\n");
    s
}

/// `v2 = Add <i64> v0 v1 (a.go:3:11)`
pub fn value_text(f: &Function, v: Value, files: &[String]) -> String {
    let Some(d) = f.values.get(v) else { return format!("; {v}: not a value") };
    let mut s = format!("{v} = {} <{}>", d.op, d.ty);
    match d.op.aux_int() {
        crate::AuxIntKind::None => {}
        crate::AuxIntKind::Int => {
            let _ = write!(s, " [{}]", d.aux_int);
        }
        crate::AuxIntKind::Float => {
            let _ = write!(s, " [{:?}]", f64::from_bits(d.aux_int as u64));
        }
    }
    match &d.aux {
        Aux::None => {}
        Aux::Sym(n) => {
            let _ = write!(s, " {}", sym_braced(n));
        }
        Aux::Slot(ss) => {
            let _ = write!(s, " {{{ss}}}");
        }
        Aux::Call(c) => {
            if let Some(n) = &c.callee {
                let _ = write!(s, " {}", sym_braced(n));
            }
            let _ = write!(s, " {}", sig_text(&c.sig));
        }
    }
    for a in &d.args {
        let _ = write!(s, " {a}");
    }
    if d.nonneg {
        s.push_str(" nonneg");
    }
    s.push_str(&pos_text(d.pos, files));
    s
}

pub fn term_text(t: &Term) -> String {
    fn bc(t: &crate::BlockCall) -> String {
        if t.args.is_empty() {
            format!("{}", t.block)
        } else {
            let a: Vec<String> = t.args.iter().map(|v| v.to_string()).collect();
            format!("{}({})", t.block, a.join(", "))
        }
    }
    match t {
        Term::None => "Unterminated".into(),
        Term::Jump(t) => format!("Plain → {}", bc(t)),
        Term::If { cond, then, els } => format!("If {cond} → {} {}", bc(then), bc(els)),
        Term::Switch { index, targets, default } => {
            let ts: Vec<String> = targets.iter().map(bc).collect();
            format!("Switch {index} → [{}] {}", ts.join(" "), bc(default))
        }
        Term::Ret(vs) => {
            let mut s = "Ret".to_string();
            for v in vs {
                let _ = write!(s, " {v}");
            }
            s
        }
        Term::Exit => "Exit".into(),
    }
}

/// `(i64, ptr) -> (i64, f64)`; `-> !` for noreturn; no arrow without results.
pub fn sig_text(sig: &Signature) -> String {
    let ps: Vec<&str> = sig.params.iter().map(|t| t.name()).collect();
    let mut s = format!("({})", ps.join(", "));
    if sig.noreturn {
        s.push_str(" -> !");
    } else if sig.results.len() == 1 {
        let _ = write!(s, " -> {}", sig.results[0]);
    } else if !sig.results.is_empty() {
        let rs: Vec<&str> = sig.results.iter().map(|t| t.name()).collect();
        let _ = write!(s, " -> ({})", rs.join(", "));
    }
    s
}

/// ` (a.go:3:5)`, or nothing for an unknown position.
pub fn pos_text(p: Pos, files: &[String]) -> String {
    if !p.is_known() {
        return String::new();
    }
    let name = files.get(p.file.0 as usize).map(|s| s.as_str()).unwrap_or("?");
    format!(" ({name}:{}:{})", p.line, p.col)
}

fn is_bare_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '.' | '·' | '$')
}

/// Does the symbol need no braces at all?
pub fn is_bare(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_bare_char) && !s.starts_with(|c: char| c.is_ascii_digit())
}

fn sym_bare(s: &str) -> String {
    if is_bare(s) { s.to_string() } else { sym_braced(s) }
}

/// `{name}` or `{"na me"}`.
pub fn sym_braced(s: &str) -> String {
    let plain = !s.is_empty()
        && !s.starts_with('"')
        && s.chars().all(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '{' | '}'));
    if plain { format!("{{{s}}}") } else { format!("{{{}}}", quote(s)) }
}

/// A double-quoted string with `\"`, `\\`, `\n`, `\t` and `\xNN` escapes.
pub fn quote(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(o, "\\u{{{:x}}}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}
