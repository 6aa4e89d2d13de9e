//! Memory bounds of the garbage collector (issue 4), measured on real programs built by
//! mingo. Peak RSS is the child's `ru_maxrss` from `wait4` (the kernel's high-water
//! mark of its resident set, as `/usr/bin/time -v` reports it).
//!
//! * `stress`: tests/gc/stress.go allocates about 4.4 GB in total with 10–15 MB live;
//!   its output must equal Go 1.19's (`stress.out`) and its peak RSS must stay under
//!   64 MB.
//! * `binary_trees18`: the binary-trees benchmark at depth 18; output equal to Go's
//!   (`binary_trees18.out`) and peak RSS at most 2× gc's. gc's peak is measured now when
//!   a `go` command is on PATH, else read from `binary_trees18.gcrss`, which
//!   tests/gc/regen.sh measured with Go 1.19 (it writes every golden file here).

use libtest_mimic::{Arguments, Failed, Trial};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const STRESS_LIMIT_KB: i64 = 64 * 1024;
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

#[repr(C)]
struct Rusage {
    utime: [i64; 2],
    stime: [i64; 2],
    maxrss: i64,
    rest: [i64; 13],
}

unsafe extern "C" {
    fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut Rusage) -> i32;
    fn kill(pid: i32, sig: i32) -> i32;
}

struct Run {
    stdout: String,
    stderr: String,
    /// raw wait status
    status: i32,
    maxrss_kb: i64,
    secs: f64,
}

/// Runs `exe` to completion; its output, wait status and peak RSS.
fn run(exe: &Path) -> Result<Run, String> {
    // The default collector pacing (GOGC=100) is what is measured.
    let mut child = Command::new(exe)
        .env_remove("GOGC")
        .env_remove("GODEBUG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("run {}: {e}", exe.display()))?;
    let pid = child.id() as i32;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let done = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let done = done.clone();
        std::thread::spawn(move || {
            let start = Instant::now();
            while !done.load(Ordering::SeqCst) {
                if start.elapsed() > RUN_TIMEOUT {
                    // SAFETY: pid is our unreaped child (done is still false).
                    unsafe { kill(pid, 9) };
                    return true;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            false
        })
    };
    let start = Instant::now();
    let mut status = 0i32;
    let mut ru = Rusage { utime: [0; 2], stime: [0; 2], maxrss: 0, rest: [0; 13] };
    // SAFETY: plain system call on our own child with valid out-pointers.
    let r = loop {
        let r = unsafe { wait4(pid, &mut status, 0, &mut ru) };
        if r == -1 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        break r;
    };
    let secs = start.elapsed().as_secs_f64();
    done.store(true, Ordering::SeqCst);
    let killed = watchdog.join().unwrap_or(false);
    if r != pid {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    if killed {
        return Err(format!("{} did not finish within {RUN_TIMEOUT:?}", exe.display()));
    }
    let stdout = t_out.join().unwrap_or_default();
    let stderr = t_err.join().unwrap_or_default();
    Ok(Run { stdout, stderr, status, maxrss_kb: ru.maxrss, secs })
}

fn dir() -> PathBuf {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/gc");
    d.canonicalize().unwrap_or(d)
}

fn build(name: &str) -> Result<PathBuf, String> {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("gc");
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let exe = tmp.join(name);
    let mingo = env!("CARGO_BIN_EXE_mingo");
    let out = Command::new(mingo)
        .args(["build", "-o"])
        .arg(&exe)
        .arg(format!("{name}.go"))
        .current_dir(dir())
        .output()
        .map_err(|e| format!("run {mingo}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "mingo build {name}.go failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(exe)
}

/// Builds and runs `name` with mingo and checks its output against `name.out`.
fn run_checked(name: &str) -> Result<Run, String> {
    let exe = build(name)?;
    let want = std::fs::read_to_string(dir().join(format!("{name}.out")))
        .map_err(|e| format!("read {name}.out: {e}"))?;
    let r = run(&exe)?;
    if r.status != 0 || !r.stderr.is_empty() {
        return Err(format!(
            "{} exited with wait status {:#x}; stderr:\n{}",
            exe.display(),
            r.status,
            r.stderr
        ));
    }
    if r.stdout != want {
        return Err(format!(
            "stdout differs from {name}.out:\n--- want\n{want}--- got\n{}",
            r.stdout
        ));
    }
    Ok(r)
}

fn stress() -> Result<(), Failed> {
    let r = run_checked("stress")?;
    eprintln!("stress: peak RSS {} KB (limit {STRESS_LIMIT_KB} KB), {:.2} s", r.maxrss_kb, r.secs);
    if r.maxrss_kb >= STRESS_LIMIT_KB {
        return Err(format!(
            "stress: peak RSS {} KB, must stay under {STRESS_LIMIT_KB} KB",
            r.maxrss_kb
        )
        .into());
    }
    Ok(())
}

/// gc's peak RSS for binary_trees18: measured with `go build` when Go is there, else the
/// value regen.sh recorded.
fn gc_binary_trees_kb() -> Result<(i64, String), String> {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("gc");
    let exe = tmp.join("binary_trees18.gc");
    let built = Command::new("go")
        .args(["build", "-o"])
        .arg(&exe)
        .arg("binary_trees18.go")
        .current_dir(dir())
        .output();
    if let Ok(out) = built
        && out.status.success()
    {
        let r = run(&exe)?;
        return Ok((r.maxrss_kb, "measured now with go build".into()));
    }
    let recorded = std::fs::read_to_string(dir().join("binary_trees18.gcrss"))
        .map_err(|e| format!("no go and no binary_trees18.gcrss: {e}"))?;
    let kb = recorded
        .split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .ok_or("binary_trees18.gcrss: expected a number of KB")?;
    Ok((kb, "recorded in binary_trees18.gcrss".into()))
}

fn binary_trees() -> Result<(), Failed> {
    let r = run_checked("binary_trees18")?;
    let (gc_kb, how) = gc_binary_trees_kb()?;
    eprintln!(
        "binary_trees18: mingo peak RSS {} KB ({:.2} s), gc {gc_kb} KB ({how}); ratio {:.2}",
        r.maxrss_kb,
        r.secs,
        r.maxrss_kb as f64 / gc_kb as f64
    );
    if r.maxrss_kb > 2 * gc_kb {
        return Err(format!(
            "binary_trees18: peak RSS {} KB is more than 2× gc's {gc_kb} KB ({how})",
            r.maxrss_kb
        )
        .into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let trials = vec![Trial::test("stress", stress), Trial::test("binary_trees18", binary_trees)];
    libtest_mimic::run(&args, trials).exit();
}
