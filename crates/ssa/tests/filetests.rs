//! File tests in Cranelift's style: each `files/*.ssa` starts with a
//! `// test KIND` header, holds an SSA program, and ends with a `// expect:`
//! comment block holding the expected output. `MINGO_BLESS=1 cargo test -p ssa`
//! rewrites the expectations from the actual output.
//!
//! Kinds: `roundtrip` (parse, print, parse again, print: both prints must agree;
//! output is the print), `verify` (output: verifier errors, or `ok`),
//! `domtree` (per block: idom, dominator-tree children, loop depth; loops),
//! `pass NAME` / `passes A, B` (run those passes, verifying after each;
//! output: the program, then the passes' reports as `file:line:col: msg`),
//! `pipeline` / `pipeline -N` (the whole pass table with check on). A
//! `// debug: N` header line sets the passes' debug level.

use ssa::cfg::Cfg;
use ssa::dom::DomTree;
use ssa::loops::LoopInfo;
use std::fmt::Write;
use std::path::Path;

fn run(kind: &str, src: &str) -> String {
    let prog = match ssa::parse_program(src) {
        Ok(p) => p,
        Err(e) => return format!("parse error: {e}\n"),
    };
    match kind {
        "roundtrip" => {
            let once = ssa::print_program(&prog);
            let again = match ssa::parse_program(&once) {
                Ok(p) => ssa::print_program(&p),
                Err(e) => return format!("reparse error: {e}\n{once}"),
            };
            if once != again {
                return format!("round trip differs:\n{once}\n---\n{again}");
            }
            once
        }
        "verify" => match ssa::verify_program(&prog) {
            Ok(()) => "ok\n".into(),
            Err(es) => es.iter().map(|e| format!("{e}\n")).collect(),
        },
        "domtree" => {
            let mut s = String::new();
            for f in &prog.funcs {
                let cfg = Cfg::new(f);
                let dt = DomTree::new(&cfg);
                let li = LoopInfo::new(&cfg, &dt);
                let _ = writeln!(s, "{}:", f.name);
                for &b in &f.layout {
                    let kids: Vec<String> = dt.children(b).iter().map(|c| c.to_string()).collect();
                    let idom = dt.idom(b).map(|d| d.to_string()).unwrap_or("-".into());
                    let reach = if dt.is_reachable(b) { "" } else { " unreachable" };
                    let _ = writeln!(
                        s,
                        "  {b}: idom {idom} children [{}] depth {}{reach}",
                        kids.join(" "),
                        li.depth(b)
                    );
                }
                for l in &li.loops {
                    let mut bs: Vec<String> = l.blocks.iter().map(|b| b.to_string()).collect();
                    bs.sort();
                    let _ = writeln!(
                        s,
                        "  loop {}: latches {:?} blocks [{}] parent {:?}",
                        l.header,
                        l.latches.iter().map(|b| b.to_string()).collect::<Vec<_>>(),
                        bs.join(" "),
                        l.parent
                    );
                }
            }
            s
        }
        k if k.starts_with("pass ") || k.starts_with("passes ") || k.starts_with("pipeline") => {
            run_passes_test(k, src, prog)
        }
        _ => format!("unknown test kind {kind:?}\n"),
    }
}

/// `// test pass NAME`, `// test passes A, B` (each verified after it runs),
/// `// test pipeline [-N]` (the whole table, check on). A `// debug: N` line
/// in the header sets the passes' debug level; reports follow the program.
fn run_passes_test(kind: &str, src: &str, mut prog: ssa::Program) -> String {
    let debug: u32 = src
        .lines()
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix("// debug:"))
        .and_then(|d| d.trim().parse().ok())
        .unwrap_or(0);
    let mut diags = Vec::new();
    if let Some(rest) = kind.strip_prefix("pipeline") {
        let mut cfg = ssa::passes::PassConfig { check: true, ..Default::default() };
        cfg.no_opt = rest.trim() == "-N";
        for p in ssa::passes::PASSES {
            if debug > 0 {
                cfg.debug.insert(p.name.to_string(), debug);
            }
        }
        let out = ssa::passes::run_program(&mut prog, &cfg);
        diags = out.diags;
    } else {
        let names = kind.split_once(' ').map(|x| x.1).unwrap_or("");
        let names: Vec<&str> =
            names.split(',').map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
        for f in prog.funcs.iter_mut() {
            match ssa::passes::run_named(f, &names, debug) {
                Ok(o) => diags.extend(o.diags),
                Err(e) => return format!("error: {e}\n{}", ssa::print_program(&prog)),
            }
        }
    }
    let mut s = ssa::print_program(&prog);
    for d in &diags {
        let file = prog.files.get(d.pos.file.0 as usize).map(|s| s.as_str()).unwrap_or("?");
        let sev = if d.severity == syntax::Severity::Error { "error: " } else { "" };
        let _ = writeln!(s, "{file}:{}:{}: {sev}{}", d.pos.line, d.pos.col, d.msg);
    }
    s
}

/// Split a file into (kind, program text, expectation).
fn split(text: &str) -> (String, String, String) {
    let kind = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("// test "))
        .unwrap_or("")
        .trim()
        .to_string();
    let (body, exp) = match text.find("\n// expect:\n") {
        Some(i) => (&text[..i + 1], &text[i + "\n// expect:\n".len()..]),
        None => (text, ""),
    };
    let exp: String = exp
        .lines()
        .map(|l| l.strip_prefix("// ").or(l.strip_prefix("//")).unwrap_or(l))
        .map(|l| format!("{l}\n"))
        .collect();
    (kind, body.to_string(), exp)
}

#[test]
fn filetests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files");
    let bless = std::env::var_os("MINGO_BLESS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut failures = Vec::new();
    for p in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "ssa")) {
        let text = std::fs::read_to_string(p).unwrap();
        let (kind, body, exp) = split(&text);
        let got = run(&kind, &body);
        if got != exp {
            if bless {
                let mut out = body.clone();
                out.push_str("// expect:\n");
                for l in got.lines() {
                    out.push_str(if l.is_empty() { "//" } else { "// " });
                    out.push_str(l);
                    out.push('\n');
                }
                std::fs::write(p, out).unwrap();
            } else {
                failures.push(format!("{}:\n--- expected\n{exp}--- got\n{got}", p.display()));
            }
        }
    }
    assert!(!paths.is_empty());
    if !failures.is_empty() {
        panic!(
            "{} file tests failed (MINGO_BLESS=1 to accept):\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
