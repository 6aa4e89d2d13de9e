//! GOSSAFUNC's `ssa.html`: one function's source, then its SSA before the
//! first pass and after every pass, side by side in columns (the design of
//! gc's `cmd/compile/internal/ssa/html.go`, written anew).
//!
//! * Consecutive passes that left the function unchanged share one column,
//!   headed by every pass name (gc does the same).
//! * Lines that differ from the previous column (new or changed values, block
//!   headers, terminators) are highlighted; values a pass removed are listed
//!   at the bottom of its column.
//! * Hovering a value or block outlines every occurrence of it (definition
//!   and uses) in every column; clicking one colors them until clicked again.
//!   Clicking a source line or a position colors that line's values.
//!   Clicking a column's title collapses it.
//!
//! The page is self-contained (inline CSS and JavaScript, no network). Every
//! function here is pure: [`run_program_recording`] runs the passes and
//! records the text form ([`crate::print_function`]) of the chosen function
//! after each pass; [`render_html`] turns the texts into the page.

use crate::passes::{PassConfig, PassOutput, func_matches, run_passes, run_passes_with};
use crate::{Function, Program, ValueDef, print_function};
use std::collections::HashMap;
use std::fmt::Write;
use syntax::Pos;

/// The text of one function before the first pass (`start`) and after every
/// pass that ran: `(pass name, text IR)`.
#[derive(Clone, Debug, Default)]
pub struct Recording {
    /// Linker symbol (`main.add`).
    pub func: String,
    /// The function's position (its `func` keyword).
    pub pos: Pos,
    /// The last source line any value or terminator of the function has in
    /// the function's own file (before the passes).
    pub last_line: u32,
    pub columns: Vec<(String, String)>,
    /// The function's machine code as `-S` lists it (gc's last column,
    /// `genssa`), when the driver got that far.
    pub asm: Option<String>,
}

impl Recording {
    /// The page, with the source lines taken from `file_text` (the text of
    /// the file `file_name` the function is in).
    pub fn to_html(&self, file_name: &str, file_text: &str) -> String {
        let src = function_source(file_text, self.pos.line, self.last_line);
        render_html(&self.func, file_name, &src, &self.columns, self.asm.as_deref())
    }
}

/// One function's part of a `-S` listing: from its `NAME STEXT` header
/// through its last instruction line.
pub fn listing_section(listing: &str, func: &str) -> Option<String> {
    let mut out = String::new();
    let mut inside = false;
    for l in listing.lines() {
        if inside {
            if !l.starts_with('\t') {
                break;
            }
            out.push_str(l);
            out.push('\n');
        } else if l.strip_prefix(func).is_some_and(|r| r.starts_with(" STEXT")) {
            inside = true;
            out.push_str(l);
            out.push('\n');
        }
    }
    inside.then_some(out)
}

/// `passes::run_program` that also records the first function matching
/// `want` (a GOSSAFUNC name: `main.f`, `f`, `(*T).M`) among those `select`
/// accepts.
pub fn run_program_recording(
    p: &mut Program,
    cfg: &PassConfig,
    want: &str,
    select: &dyn Fn(&Function) -> bool,
) -> (PassOutput, Option<Recording>) {
    let mut cfg2;
    let cfg = if cfg.files.is_empty() && !p.files.is_empty() {
        cfg2 = cfg.clone();
        cfg2.files = p.files.clone();
        &cfg2
    } else {
        cfg
    };
    let mut out = PassOutput::default();
    let mut rec: Option<Recording> = None;
    for f in &mut p.funcs {
        let o = if rec.is_none() && func_matches(&f.name, want) && select(f) {
            let mut r = Recording {
                func: f.name.clone(),
                pos: f.pos,
                last_line: last_line(f),
                columns: Vec::new(),
                asm: None,
            };
            let files = &cfg.files;
            let o = run_passes_with(f, cfg, &mut |pass, f| {
                r.columns.push((pass.to_string(), print_function(f, files)));
            });
            rec = Some(r);
            o
        } else {
            run_passes(f, cfg)
        };
        out.diags.extend(o.diags);
        out.dumps.extend(o.dumps);
    }
    (out, rec)
}

fn last_line(f: &Function) -> u32 {
    let file = f.pos.file;
    let mut last = f.pos.line;
    for (_, d) in f.values.iter() {
        if d.def != ValueDef::Dead && d.pos.is_known() && d.pos.file == file {
            last = last.max(d.pos.line);
        }
    }
    for &b in &f.layout {
        if let Some(bd) = f.blocks.get(b)
            && bd.term_pos.is_known()
            && bd.term_pos.file == file
        {
            last = last.max(bd.term_pos.line);
        }
    }
    last
}

/// The lines of a function: from `first` (1-based) through `last`, extended
/// to the function's closing brace (the next line starting with `}`) when
/// that is near.
pub fn function_source(text: &str, first: u32, last: u32) -> Vec<(u32, String)> {
    if first == 0 {
        return Vec::new();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut end = last.max(first) as usize;
    if let Some(k) = (end..=lines.len().min(end + 50))
        .find(|&n| lines.get(n - 1).is_some_and(|l| l.starts_with('}')))
    {
        end = k;
    }
    (first as usize..=end.min(lines.len())).map(|n| (n as u32, lines[n - 1].to_string())).collect()
}

/// The page for one function. `source` is its lines with their numbers;
/// `columns` is `(pass name, text IR)` in pass order, the first usually
/// `start` (the function as built); `asm`, the function's `-S` listing,
/// becomes the last column (`genssa`, as gc calls it).
pub fn render_html(
    func_name: &str,
    file_name: &str,
    source: &[(u32, String)],
    columns: &[(String, String)],
    asm: Option<&str>,
) -> String {
    let mut h = String::with_capacity(64 * 1024);
    h.push_str("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(h, "<title>{}</title>", esc(func_name));
    h.push_str("<style>\n");
    h.push_str(CSS);
    h.push_str("</style>\n</head>\n<body>\n");
    let _ = writeln!(h, "<h1>{}</h1>", esc(func_name));
    h.push_str(HELP);
    h.push_str("<div id=\"cols\">\n");

    // Source column.
    h.push_str("<div class=\"col src-col\">\n<div class=\"head\">");
    let _ =
        write!(h, "<h2 class=\"title\">sources</h2><div class=\"file\">{}</div>", esc(file_name));
    h.push_str("</div>\n<div class=\"body\">\n");
    for (n, text) in source {
        let _ = writeln!(
            h,
            "<div class=\"ln src\" data-line=\"{n}\"><span class=\"lno\">{n}</span>{}</div>",
            esc(text)
        );
    }
    h.push_str("</div>\n</div>\n");

    // Pass columns: consecutive identical texts share a column.
    let mut groups: Vec<(Vec<&str>, &str)> = Vec::new();
    for (name, text) in columns {
        match groups.last_mut() {
            Some((names, t)) if *t == text.as_str() => names.push(name),
            _ => groups.push((vec![name], text)),
        }
    }
    let mut prev: Option<HashMap<String, String>> = None;
    for (i, (names, text)) in groups.iter().enumerate() {
        let lines = parse_lines(text);
        let keyed: HashMap<String, String> =
            lines.iter().filter_map(|l| l.key.clone().map(|k| (k, l.text.to_string()))).collect();
        let _ = writeln!(
            h,
            "<div class=\"col ssa-col\" id=\"col{i}\" data-passes=\"{}\">",
            esc(&names.join(" + "))
        );
        h.push_str("<div class=\"head\">");
        for n in names {
            let _ = write!(h, "<h2 class=\"title\">{}</h2>", esc(n));
        }
        h.push_str("</div>\n<div class=\"body\">\n");
        let mut n_changed = 0;
        for l in &lines {
            let changed = match (&prev, &l.key) {
                (Some(p), Some(k)) => p.get(k).is_none_or(|t| t != l.text),
                _ => false,
            };
            n_changed += changed as usize;
            let class = match (l.kind, changed) {
                (Kind::Block, true) => "ln block changed",
                (Kind::Block, false) => "ln block",
                (_, true) => "ln changed",
                (_, false) => "ln",
            };
            let _ = writeln!(h, "<div class=\"{class}\">{}</div>", line_html(l));
        }
        if let Some(p) = &prev {
            let mut removed: Vec<&String> = p
                .keys()
                .filter(|k| k.starts_with('v') && !keyed.contains_key(k.as_str()))
                .collect();
            removed.sort_by_key(|k| k[1..].parse::<u64>().unwrap_or(u64::MAX));
            if !removed.is_empty() {
                h.push_str("<div class=\"removed\">removed:");
                for k in &removed {
                    let _ = write!(h, " {}", id_span(k, false));
                }
                h.push_str("</div>\n");
            }
            if n_changed == 0 && removed.is_empty() {
                h.push_str("<div class=\"removed\">(only the order changed)</div>\n");
            }
        }
        h.push_str("</div>\n</div>\n");
        prev = Some(keyed);
    }
    if let Some(asm) = asm {
        h.push_str("<div class=\"col asm-col\">\n<div class=\"head\">");
        h.push_str("<h2 class=\"title\">genssa</h2><div class=\"file\">machine code (-S)</div>");
        h.push_str("</div>\n<div class=\"body\">\n");
        for l in asm.lines() {
            let _ = writeln!(h, "<div class=\"ln\">{}</div>", asm_line_html(l));
        }
        h.push_str("</div>\n</div>\n");
    }
    h.push_str("</div>\n<script>\n");
    h.push_str(JS);
    h.push_str("</script>\n</body>\n</html>\n");
    h
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// `func …`, `}`, slots.
    Other,
    Block,
    Value,
    Term,
}

struct Line<'a> {
    kind: Kind,
    /// What identifies the line across columns: `v3`, `b2:`, `b2:term`, `ss0`.
    key: Option<String>,
    text: &'a str,
    /// The value or block the line defines (its first token).
    def: Option<&'a str>,
}

fn is_id(w: &str) -> bool {
    let digits = if let Some(r) = w.strip_prefix("ss") {
        r
    } else if let Some(r) = w.strip_prefix('v').or_else(|| w.strip_prefix('b')) {
        r
    } else {
        return false;
    };
    !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit())
}

fn first_word(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(s.len());
    &s[..end]
}

fn parse_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut block: Option<&str> = None;
    for t in text.lines() {
        let trimmed = t.trim_start();
        let w = first_word(trimmed);
        let indented = trimmed.len() != t.len();
        let (kind, key, def) = if !indented && w.starts_with('b') && is_id(w) {
            block = Some(w);
            (Kind::Block, Some(format!("{w}:")), Some(w))
        } else if indented && is_id(w) && trimmed[w.len()..].starts_with(" = ") {
            (Kind::Value, Some(w.to_string()), Some(w))
        } else if indented && block.is_some() {
            (Kind::Term, block.map(|b| format!("{b}:term")), None)
        } else {
            (Kind::Other, None, None)
        };
        out.push(Line { kind, key, text: t, def });
    }
    out
}

fn id_span(id: &str, def: bool) -> String {
    let kind = if id.starts_with('v') {
        "v"
    } else if id.starts_with('b') {
        "b"
    } else {
        "s"
    };
    let d = if def { " def" } else { "" };
    format!("<span class=\"id {kind}{d}\" data-id=\"{id}\">{id}</span>")
}

/// Split a trailing ` (file:line:col)` off a line.
fn split_pos(t: &str) -> (&str, Option<(&str, u32)>) {
    if !t.ends_with(')') {
        return (t, None);
    }
    let Some(open) = t.rfind(" (") else { return (t, None) };
    let inner = &t[open + 2..t.len() - 1];
    let mut parts = inner.rsplitn(3, ':');
    let (Some(col), Some(line), Some(_file)) = (parts.next(), parts.next(), parts.next()) else {
        return (t, None);
    };
    match (line.parse::<u32>(), col.parse::<u32>()) {
        (Ok(l), Ok(_)) => (&t[..open], Some((&t[open + 1..], l))),
        _ => (t, None),
    }
}

fn line_html(l: &Line) -> String {
    let (body, pos) = split_pos(l.text);
    let mut o = String::new();
    let b = body.as_bytes();
    let mut i = 0;
    let mut first_id = true;
    while i < body.len() {
        let c = b[i];
        match c {
            b'{' | b'"' => {
                let j = skip_group(body, i);
                let inner = &body[i + 1..j.saturating_sub(1).max(i + 1)];
                if c == b'{' && is_id(inner) {
                    o.push('{');
                    o.push_str(&id_span(inner, false));
                    o.push('}');
                } else {
                    let _ = write!(o, "<span class=\"aux\">{}</span>", esc(&body[i..j]));
                }
                i = j;
            }
            b'<' => {
                let j = body[i..].find('>').map(|k| i + k + 1).unwrap_or(body.len());
                let _ = write!(o, "<span class=\"ty\">{}</span>", esc(&body[i..j]));
                i = j;
            }
            c if c.is_ascii_alphanumeric() || c == b'_' => {
                let w = first_word(&body[i..]);
                let w = if w.is_empty() { &body[i..i + 1] } else { w };
                let before = if i == 0 { b' ' } else { b[i - 1] };
                let after = b.get(i + w.len()).copied().unwrap_or(b' ');
                let bounded = matches!(before, b' ' | b'(' | b',' | b'[')
                    && matches!(after, b' ' | b'(' | b')' | b',' | b':' | b']');
                if bounded && is_id(w) {
                    let def = (first_id && l.def == Some(w))
                        || (l.kind == Kind::Block && after == b':' && w.starts_with('v'));
                    o.push_str(&id_span(w, def));
                } else if l.kind == Kind::Value && body[..i].ends_with(" = ") {
                    let _ = write!(o, "<span class=\"op\">{}</span>", esc(w));
                } else {
                    o.push_str(&esc(w));
                }
                first_id = false;
                i += w.len();
            }
            _ => {
                let ch = body[i..].chars().next().unwrap_or(' ');
                o.push_str(&esc(&ch.to_string()));
                i += ch.len_utf8();
            }
        }
    }
    if let Some((text, line)) = pos {
        let _ = write!(o, " <span class=\"pos\" data-line=\"{line}\">{}</span>", esc(text));
    }
    o
}

/// A `-S` line, `\t0x0004 00004 (x.go:3)\tsub\t$0x50,%rsp`, with its
/// position clickable like the SSA columns' (file:line:col) ones.
fn asm_line_html(l: &str) -> String {
    let found = l.find(" (").and_then(|open| {
        let close = l[open..].find(')')? + open;
        let inner = &l[open + 2..close];
        let line = inner.rsplit(':').next()?.parse::<u32>().ok()?;
        Some((open + 1, close + 1, line))
    });
    match found {
        Some((a, b, line)) => format!(
            "{} <span class=\"pos\" data-line=\"{line}\">{}</span>{}",
            esc(l[..a].trim_end()),
            esc(&l[a..b]),
            esc(&l[b..])
        ),
        None => esc(l),
    }
}

/// The end (exclusive) of a `{…}` or `"…"` group starting at `i`, with
/// quoted strings and backslash escapes inside.
fn skip_group(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let mut j = i + 1;
    let mut depth = 1;
    let mut in_str = b[i] == b'"';
    let brace = b[i] == b'{';
    while j < b.len() {
        let c = b[j];
        if in_str {
            if c == b'\\' {
                j += 1;
            } else if c == b'"' {
                in_str = false;
                if !brace {
                    return j + 1;
                }
            }
        } else if c == b'"' {
            in_str = true;
        } else if c == b'{' {
            depth += 1;
        } else if c == b'}' {
            depth -= 1;
            if depth == 0 {
                return j + 1;
            }
        }
        j += 1;
    }
    s.len()
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            c => o.push(c),
        }
    }
    o
}

const HELP: &str = "<p class=\"help\">Columns: the source, the SSA as built \
(<b>start</b>), then after each pass (passes that changed nothing share a column), \
then the machine code (<b>genssa</b>). \
<span class=\"changed\">Yellow</span> lines differ from the previous column. \
Hover a value or block to outline its definition and uses; click it to color them \
(click again to clear). Click a source line or a position to color that line's values. \
Click a column title to collapse it.</p>\n";

const CSS: &str = r#"body { font-family: sans-serif; font-size: 13px; margin: 8px; }
h1 { font-size: 18px; margin: 0 0 4px 0; font-family: monospace; }
.help { color: #555; margin: 0 0 8px 0; max-width: 70em; }
#cols { display: flex; align-items: flex-start; overflow-x: auto; }
.col { border: 1px solid #999; margin-right: 4px; flex: none; max-width: 44em; }
.col .head { background: #eee; border-bottom: 1px solid #999; padding: 2px 4px; cursor: pointer; }
.col .file { font-size: 11px; color: #666; }
h2.title { font-size: 13px; margin: 1px 0; font-weight: bold; }
.col .body { padding: 2px 4px; font-family: monospace; font-size: 12px; overflow-x: auto; }
.ln { white-space: pre; tab-size: 4; line-height: 1.35; }
.ln.block { font-weight: bold; margin-top: 3px; }
.changed { background: #fff2a8; }
.removed { color: #888; margin-top: 6px; white-space: normal; }
.lno { color: #999; display: inline-block; width: 3em; text-align: right; margin-right: 1em; cursor: pointer; }
.src { cursor: pointer; }
.pos { color: #888; cursor: pointer; }
.ty { color: #5a3e8c; }
.op { color: #00547a; }
.aux { color: #7a4b00; }
.id { cursor: pointer; border-radius: 2px; }
.id.def { text-decoration: underline; }
.hover { outline: 1px solid #d00; }
.col.collapsed .body { display: none; }
.col.collapsed .head { writing-mode: vertical-lr; border-bottom: none; }
.col.collapsed .file { display: none; }
.asm-col .ln { tab-size: 8; }
.hl0 { background: #ffb3b3; } .hl1 { background: #a8e6a1; } .hl2 { background: #a8c8ff; }
.hl3 { background: #f5b3ff; } .hl4 { background: #ffd28a; } .hl5 { background: #8ae0e0; }
.hl6 { background: #d9d9d9; } .hl7 { background: #e6e68a; }
"#;

const JS: &str = r#"(function () {
  var NCOLORS = 8;
  var used = {};      // key -> color index
  function sel(attr, v) { return document.querySelectorAll('[' + attr + '="' + v + '"]'); }
  function toggle(attr, v) {
    var key = attr + ':' + v;
    var els = sel(attr, v);
    var i;
    if (key in used) {
      var c = used[key];
      delete used[key];
      for (i = 0; i < els.length; i++) { els[i].classList.remove('hl' + c); }
      return;
    }
    var taken = {};
    for (var k in used) { taken[used[k]] = true; }
    var color = 0;
    while (color < NCOLORS && taken[color]) { color++; }
    if (color === NCOLORS) { return; }
    used[key] = color;
    for (i = 0; i < els.length; i++) { els[i].classList.add('hl' + color); }
  }
  function hover(v, on) {
    var els = sel('data-id', v);
    for (var i = 0; i < els.length; i++) { els[i].classList.toggle('hover', on); }
  }
  document.addEventListener('mouseover', function (e) {
    var t = e.target.closest ? e.target.closest('.id') : null;
    if (t) { hover(t.getAttribute('data-id'), true); }
  });
  document.addEventListener('mouseout', function (e) {
    var t = e.target.closest ? e.target.closest('.id') : null;
    if (t) { hover(t.getAttribute('data-id'), false); }
  });
  document.addEventListener('click', function (e) {
    var t = e.target;
    var id = t.closest('.id');
    if (id) { toggle('data-id', id.getAttribute('data-id')); return; }
    var ln = t.closest('.pos, .src');
    if (ln) { toggle('data-line', ln.getAttribute('data-line')); return; }
    var head = t.closest('.head');
    if (head) { head.parentNode.classList.toggle('collapsed'); }
  });
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_split() {
        assert_eq!(split_pos("  Ret v4 (./x.go:5:3)"), ("  Ret v4", Some(("(./x.go:5:3)", 5))));
        assert_eq!(split_pos("  Ret v4"), ("  Ret v4", None));
        assert_eq!(split_pos("b1(v2: i64):"), ("b1(v2: i64):", None));
    }

    #[test]
    fn tokens() {
        let ls = parse_lines("  v5 = Add <i64> v0 v1 {main.v2} (a.go:3:4)");
        let h = line_html(&ls[0]);
        assert!(h.contains("data-id=\"v5\">v5</span>") && h.contains("class=\"id v def\""), "{h}");
        assert!(h.contains("data-id=\"v0\"") && h.contains("data-id=\"v1\""), "{h}");
        assert!(!h.contains("data-id=\"v2\""), "a symbol is not a value: {h}");
        assert!(h.contains("&lt;i64&gt;") && h.contains("data-line=\"3\""), "{h}");
        let ls =
            parse_lines("b2(v3: i64): ← b0 b1\n  If v3 → b1(v3) b2\n  v9 = SlotAddr <ptr> {ss0}");
        assert_eq!(ls[0].key.as_deref(), Some("b2:"));
        assert_eq!(ls[1].key.as_deref(), Some("b2:term"));
        let h = line_html(&ls[1]);
        assert!(h.contains("data-id=\"b1\"") && h.contains("data-id=\"b2\""), "{h}");
        assert!(line_html(&ls[2]).contains("data-id=\"ss0\""));
    }

    #[test]
    fn listing_sections() {
        let lst = "main.f STEXT size=4\n\t0x0000 00000 (x.go:3)\tret\nmain.fg STEXT size=1\n\t0x0000 00000 (x.go:9)\tret\n";
        assert_eq!(
            listing_section(lst, "main.f").as_deref(),
            Some("main.f STEXT size=4\n\t0x0000 00000 (x.go:3)\tret\n")
        );
        assert_eq!(listing_section(lst, "main.g"), None);
        let h = asm_line_html("\t0x0000 00000 (x.go:3)\tmov\t%rbx,0x40(%rsp)");
        assert!(h.contains("<span class=\"pos\" data-line=\"3\">(x.go:3)</span>"), "{h}");
    }

    #[test]
    fn source_lines_to_closing_brace() {
        let text = "package main\n\nfunc f() {\n\tx := 1\n\t_ = x\n}\n";
        let s = function_source(text, 3, 4);
        assert_eq!(s.first().map(|l| l.0), Some(3));
        assert_eq!(s.last().map(|l| l.1.as_str()), Some("}"));
    }
}
