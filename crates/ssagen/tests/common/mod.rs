//! Test support: parse (stand-in parser until crates/syntax lands), check,
//! build SSA and verify it.
#![allow(dead_code)]

use std::path::Path;
use syntax::{Diagnostic, FileId};

/// The fake standard library of the tests (`tests/fakestd/*.go`).
pub fn fakestd() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fakestd");
    let mut v = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "go") {
            let path = p.file_stem().unwrap().to_string_lossy().to_string();
            v.push((path, std::fs::read_to_string(&p).unwrap()));
        }
    }
    v.sort();
    v
}

/// Check `src` as package main, with extra packages (import path, source).
pub fn check(src: &str, pkgs: &[(String, String)]) -> Result<types::Program, String> {
    let mut names = vec!["./prog.go".to_string()];
    let mut files = vec![];
    let (f, d) = syntax::parse_file(FileId(0), src);
    if !d.is_empty() {
        return Err(format!("parse errors: {d:?}"));
    }
    files.push(("main".to_string(), f));
    for (i, (path, text)) in pkgs.iter().enumerate() {
        names.push(format!("{path}.go"));
        let (f, d) = syntax::parse_file(FileId(i as u32 + 1), text);
        if !d.is_empty() {
            return Err(format!("parse errors in {path}: {d:?}"));
        }
        files.push((path.clone(), f));
    }
    let cfg = types::Config { file_names: names };
    let pf: Vec<types::PackageFiles> = files
        .iter()
        .map(|(p, f)| types::PackageFiles { path: p.clone(), files: vec![f] })
        .collect();
    let (prog, diags) = types::check_program(&cfg, &pf);
    let errs: Vec<&Diagnostic> =
        diags.iter().filter(|d| d.severity == syntax::Severity::Error).collect();
    if !errs.is_empty() {
        return Err(format!("type errors: {errs:?}"));
    }
    Ok(prog)
}

/// Build SSA for a checked program and verify every function.
pub fn build_verified(prog: &types::Program, opts: &ssagen::Options) -> ssa::Program {
    let (p, diags) = ssagen::build_program(prog, opts);
    if !diags.is_empty() {
        let text = ssa::print_program(&p);
        panic!("ssagen diagnostics: {diags:#?}\n{text}");
    }
    if let Err(errs) = ssa::verify_program(&p) {
        let mut msg = String::new();
        for e in &errs {
            msg.push_str(&format!("{e}\n"));
        }
        for e in errs.iter().take(3) {
            if let Some(f) = p.func(&e.func) {
                msg.push_str(&ssa::print_function(f, &p.files));
            }
        }
        panic!("verification failed:\n{msg}");
    }
    p
}

/// Check and build `src` under every option combination; returns the default build.
pub fn build_all(src: &str, pkgs: &[(String, String)]) -> ssa::Program {
    let prog = match check(src, pkgs) {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    let mut first = None;
    for (no_opt, no_bounds, esc) in
        [(false, false, false), (true, false, false), (false, true, false), (false, false, true)]
    {
        let opts = ssagen::Options { no_opt, no_bounds, escape_analysis: esc };
        let p = build_verified(&prog, &opts);
        if first.is_none() {
            first = Some(p);
        }
    }
    first.unwrap()
}
