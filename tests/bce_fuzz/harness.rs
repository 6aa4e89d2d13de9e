//! Bounds-check soundness: the generated programs `tests/bce_fuzz/pNN.go`
//! (`gen.py`: loops and branches indexing and slicing with guards that are
//! sometimes exact, sometimes off by one, called with inputs some of which
//! are out of range) are built with mingo's default flags and run; stdout,
//! the first line of stderr and the exit status must be Go 1.19's
//! (`pNN.out`, `pNN.err`, `pNN.exit`, written by `gen.py` with real Go).
//! A check that prove removed but that was needed shows as a missing
//! `panic: runtime error: ...` line or a wrong sum.
//!
//! The trial `prove_is_active` makes sure the corpus keeps exercising prove:
//! the first program must have bounds checks proved away.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUN_TIMEOUT: Duration = Duration::from_secs(10);

fn mingo() -> String {
    std::env::var("MINGO_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_mingo").into())
}

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/bce_fuzz");
    let dir = dir.canonicalize().unwrap_or(dir);
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bce_fuzz");
    std::fs::create_dir_all(&tmp).expect("create the temporary directory");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/bce_fuzz")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    files.sort();
    let mut trials: Vec<Trial> = Vec::new();
    if let Some(first) = files.first().cloned() {
        let (d, t) = (dir.clone(), tmp.clone());
        trials.push(Trial::test("prove_is_active", move || prove_active(&d, &t, &first)));
    }
    for p in files {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let (d, t) = (dir.clone(), tmp.clone());
        trials.push(Trial::test(name, move || check(&d, &t, &p)));
    }
    libtest_mimic::run(&args, trials).exit();
}

fn build(dir: &Path, file: &str, out: &Path, gcflags: Option<&str>) -> Result<String, Failed> {
    let mut c = Command::new(mingo());
    c.current_dir(dir).arg("build").arg("-o").arg(out);
    if let Some(f) = gcflags {
        c.arg(format!("-gcflags={f}"));
    }
    let o = c.arg(file).output().map_err(|e| format!("run mingo: {e}"))?;
    let stderr = String::from_utf8_lossy(&o.stderr).to_string();
    if !o.status.success() {
        return Err(format!("(cd tests/bce_fuzz && mingo build {file}) failed:\n{stderr}").into());
    }
    Ok(stderr)
}

fn prove_active(dir: &Path, tmp: &Path, path: &Path) -> Result<(), Failed> {
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    let out = tmp.join("prove_active");
    let rep = build(dir, &file, &out, Some("-d=ssa/prove/debug=1"))?;
    let proved = rep.lines().filter(|l| l.contains(": Proved Is")).count();
    if proved < 10 {
        return Err(format!(
            "{file}: only {proved} bounds checks proved; the corpus no longer exercises prove"
        )
        .into());
    }
    Ok(())
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

fn check(dir: &Path, tmp: &Path, path: &Path) -> Result<(), Failed> {
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    let stem = path.with_extension("");
    let out_bin = tmp.join(path.file_stem().unwrap());
    build(dir, &file, &out_bin, None)?;
    let mut child = Command::new(&out_bin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("run {out_bin:?}: {e}"))?;
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > RUN_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{file}: still running after {RUN_TIMEOUT:?}").into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("{file}: wait: {e}").into()),
        }
    }
    let o = child.wait_with_output().map_err(|e| format!("{file}: {e}"))?;
    let stdout = String::from_utf8_lossy(&o.stdout).to_string();
    let stderr = String::from_utf8_lossy(&o.stderr).to_string();
    let first_err = stderr.lines().next().map(|l| format!("{l}\n")).unwrap_or_default();
    let status = o.status.code().unwrap_or(-1);
    let want_out = read(&stem.with_extension("out"));
    let want_err = read(&stem.with_extension("err"));
    let want_status: i32 = read(&stem.with_extension("exit")).trim().parse().unwrap_or(0);
    let mut errs = Vec::new();
    if stdout != want_out {
        let (g, w): (Vec<&str>, Vec<&str>) = (stdout.lines().collect(), want_out.lines().collect());
        let i = g.iter().zip(&w).position(|(a, b)| a != b).unwrap_or(g.len().min(w.len()));
        errs.push(format!(
            "{file}: stdout differs at line {}: got {:?}, want {:?}",
            i + 1,
            g.get(i).copied().unwrap_or("<end>"),
            w.get(i).copied().unwrap_or("<end>")
        ));
    }
    if first_err != want_err {
        errs.push(format!("{file}: stderr starts {first_err:?}, want {want_err:?}"));
    }
    if status != want_status {
        errs.push(format!("{file}: exit status {status}, want {want_status}"));
    }
    if errs.is_empty() { Ok(()) } else { Err(errs.join("\n").into()) }
}
