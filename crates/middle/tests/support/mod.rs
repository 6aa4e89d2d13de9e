//! Test support: parse a user program plus the bundled library (crates/std),
//! check it and run the middle-end; run gc 1.19 on the same files.
#![allow(dead_code)]

use std::collections::{BTreeSet, HashMap};
use syntax::{Diagnostic, FileId};

/// A checked program and the names of its files (indexed by `FileId`).
pub struct Loaded {
    pub program: types::Program,
    pub file_names: Vec<String>,
}

/// The import paths in a file's import declarations.
fn imports(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_block = false;
    for line in src.lines() {
        let t = line.trim();
        if t == "import (" {
            in_block = true;
            continue;
        }
        if in_block && t == ")" {
            in_block = false;
            continue;
        }
        if (in_block || t.starts_with("import "))
            && let Some(a) = t.find('"')
        {
            let rest = &t[a + 1..];
            if let Some(b) = rest.find('"') {
                out.push(rest[..b].to_string());
            }
        }
    }
    out
}

/// Parses and checks `files` (name, source) as package main together with the
/// bundled packages they import (transitively). Errors come back as text lines.
pub fn load(files: &[(String, String)]) -> Result<Loaded, Vec<String>> {
    // bundled packages needed, in dependency order
    let mut need: BTreeSet<String> = BTreeSet::new();
    let mut todo: Vec<String> = files.iter().flat_map(|(_, s)| imports(s)).collect();
    while let Some(p) = todo.pop() {
        if p == "unsafe" || !std_go::is_bundled(&p) || !need.insert(p.clone()) {
            continue;
        }
        for (_, src) in std_go::package(&p).unwrap_or(&[]) {
            todo.extend(imports(src));
        }
    }
    let mut names = vec![];
    let mut parsed: Vec<(String, Vec<syntax::ast::File>)> = vec![];
    let mut errs = vec![];
    let mut user = vec![];
    for (name, src) in files {
        let id = FileId(names.len() as u32);
        names.push(format!("./{}", name));
        let (f, d) = syntax::parse_file(id, src);
        for d in d {
            errs.push(format!("./{}:{}:{}: {}", name, d.pos.line, d.pos.col, d.msg));
        }
        user.push(f);
    }
    // the package path is its name (gc's `-p foo`; `main` for commands)
    let path = user.first().map(|f| f.package.name.clone()).unwrap_or_else(|| "main".into());
    parsed.push((path.clone(), user));
    for p in std_go::packages() {
        if !need.contains(*p) {
            continue;
        }
        let mut fs = vec![];
        for (name, src) in std_go::package(p).unwrap_or(&[]) {
            let id = FileId(names.len() as u32);
            names.push(name.to_string());
            let (f, d) = syntax::parse_file(id, src);
            for d in d {
                errs.push(format!("{}:{}:{}: {}", name, d.pos.line, d.pos.col, d.msg));
            }
            fs.push(f);
        }
        parsed.push((p.to_string(), fs));
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    let cfg = types::Config { file_names: names.clone() };
    let pfs: Vec<types::PackageFiles> = parsed
        .iter()
        .map(|(p, fs)| types::PackageFiles { path: p.clone(), files: fs.iter().collect() })
        .collect();
    let (mut program, diags) = types::check_program(&cfg, &pfs);
    if !diags.is_empty() {
        return Err(diags.iter().map(|d| format_diag(&names, d)).collect());
    }
    if program.main_pkg.is_none() {
        program.main_pkg = program.packages.iter().find(|(_, p)| p.path == path).map(|(k, _)| k);
    }
    Ok(Loaded { program, file_names: names })
}

pub fn format_diag(names: &[String], d: &Diagnostic) -> String {
    let f = names.get(d.pos.file.0 as usize).cloned().unwrap_or_default();
    if d.pos.is_known() {
        format!("{}:{}:{}: {}", f, d.pos.line, d.pos.col, d.msg)
    } else {
        d.msg.clone()
    }
}

/// Runs the middle-end on a loaded program; returns the `-m` lines as gc
/// prints them (`./a.go:3:6: can inline f`).
pub fn run_m(l: &mut Loaded, m: u32, no_inline: bool) -> Vec<String> {
    run_m_all(l, m, no_inline, false)
}

pub fn run_m_all(l: &mut Loaded, m: u32, no_inline: bool, all: bool) -> Vec<String> {
    let opts =
        middle::Options { m, no_inline, file_names: l.file_names.clone(), all_packages: all };
    let diags = middle::run(&mut l.program, &opts);
    diags.iter().map(|d| format_diag(&l.file_names, d)).collect()
}

/// Runs `go build -gcflags=FLAGS` on the files if Go is installed; returns its
/// output lines without `#` headers.
pub fn go_build(files: &[(String, String)], flags: &str) -> Option<Vec<String>> {
    let go = which_go()?;
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "mingo-middle-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    let _ = std::fs::create_dir_all(&dir);
    let mut names = vec![];
    for (n, s) in files {
        std::fs::write(dir.join(n), s).ok()?;
        names.push(n.clone());
    }
    let mut cmd = std::process::Command::new(go);
    let bin = dir.join("a.out");
    cmd.arg("build").arg(format!("-gcflags={}", flags)).arg("-o").arg(&bin);
    cmd.args(&names);
    let out = cmd
        .current_dir(&dir)
        .env("GO111MODULE", "off")
        .env("GOFLAGS", "")
        .env("GOCACHE", std::env::temp_dir().join("mingo-middle-gocache"))
        .output()
        .ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    Some(text.lines().filter(|l| !l.starts_with('#')).map(|l| l.to_string()).collect())
}

pub fn which_go() -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    for d in std::env::split_paths(&path) {
        let p = d.join("go");
        if p.is_file() {
            return Some(p);
        }
    }
    None
}

/// Groups lines `./f.go:L:C: msg` by line number.
pub fn by_line(lines: &[String]) -> HashMap<u32, Vec<String>> {
    let mut m: HashMap<u32, Vec<String>> = HashMap::new();
    for l in lines {
        let mut it = l.splitn(4, ':');
        let (_f, ln, _c, msg) = (it.next(), it.next(), it.next(), it.next());
        if let (Some(ln), Some(msg)) = (ln.and_then(|s| s.parse().ok()), msg) {
            m.entry(ln).or_default().push(msg.trim_start().to_string());
        }
    }
    m
}

/// Runs `go tool compile -p PKG FLAGS` on the files (a non-main package) if
/// Go is installed; returns its output lines.
pub fn go_compile(files: &[(String, String)], pkg: &str, flags: &[String]) -> Option<Vec<String>> {
    let go = which_go()?;
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "mingo-middle-c-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    let _ = std::fs::create_dir_all(&dir);
    let mut names = vec![];
    for (n, s) in files {
        std::fs::write(dir.join(n), s).ok()?;
        names.push(n.clone());
    }
    let out = std::process::Command::new(go)
        .arg("tool")
        .arg("compile")
        .arg("-p")
        .arg(pkg)
        .args(flags)
        .arg("-o")
        .arg(dir.join("out.o"))
        .args(&names)
        .current_dir(&dir)
        .output()
        .ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    Some(text.lines().map(|l| l.to_string()).collect())
}
