//! Language features whose golden output cannot come from running the program itself
//! with Go 1.19 (tests/run's rule), checked against Go 1.19 all the same:
//!
//! * `go122/NAME.go`: Go 1.22 semantics mingo implements (per-iteration loop variables)
//!   and bonus builtins (`min`, `max`, `clear`, range over an integer). `NAME.out` is Go
//!   1.19's output of an equivalent program: regen.sh drops the lines ending in
//!   `// go122` and uncomments the `//go119: ` lines. When the program as written also
//!   compiles with Go 1.19, its output under 1.19's semantics is `NAME.go119.out`, which
//!   must differ from `NAME.out` (so the test really exercises the difference).
//! * `dirs/NAME/`: a package of several files, built as a directory (`mingo build DIR`),
//!   compared with `dirs/NAME.out` (Go 1.19 building the same files).
//!
//! Each program must exit 0 with empty stderr and stdout equal to its golden file.
//! Golden files: tests/lang/regen.sh.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/lang");
    d.canonicalize().unwrap_or(d)
}

/// `mingo build -o EXE INPUT` in `dir`, then runs EXE in `dir`; its stdout.
fn build_and_run(dir: &Path, input: &str, exe_name: &str) -> Result<String, String> {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lang");
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let exe = tmp.join(exe_name);
    let mingo = env!("CARGO_BIN_EXE_mingo");
    let out = Command::new(mingo)
        .args(["build", "-o"])
        .arg(&exe)
        .arg(input)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("run {mingo}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "(cd {} && mingo build -o {} {input}) failed ({}):\n{}{}",
            dir.display(),
            exe.display(),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let run = Command::new(&exe)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("run {}: {e}", exe.display()))?;
    if !run.status.success() || !run.stderr.is_empty() {
        return Err(format!(
            "{} exited with {}; stderr:\n{}",
            exe.display(),
            run.status,
            String::from_utf8_lossy(&run.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&run.stdout).into_owned())
}

fn compare(got: &str, golden: &Path) -> Result<(), Failed> {
    let want = std::fs::read_to_string(golden)
        .map_err(|e| format!("read {}: {e} (run tests/lang/regen.sh)", golden.display()))?;
    if got != want {
        return Err(format!(
            "stdout differs from {}:\n--- want\n{want}--- got\n{got}",
            golden.display()
        )
        .into());
    }
    Ok(())
}

fn go122(name: String) -> Result<(), Failed> {
    let dir = root().join("go122");
    let got = build_and_run(&dir, &format!("{name}.go"), &format!("go122_{name}"))?;
    compare(&got, &dir.join(format!("{name}.out")))?;
    let old = dir.join(format!("{name}.go119.out"));
    if let Ok(old) = std::fs::read_to_string(&old)
        && old == got
    {
        return Err(format!(
            "{name}: the output equals Go 1.19's semantics ({name}.go119.out): the test does not \
             exercise the difference"
        )
        .into());
    }
    Ok(())
}

fn package_dir(name: String) -> Result<(), Failed> {
    let dirs = root().join("dirs");
    // built as a directory, run inside it
    let got = build_and_run(&dirs.join(&name), ".", &format!("dir_{name}"))?;
    compare(&got, &dirs.join(format!("{name}.out")))
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for p in entries(&root().join("go122")) {
        if p.extension().is_some_and(|e| e == "go") {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            trials.push(Trial::test(format!("go122::{name}"), move || go122(name)));
        }
    }
    for p in entries(&root().join("dirs")) {
        if p.is_dir() {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            trials.push(Trial::test(format!("dirs::{name}"), move || package_dir(name)));
        }
    }
    if trials.is_empty() {
        eprintln!("tests/lang: no programs found under {}", root().display());
        std::process::exit(1);
    }
    libtest_mimic::run(&args, trials).exit();
}
