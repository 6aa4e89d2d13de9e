//! Valid programs in tests/typecheck/ must check with no diagnostic; their IR
//! must pass basic invariants (every expression typed, no untyped types left).

mod common;

use common::invariants::{check_expr, check_stmts};

use libtest_mimic::{Arguments, Failed, Trial};

fn check_file(name: &str, src: &str) -> Result<(), Failed> {
    let got = common::check_source(name, src);
    if !got.lines.is_empty() {
        return Err(format!("unexpected diagnostics:\n{}", got.lines.join("\n")).into());
    }
    let p = got.program.unwrap();
    let mut errs = vec![];
    for (_, f) in p.funcs.iter() {
        if let Some(b) = &f.body {
            check_stmts(&p, &b.stmts, &mut errs);
        }
    }
    for (_, pkg) in p.packages.iter() {
        for vi in &pkg.var_init {
            check_expr(&p, &vi.rhs, &mut errs);
        }
    }
    let bonus = src.starts_with("// mingo-bonus");
    if let Some(gc) = common::go_build(name, src).filter(|_| !bonus) {
        if !gc.is_empty() {
            errs.push(format!("gc rejects the program:\n{}", gc.join("\n")));
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        errs.truncate(20);
        Err(errs.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let dir = common::repo_root().join("tests/typecheck");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    let mut trials = vec![];
    for p in entries {
        if p.extension().is_none_or(|e| e != "go") {
            continue;
        }
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(&p).unwrap();
        trials.push(Trial::test(name.clone(), move || check_file(&name, &src)));
    }
    libtest_mimic::run(&args, trials).exit();
}
