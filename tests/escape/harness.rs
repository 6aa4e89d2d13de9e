//! Allocation tests of escape analysis (`tests/escape/*.go`): each program
//! takes an iteration count as its first argument (`os.Args[2:]` follow as
//! given below) and declares in a comment line `// per-iteration: K` how
//! many heap allocations one iteration makes. It is built by mingo (with
//! the middle end), run with `MINGODEBUG=allocs=1` (the runtime prints
//! `allocs: N` to stderr at exit) for 2000 and 3000 iterations, and the
//! difference of the two counts must be exactly 1000 × K: non-escaping
//! allocations (K = 0) are really not on the heap, escaping ones really are.
//! The program's stdout must also equal Go 1.19's when Go is installed.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

const ARGS: &[&str] = &["banana"];

fn mingo() -> String {
    std::env::var("MINGO_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_mingo").into())
}

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/escape");
    let dir = dir.canonicalize().unwrap_or(dir);
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("escape");
    std::fs::create_dir_all(&tmp).expect("create the temporary directory");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/escape")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    files.sort();
    let trials = files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            let t = tmp.clone();
            Trial::test(name, move || check(&t, &p))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// Runs `bin N banana` with the allocation counter; (stdout, allocations).
fn run(bin: &Path, n: u32) -> Result<(String, u64), String> {
    let out = Command::new(bin)
        .arg(n.to_string())
        .args(ARGS)
        .env("MINGODEBUG", "allocs=1")
        .output()
        .map_err(|e| format!("run {bin:?}: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    if !out.status.success() {
        return Err(format!("{bin:?} {n}: {}\n{stderr}", out.status));
    }
    let count = stderr
        .lines()
        .find_map(|l| l.strip_prefix("allocs: "))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| format!("no `allocs: N` line in stderr:\n{stderr}"))?;
    Ok((String::from_utf8_lossy(&out.stdout).to_string(), count))
}

fn check(tmp: &Path, path: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("read {path:?}: {e}"))?;
    let per: u64 = src
        .lines()
        .find_map(|l| l.strip_prefix("// per-iteration: "))
        .and_then(|v| v.trim().parse().ok())
        .ok_or("missing `// per-iteration: K` line")?;
    let name = path.file_stem().unwrap().to_string_lossy().to_string();
    let bin = tmp.join(&name);
    let out = Command::new(mingo())
        .arg("build")
        .arg("-o")
        .arg(&bin)
        .arg(path)
        .output()
        .map_err(|e| format!("run mingo: {e}"))?;
    if !out.status.success() {
        return Err(format!("mingo build failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
    }
    // (counts large enough that fmt's work on the printed sums is the same)
    let (stdout, a1) = run(&bin, 2000)?;
    let (_, a2) = run(&bin, 3000)?;
    if a2 < a1 || a2 - a1 != 1000 * per {
        return Err(format!(
            "allocations: {a1} for 2000 iterations, {a2} for 3000: {} per iteration, want {per}",
            (a2 as f64 - a1 as f64) / 1000.0
        )
        .into());
    }
    if let Some(want) = go_stdout(tmp, path, &name) {
        if want != stdout {
            return Err(format!("stdout {stdout:?}, Go 1.19 prints {want:?}").into());
        }
    }
    Ok(())
}

/// The program's stdout for 2000 iterations built by Go, if installed.
fn go_stdout(tmp: &Path, path: &Path, name: &str) -> Option<String> {
    let bin = tmp.join(format!("{name}.gc"));
    let st = Command::new("go")
        .arg("build")
        .arg("-o")
        .arg(&bin)
        .arg(path)
        .env("GO111MODULE", "off")
        .env("GOFLAGS", "")
        .output()
        .ok()?;
    if !st.status.success() {
        return None;
    }
    let out = Command::new(&bin).arg("2000").args(ARGS).output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).to_string())
}
