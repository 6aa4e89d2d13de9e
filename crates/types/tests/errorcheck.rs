//! gc-style errorcheck tests: every file in tests/errorcheck/ carries
//! `// ERROR "regexp"` comments on the lines that must produce diagnostics.
//! Each regexp must match one diagnostic on its line and every diagnostic must
//! be matched. When Go is installed, the expectations are also checked against
//! gc 1.19's real output, and our first diagnostic (position and text) must
//! equal gc's.

mod common;

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use std::collections::HashMap;

fn expectations(src: &str) -> HashMap<u32, Vec<Regex>> {
    let mut m = HashMap::new();
    let q = Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    for (i, line) in src.lines().enumerate() {
        let Some(idx) = line.find("// ERROR ") else { continue };
        let rest = &line[idx + 9..];
        let mut v = vec![];
        for c in q.captures_iter(rest) {
            let raw = c[1].replace("\\\"", "\"");
            v.push(
                Regex::new(&raw)
                    .unwrap_or_else(|e| panic!("line {}: bad regexp {}: {}", i + 1, raw, e)),
            );
        }
        m.insert(i as u32 + 1, v);
    }
    m
}

fn check_file(name: &str, src: &str) -> Result<(), Failed> {
    let want = expectations(src);
    let got = common::check_source(name, src);
    let mut errs = vec![];
    // group ours by line
    let mut by_line: HashMap<u32, Vec<String>> = HashMap::new();
    for (l, _c, m) in &got.diags {
        by_line.entry(*l).or_default().push(m.clone());
    }
    for (line, res) in &want {
        let mut msgs = by_line.remove(line).unwrap_or_default();
        for re in res {
            match msgs.iter().position(|m| re.is_match(m)) {
                Some(i) => {
                    msgs.remove(i);
                }
                None => errs.push(format!(
                    "{}:{}: missing error matching {:?}",
                    name,
                    line,
                    re.as_str()
                )),
            }
        }
        for m in msgs {
            errs.push(format!("{}:{}: unexpected error: {}", name, line, m));
        }
    }
    for (line, msgs) in by_line {
        for m in msgs {
            errs.push(format!("{}:{}: unexpected error: {}", name, line, m));
        }
    }
    // compare with gc when available
    if let Some(gc) = common::go_build(name, src) {
        let gc_first = gc.first().cloned().unwrap_or_default();
        let ours_first = got.lines.first().cloned().unwrap_or_default();
        if gc_first != ours_first {
            errs.push(format!(
                "first diagnostic differs:\n  gc:   {}\n  ours: {}",
                gc_first, ours_first
            ));
        }
        if std::env::var_os("TYPES_FULLCHECK").is_some() && gc != got.lines {
            errs.push(format!(
                "full output differs:\n--- gc\n{}\n--- ours\n{}",
                gc.join("\n"),
                got.lines.join("\n")
            ));
        }
        // every expectation must hold for gc as well
        for (line, res) in &want {
            let prefix = format!("./{}:{}:", name, line);
            let gc_msgs: Vec<&String> = gc.iter().filter(|l| l.starts_with(&prefix)).collect();
            for re in res {
                if !gc_msgs.iter().any(|m| re.is_match(m)) {
                    errs.push(format!(
                        "{}:{}: expectation {:?} does not match gc's output",
                        name,
                        line,
                        re.as_str()
                    ));
                }
            }
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        errs.push(format!("all ours:\n{}", got.lines.join("\n")));
        Err(errs.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let dir = common::repo_root().join("tests/errorcheck");
    let mut trials = vec![];
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    if common::go_build("probe.go", "package main\nfunc main() {}\n").is_none() {
        eprintln!("note: go is not installed; expectations are not re-verified against gc 1.19");
    }
    for p in entries {
        if p.extension().is_none_or(|e| e != "go") {
            continue;
        }
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(&p).unwrap();
        if !src.starts_with("// errorcheck") {
            continue;
        }
        trials.push(Trial::test(name.clone(), move || check_file(&name, &src)));
    }
    libtest_mimic::run(&args, trials).exit();
}
