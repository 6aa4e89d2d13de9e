//! GOSSAFUNC's ssa.html: every pass that ran has a column, the page is
//! well-formed, and lines a pass changed are highlighted in its column.

use ssa::html::{render_html, run_program_recording};
use ssa::parse_program;
use ssa::passes::{PASSES, PassConfig};

const PROG: &str = r#"file "x.go"
func main.f(i64) -> i64 (x.go:3:6) {
b0(v0: i64):
  v1 = Const <i64> [2] (x.go:4:7)
  v2 = Const <i64> [3] (x.go:4:11)
  v3 = Add <i64> v1 v2 (x.go:4:9)
  v4 = Mul <i64> v0 v3 (x.go:5:11)
  v5 = Mul <i64> v0 v3 (x.go:5:15)
  v6 = Add <i64> v4 v5 (x.go:5:13)
  Plain → b1(v6) (x.go:5:2)
b1(v7: i64): ← b0
  Ret v7 (x.go:6:2)
}
func main.g() -> i64 (x.go:9:6) {
b0:
  v0 = Const <i64> [1] (x.go:9:20)
  Ret v0 (x.go:9:13)
}
"#;

const SRC: &str = "package main\n\nfunc f(x int) int {\n\tc := 2 + 3\n\ty := x*c + x*c\n\treturn y\n}\n\nfunc g() int { return 1 }\n";

/// Tags open and close in order (void elements excepted); script and style
/// bodies are skipped; attribute values are quoted; `<` appears in text only
/// as `&lt;`.
fn check_well_formed(h: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut i = 0;
    let b = h.as_bytes();
    while i < b.len() {
        if b[i] != b'<' {
            if b[i] == b'>' {
                return Err(format!("stray '>' at {i}"));
            }
            i += 1;
            continue;
        }
        let end = h[i..].find('>').ok_or("unterminated tag")? + i;
        let tag = &h[i + 1..end];
        i = end + 1;
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if name.is_empty() {
            return Err(format!("bad tag <{tag}>"));
        }
        if !tag[name.len()..].matches('"').count().is_multiple_of(2) {
            return Err(format!("unbalanced quotes in <{tag}>"));
        }
        if name == "meta" || name == "br" {
            continue;
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}>");
            i = h[i..].find(&close).ok_or(format!("no {close}"))? + i + close.len();
            continue;
        }
        stack.push(name);
    }
    if stack.is_empty() { Ok(()) } else { Err(format!("unclosed: {stack:?}")) }
}

/// The body of the column whose titles include `pass`.
fn column<'a>(h: &'a str, pass: &str) -> &'a str {
    let at = h.find(&format!("<h2 class=\"title\">{pass}</h2>")).expect(pass);
    let start = h[..at].rfind("<div class=\"col ssa-col\"").unwrap();
    let end = h[at..].find("<div class=\"col ssa-col\"").map(|k| at + k).unwrap_or(h.len());
    &h[start..end]
}

#[test]
fn every_pass_has_a_column_and_changes_are_marked() {
    let mut p = parse_program(PROG).unwrap();
    let cfg = PassConfig { check: true, ..Default::default() };
    let (out, rec) = run_program_recording(&mut p, &cfg, "f", &|_| true);
    assert!(!out.has_errors(), "{:?}", out.diags);
    let rec = rec.expect("main.f recorded");
    assert_eq!(rec.func, "main.f");
    assert_eq!(rec.columns[0].0, "start");
    assert_eq!(rec.columns.len(), PASSES.len() + 1);
    assert_eq!(rec.last_line, 6);
    let h = rec.to_html("x.go", SRC);
    check_well_formed(&h).unwrap();
    for p in PASSES {
        assert!(
            h.contains(&format!("<h2 class=\"title\">{}</h2>", p.name)),
            "no column for {}",
            p.name
        );
    }
    // the source column holds the function, through its closing brace
    assert!(h.contains("<span class=\"lno\">3</span>func f(x int) int {"));
    assert!(h.contains("<span class=\"lno\">7</span>}"));
    assert!(!h.contains("func g"));
    // nothing is highlighted before the first pass; opt folds 2+3
    assert!(!column(&h, "start").contains("changed"));
    let opt = column(&h, "opt");
    assert!(opt.contains("class=\"ln changed\""), "{opt}");
    assert!(opt.contains("[5]"), "{opt}");
    // generic cse merges the two multiplications: one of them is listed as removed
    let cse = column(&h, "generic cse");
    let after_dce = column(&h, "gcse deadcode");
    assert!(cse.contains("removed:") || after_dce.contains("removed:"), "{cse}{after_dce}");
    // no network: nothing is loaded from elsewhere
    assert!(!h.contains("http://") && !h.contains("https://") && !h.contains(" src="));
}

#[test]
fn unchanged_passes_share_a_column() {
    let cols = vec![
        ("start".to_string(), "func main.h() {\nb0:\n  Ret\n}\n".to_string()),
        ("opt".to_string(), "func main.h() {\nb0:\n  Ret\n}\n".to_string()),
        ("dse".to_string(), "func main.h() {\nb0:\n  Ret\n}\n".to_string()),
    ];
    let h = render_html("main.h", "x.go", &[], &cols, None);
    check_well_formed(&h).unwrap();
    assert_eq!(h.matches("<div class=\"col ssa-col\"").count(), 1);
    assert!(h.contains("data-passes=\"start + opt + dse\""));
}

#[test]
fn checker_rejects_broken_html() {
    assert!(check_well_formed("<div><span></div></span>").is_err());
    assert!(check_well_formed("<div>").is_err());
    assert!(check_well_formed("<div>a > b</div>").is_err());
    assert!(check_well_formed("<div class=\"a>x</div>").is_err());
}

#[test]
fn no_function_matches() {
    let mut p = parse_program(PROG).unwrap();
    let (_, rec) = run_program_recording(&mut p, &PassConfig::default(), "nope", &|_| true);
    assert!(rec.is_none());
    let mut p = parse_program(PROG).unwrap();
    let (_, rec) = run_program_recording(&mut p, &PassConfig::default(), "f", &|_| false);
    assert!(rec.is_none());
}
