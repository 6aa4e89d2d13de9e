//! Float formatting compared with Go 1.19 on 100,000 seeded random float64 values.
//!
//! `tests/float/floatfmt.go` prints one line per value (its bits, then fmt's `%v %e %g %f
//! %.3f %10.4g …` and strconv's `FormatFloat` in 'g'/'e'/'f' at -1 and fixed precisions,
//! 64- and 32-bit, plus `ParseFloat` round trips). This harness builds it with mingo,
//! runs it, hashes the output per block of lines (FNV-1a 64, as the program's `-hash`
//! mode does) and compares every block with `floatfmt.golden`, which Go 1.19 wrote:
//!
//!     cd tests/float && go run floatfmt.go -hash > floatfmt.golden
//!
//! On a mismatch it reports the first differing block and, when a `go` command is on
//! PATH, asks it for that block's lines (`go run floatfmt.go -block K`) to name the first
//! differing value and format (expected and actual); without Go it prints mingo's lines of
//! that block and the command that shows the expected ones.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const COUNT: usize = 100_000;
const BLOCK: usize = 250;
const FNV_OFFSET: u64 = 14695981039346656037;
const FNV_PRIME: u64 = 1099511628211;
const RUN_TIMEOUT: Duration = Duration::from_secs(300);

fn fnv1a64(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    let trial = libtest_mimic::Trial::test("floatfmt (100000 values vs Go 1.19)", || {
        check().map_err(Into::into)
    });
    libtest_mimic::run(&args, vec![trial]).exit();
}

fn check() -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/float");
    let dir = dir.canonicalize().unwrap_or(dir);
    let golden = std::fs::read_to_string(dir.join("floatfmt.golden"))
        .map_err(|e| format!("read floatfmt.golden: {e}"))?;
    let golden: Vec<&str> = golden.lines().collect();
    if golden.len() != COUNT / BLOCK {
        return Err(format!(
            "floatfmt.golden has {} hashes, expected {}",
            golden.len(),
            COUNT / BLOCK
        ));
    }

    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("float");
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let exe: PathBuf = tmp.join("floatfmt");
    let mingo = env!("CARGO_BIN_EXE_mingo");
    let out = Command::new(mingo)
        .arg("build")
        .arg("-o")
        .arg(&exe)
        .arg("floatfmt.go")
        .current_dir(&dir)
        .output()
        .map_err(|e| format!("run {mingo}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "mingo build -o {} floatfmt.go failed ({}):\n{}{}",
            exe.display(),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }

    // Run it, hashing stdout per block and keeping the lines of the current block.
    let mut child = Command::new(&exe)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("run {}: {e}", exe.display()))?;
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut r = BufReader::with_capacity(1 << 20, stdout);
        let mut hashes = Vec::new();
        let mut h = FNV_OFFSET;
        let mut n = 0usize;
        let mut line = Vec::new();
        loop {
            line.clear();
            match r.read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
            h = fnv1a64(h, &line);
            n += 1;
            if n.is_multiple_of(BLOCK) {
                hashes.push(h);
                h = FNV_OFFSET;
            }
        }
        (n, hashes)
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() > RUN_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{} did not finish within {RUN_TIMEOUT:?}", exe.display()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("wait: {e}")),
        }
    };
    let (n, hashes) = reader.join().map_err(|_| "reader thread panicked".to_string())?;
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    if !status.success() || !stderr.is_empty() {
        return Err(format!("{} exited with {status}; stderr:\n{stderr}", exe.display()));
    }
    if n != COUNT {
        return Err(format!("{} printed {n} lines, expected {COUNT}", exe.display()));
    }
    let bad = golden
        .iter()
        .zip(&hashes)
        .position(|(g, h)| u64::from_str_radix(g.trim(), 16).ok() != Some(*h));
    let Some(k) = bad else {
        return Ok(());
    };
    let mismatched = golden
        .iter()
        .zip(&hashes)
        .filter(|(g, h)| u64::from_str_radix(g.trim(), 16).ok() != Some(**h))
        .count();
    let mut msg = format!(
        "{mismatched} of {} blocks differ from Go 1.19; first: block {k} (values {}..{})\n",
        hashes.len(),
        k * BLOCK,
        (k + 1) * BLOCK
    );
    let got = run_block(Command::new(&exe), k)?;
    let mut go = Command::new("go");
    go.current_dir(&dir).arg("run").arg("floatfmt.go");
    match run_block(go, k) {
        Ok(want) => match want.iter().zip(&got).position(|(w, g)| w != g) {
            Some(i) => {
                let bits = field(&want[i], 0);
                let value = u64::from_str_radix(bits, 16).map_or(f64::NAN, f64::from_bits);
                msg += &format!(
                    "first differing value: #{} = {value:?} (bits {bits})\n",
                    k * BLOCK + i
                );
                let (w, g) = (&want[i], &got[i]);
                let nf = w.split('|').count().max(g.split('|').count());
                for f in 0..nf {
                    if field(w, f) != field(g, f) {
                        msg += &format!(
                            "  field {f}:\n    go:    {:?}\n    mingo: {:?}\n",
                            field(w, f),
                            field(g, f)
                        );
                    }
                }
            }
            None => msg += "Go's lines of this block equal mingo's: regenerate floatfmt.golden?\n",
        },
        Err(e) => {
            msg += &format!(
                "(no Go to show the expected lines: {e}; run `cd tests/float && go run floatfmt.go -block {k}`)\nmingo's lines of block {k}:\n"
            );
            for l in got.iter().take(20) {
                msg += l;
                msg += "\n";
            }
        }
    }
    Err(msg)
}

fn field(line: &str, i: usize) -> &str {
    line.split('|').nth(i).unwrap_or("<missing>")
}

/// Runs the program (mingo's binary or `go run`) with `-block K`; its lines.
fn run_block(mut cmd: Command, k: usize) -> Result<Vec<String>, String> {
    let out = cmd
        .arg("-block")
        .arg(k.to_string())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("{cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!("{cmd:?}: {}: {}", out.status, String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect())
}
