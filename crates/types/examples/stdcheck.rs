//! Checks a tree of Go packages (e.g. crates/std/go) with the stand-in parser:
//! `cargo run -p types --example stdcheck -- DIR [main.go]`. Every directory
//! with .go files (not _test.go) is a package whose import path is its path
//! under DIR.
#[path = "../tests/goparse/mod.rs"]
mod goparse;
#[path = "../tests/common/invariants.rs"]
mod invariants;

use std::path::{Path, PathBuf};
use syntax::FileId;

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, Vec<PathBuf>)>) {
    let mut files = vec![];
    let mut subdirs = vec![];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            subdirs.push(p);
        } else if p.extension().is_some_and(|x| x == "go")
            && !p.to_string_lossy().ends_with("_test.go")
        {
            files.push(p);
        }
    }
    files.sort();
    subdirs.sort();
    if !files.is_empty() {
        let path = dir.strip_prefix(root).unwrap().to_string_lossy().to_string();
        out.push((path, files));
    }
    for d in subdirs {
        collect(&d, root, out);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = PathBuf::from(&args[1]);
    let mut pkgs = vec![];
    collect(&root, &root, &mut pkgs);
    if let Some(m) = args.get(2) {
        pkgs.push(("main".into(), vec![PathBuf::from(m)]));
    }
    let mut names = vec![];
    let mut parsed = vec![];
    let mut ok = true;
    for (path, files) in &pkgs {
        let mut fs = vec![];
        for f in files {
            let id = FileId(names.len() as u32);
            names.push(f.to_string_lossy().to_string());
            let src = std::fs::read_to_string(f).unwrap();
            let (file, d) = goparse::parse_file(id, &src);
            for d in d {
                ok = false;
                println!("{}:{}:{}: {}", f.display(), d.pos.line, d.pos.col, d.msg);
            }
            fs.push(file);
        }
        parsed.push((path.clone(), fs));
    }
    if !ok {
        println!("(stand-in parser errors)");
    }
    let cfg = types::Config { file_names: names.clone() };
    let pfs: Vec<types::PackageFiles> = parsed
        .iter()
        .map(|(p, fs)| types::PackageFiles { path: p.clone(), files: fs.iter().collect() })
        .collect();
    let t = std::time::Instant::now();
    let (prog, mut diags) = types::check_program(&cfg, &pfs);
    let el = t.elapsed();
    if diags.is_empty() {
        let mut errs = vec![];
        for (_, f) in prog.funcs.iter() {
            if let Some(b) = &f.body {
                let before = errs.len();
                invariants::check_stmts(&prog, &b.stmts, &mut errs);
                for e in &mut errs[before..] {
                    *e = format!(
                        "{} ({}): {}",
                        f.name,
                        names.get(f.pos.file.0 as usize).cloned().unwrap_or_default(),
                        e
                    );
                }
            }
        }
        for (_, pkg) in prog.packages.iter() {
            for vi in &pkg.var_init {
                invariants::check_expr(&prog, &vi.rhs, &mut errs);
            }
        }
        for e in &errs {
            println!("IR: {}", e);
        }
    }
    diags.sort_by_key(|d| (d.pos.file, d.pos.line, d.pos.col));
    for d in &diags {
        let n = names.get(d.pos.file.0 as usize).cloned().unwrap_or_default();
        println!("{}:{}:{}: {}", n, d.pos.line, d.pos.col, d.msg);
    }
    println!("{} packages, {} diagnostics, checked in {:?}", pfs.len(), diags.len(), el);
}
