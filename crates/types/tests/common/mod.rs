//! Shared test support: parsing a Go program (user files plus the fake
//! standard library in tests/fakestd) and checking it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use syntax::{Diagnostic, FileId};

#[path = "../goparse/mod.rs"]
pub mod goparse;
pub mod invariants;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fakestd() -> Vec<(String, String)> {
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

pub fn parse(file: FileId, src: &str) -> (syntax::ast::File, Vec<Diagnostic>) {
    goparse::parse_file(file, src)
}

/// Result of checking a program: (sorted diagnostics as `./name:L:C: msg`, IR dump).
pub struct Checked {
    pub diags: Vec<(u32, u32, String)>,
    pub lines: Vec<String>,
    pub program: Option<types::Program>,
}

/// Checks one user file (as package main) with the fake standard library.
pub fn check_source(name: &str, src: &str) -> Checked {
    let mut names = vec![format!("./{}", name)];
    let mut files = vec![];
    let (f, mut pdiags) = parse(FileId(0), src);
    files.push(("main".to_string(), f));
    for (i, (path, text)) in fakestd().into_iter().enumerate() {
        let id = FileId(i as u32 + 1);
        names.push(format!("{}.go", path));
        let (f, d) = parse(id, &text);
        assert!(d.is_empty(), "fake std {} does not parse: {:?}", path, d);
        files.push((path, f));
    }
    let mut diags: Vec<Diagnostic>;
    let mut program = None;
    if !pdiags.is_empty() {
        diags = std::mem::take(&mut pdiags);
    } else {
        let cfg = types::Config { file_names: names.clone() };
        let pkgs: Vec<types::PackageFiles> = files
            .iter()
            .map(|(p, f)| types::PackageFiles { path: p.clone(), files: vec![f] })
            .collect();
        let (prog, d) = types::check_program(&cfg, &pkgs);
        diags = d;
        program = Some(prog);
    }
    diags.sort_by_key(|d| (d.pos.file, d.pos.line, d.pos.col));
    diags.dedup();
    let mut out = vec![];
    let mut lines = vec![];
    for d in &diags {
        let fname = names.get(d.pos.file.0 as usize).cloned().unwrap_or_default();
        if d.pos.is_known() {
            lines.push(format!("{}:{}:{}: {}", fname, d.pos.line, d.pos.col, d.msg));
        } else {
            lines.push(d.msg.clone());
        }
        if d.pos.file.0 == 0 {
            out.push((d.pos.line, d.pos.col, d.msg.clone()));
        } else {
            out.push((0, 0, format!("{}: {}", fname, d.msg)));
        }
    }
    Checked { diags: out, lines, program }
}

/// Runs `go build` on the file if Go is installed; returns its error lines
/// (without the `# command-line-arguments` header), or None without Go.
pub fn go_build(name: &str, src: &str) -> Option<Vec<String>> {
    let go = which_go()?;
    let dir = std::env::temp_dir().join(format!(
        "mingo-types-{}-{}",
        std::process::id(),
        name.replace('/', "_")
    ));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join(name);
    std::fs::write(&file, src).ok()?;
    let out = std::process::Command::new(go)
        .args(["build", "-gcflags=-e", "-o", "/dev/null", name])
        .current_dir(&dir)
        .env("GO111MODULE", "off")
        .env("GOFLAGS", "")
        .output()
        .ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    let text =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    // join continuation lines (starting with a tab) to their message
    let mut lines: Vec<String> = vec![];
    for l in text.lines() {
        if l.starts_with('#') {
            continue;
        }
        if l.starts_with('\t') && !lines.is_empty() {
            let last = lines.last_mut().unwrap();
            last.push('\n');
            last.push_str(l);
        } else {
            lines.push(l.to_string());
        }
    }
    Some(lines)
}

fn which_go() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for d in std::env::split_paths(&path) {
        let p = d.join("go");
        if p.is_file() {
            return Some(p);
        }
    }
    None
}
