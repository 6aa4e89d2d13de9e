//! The run-test harness: every `tests/run/NAME.go` is built with mingo, run, and its
//! behaviour compared with the golden files that Go 1.19 produced (`tests/run/regen.sh`).
//! See tests/README.md for the layout and the rules; in short:
//!
//! * stdout must equal `NAME.out` byte for byte;
//! * the exit status must equal `NAME.exit` (0 when there is none);
//! * stderr, cut after the line `goroutine 1 [running]:` and normalized (`pc=0x…`,
//!   `addr=0x…` and the address in `panic: (T) 0x…` become `0x?`), must equal `NAME.err`
//!   normalized the same way, or be empty when there is no `NAME.err`;
//! * `NAME.args`, if present, holds the program's arguments (whitespace-separated).
//! * `tests/run/FLAGS` adds variants (other gcflags, GOAMD64) that must give the same output.
//! * `tests/run/KNOWN_FAILURES` lists trials that are expected to fail *now*; each listed
//!   trial must fail (when it starts to pass the harness asks for its removal) and every
//!   other trial must pass. `MINGO_UPDATE_KNOWN_FAILURES=1` rewrites the list from the
//!   trials that ran; `MINGO_SHOW_KNOWN_FAILURES=1` prints why each listed trial fails.
//! * `MINGO_RUN_COMPILER=PATH` builds with another compiler that takes mingo's `build`
//!   arguments (e.g. `tests/run/go-as-mingo.sh`, which checks the corpus against Go
//!   itself); KNOWN_FAILURES is then not applied.

#[path = "support/golden.rs"]
mod golden;

use golden::{TRACE_LINE, cut_like, normalize_stderr};
use libtest_mimic::{Arguments, Completion, Failed, Trial};
use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The compiler under test; `MINGO_RUN_COMPILER` overrides it (see tests/README.md).
fn compiler() -> String {
    std::env::var("MINGO_RUN_COMPILER").unwrap_or_else(|_| env!("CARGO_BIN_EXE_mingo").to_string())
}
const BUILD_TIMEOUT: Duration = Duration::from_secs(120);
const RUN_TIMEOUT: Duration = Duration::from_secs(10);
/// The line after which a panic's stderr is not compared (the traceback differs).

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/run");
    let dir = dir.canonicalize().unwrap_or(dir);
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("run");
    fs::create_dir_all(&tmp).expect("create the temporary directory");

    let programs = list_programs(&dir);
    let variants = match read_flags(&dir, &programs) {
        Ok(v) => v,
        Err(e) => fatal(&format!("tests/run/FLAGS: {e}")),
    };
    let mut known = match read_known_failures(&dir) {
        Ok(k) => k,
        Err(e) => fatal(&format!("tests/run/KNOWN_FAILURES: {e}")),
    };
    if let Ok(c) = std::env::var("MINGO_RUN_COMPILER") {
        // The list describes mingo; another compiler must pass everything.
        eprintln!("MINGO_RUN_COMPILER={c}: tests/run/KNOWN_FAILURES is not applied");
        known.clear();
    }
    let show_known = std::env::var_os("MINGO_SHOW_KNOWN_FAILURES").is_some();
    let update_known = std::env::var_os("MINGO_UPDATE_KNOWN_FAILURES").is_some();
    let v3_missing = missing_v3_features();
    let mut v4_missing = v3_missing.clone();
    v4_missing
        .extend(missing_features(&["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"]));

    let mut cases = Vec::new();
    for prog in &programs {
        cases.push(Case { name: prog.clone(), prog: prog.clone(), variant: None });
        for v in variants.get(prog).into_iter().flatten() {
            cases.push(Case {
                name: format!("{prog} [{}]", v.label),
                prog: prog.clone(),
                variant: Some(v.clone()),
            });
        }
    }

    let results: Arc<Mutex<BTreeMap<String, Result<(), String>>>> = Arc::default();
    let mut trials = Vec::new();
    let names: BTreeSet<String> = cases.iter().map(|c| c.name.clone()).collect();
    {
        // The list itself: every entry names an existing trial, once.
        let known = known.clone();
        let names = names.clone();
        trials.push(Trial::test("KNOWN_FAILURES lists existing trials", move || {
            let stale: Vec<&String> = known.keys().filter(|k| !names.contains(*k)).collect();
            if stale.is_empty() {
                Ok(())
            } else {
                Err(format!("tests/run/KNOWN_FAILURES names trials that do not exist: {stale:?}")
                    .into())
            }
        }));
    }
    {
        let dir = dir.clone();
        trials.push(Trial::test("golden files belong to programs", move || orphan_goldens(&dir)));
    }
    for case in cases {
        let listed = known.contains_key(&case.name);
        let ctx = Ctx { dir: dir.clone(), tmp: tmp.clone() };
        let results = results.clone();
        let level = case
            .variant
            .as_ref()
            .and_then(|v| v.env.iter().find(|(k, _)| k == "GOAMD64").map(|(_, val)| val.clone()));
        let needs_v3 = level.as_deref().is_some_and(|l| l == "v3" || l == "v4");
        let missing: Vec<String> = match level.as_deref() {
            Some("v4") => v4_missing.clone(),
            _ => v3_missing.clone(),
        };
        let skip = if needs_v3 && !missing.is_empty() {
            let l = level.as_deref().unwrap_or("v3");
            Some(format!("this CPU lacks {} (GOAMD64={l})", missing.join(", ")))
        } else {
            None
        };
        let name = case.name.clone();
        let trial = Trial::ignorable_test(name.clone(), move || {
            if let Some(reason) = skip {
                return Ok(Completion::ignored_with(reason));
            }
            let outcome = run_case(&ctx, &case);
            let res = match &outcome {
                Outcome::Pass => Ok(()),
                Outcome::Fail(e) => Err(e.clone()),
                Outcome::Broken(e) => return Err(e.clone().into()),
            };
            results.lock().unwrap().insert(case.name.clone(), res.clone());
            match (listed, res) {
                (false, Ok(())) => Ok(Completion::Completed),
                (false, Err(e)) => Err(e.into()),
                (true, Ok(())) => Err(format!(
                    "`{}` passes now: remove it from tests/run/KNOWN_FAILURES",
                    case.name
                )
                .into()),
                (true, Err(e)) => {
                    if show_known {
                        eprintln!("---- {} (known failure) ----\n{e}", case.name);
                    }
                    Ok(Completion::Completed)
                }
            }
        });
        trials.push(if listed { trial.with_kind("known failure") } else { trial });
    }

    let conclusion = libtest_mimic::run(&args, trials);
    if update_known {
        let results = results.lock().unwrap();
        update_known_failures(&dir, &known, &results);
    }
    conclusion.exit();
}

fn fatal(msg: &str) -> ! {
    eprintln!("{msg}");
    std::process::exit(101);
}

struct Ctx {
    dir: PathBuf,
    tmp: PathBuf,
}

struct Case {
    /// The trial's name: `NAME` or `NAME [variant]`.
    name: String,
    /// The program, `NAME` of `NAME.go`.
    prog: String,
    variant: Option<Variant>,
}

#[derive(Clone, Debug)]
struct Variant {
    /// As written in FLAGS, words joined by one space.
    label: String,
    env: Vec<(String, String)>,
    gcflags: String,
}

enum Outcome {
    Pass,
    /// The program misbehaved (or did not build): the message says how.
    Fail(String),
    /// The test itself is broken (missing or unreadable golden files): always an error.
    Broken(String),
}

fn list_programs(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| fatal(&format!("read {}: {e}", dir.display())))
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name().to_str().and_then(|n| n.strip_suffix(".go")).map(String::from)
        })
        .collect();
    v.sort();
    v
}

/// `tests/run/FLAGS`: `NAME: VARIANT | VARIANT ...`, `#` comments. A variant is zero or
/// more `VAR=value` words (environment for the build and the run) followed by compiler
/// flags passed as one `-gcflags=...` argument. NAME `*` means every program.
fn read_flags(dir: &Path, programs: &[String]) -> Result<BTreeMap<String, Vec<Variant>>, String> {
    let mut out: BTreeMap<String, Vec<Variant>> = BTreeMap::new();
    let text = match fs::read_to_string(dir.join("FLAGS")) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e.to_string()),
    };
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap().trim();
        if line.is_empty() {
            continue;
        }
        let (name, rest) = line
            .split_once(':')
            .ok_or_else(|| format!("line {}: want `NAME: VARIANT | ...`", i + 1))?;
        let name = name.trim();
        let targets: Vec<String> = if name == "*" {
            programs.to_vec()
        } else if programs.iter().any(|p| p == name) {
            vec![name.to_string()]
        } else {
            return Err(format!("line {}: no program {name}.go", i + 1));
        };
        for spec in rest.split('|') {
            let words: Vec<&str> = spec.split_whitespace().collect();
            if words.is_empty() {
                return Err(format!("line {}: empty variant", i + 1));
            }
            let mut env = Vec::new();
            let mut k = 0;
            while k < words.len() {
                match words[k].split_once('=') {
                    Some((var, val))
                        if !var.is_empty()
                            && var.chars().all(|c| {
                                c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'
                            }) =>
                    {
                        env.push((var.to_string(), val.to_string()));
                        k += 1;
                    }
                    _ => break,
                }
            }
            let v = Variant { label: words.join(" "), env, gcflags: words[k..].join(" ") };
            for t in &targets {
                let list = out.entry(t.clone()).or_default();
                if list.iter().any(|x| x.label == v.label) {
                    return Err(format!(
                        "line {}: variant [{}] of {t} given twice",
                        i + 1,
                        v.label
                    ));
                }
                list.push(v.clone());
            }
        }
    }
    Ok(out)
}

/// `tests/run/KNOWN_FAILURES`: one trial name per line, then optionally `# reason`.
fn read_known_failures(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    let text = match fs::read_to_string(dir.join("KNOWN_FAILURES")) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e.to_string()),
    };
    for (i, line) in text.lines().enumerate() {
        let (name, reason) = match line.split_once('#') {
            Some((n, r)) => (n.trim(), r.trim()),
            None => (line.trim(), ""),
        };
        if name.is_empty() {
            continue;
        }
        if out.insert(name.to_string(), reason.to_string()).is_some() {
            return Err(format!("line {}: {name} listed twice", i + 1));
        }
    }
    Ok(out)
}

/// Rewrites KNOWN_FAILURES: trials that ran and passed leave the list, trials that ran
/// and failed join it (with the first line of their failure as the reason); the entries
/// of trials that did not run stay as they are.
fn update_known_failures(
    dir: &Path,
    known: &BTreeMap<String, String>,
    results: &BTreeMap<String, Result<(), String>>,
) {
    let mut list = known.clone();
    for (name, res) in results {
        match res {
            Ok(()) => {
                list.remove(name);
            }
            Err(e) => {
                list.entry(name.clone()).or_insert_with(|| {
                    let first = e.lines().next().unwrap_or("fails").trim();
                    first.chars().take(100).collect()
                });
            }
        }
    }
    let path = dir.join("KNOWN_FAILURES");
    let old = fs::read_to_string(&path).unwrap_or_default();
    let header: String =
        old.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    let width = list.keys().map(|k| k.len()).max().unwrap_or(0);
    let mut text = header;
    for (name, reason) in &list {
        if reason.is_empty() {
            text.push_str(&format!("{name}\n"));
        } else {
            text.push_str(&format!("{name:width$}  # {reason}\n"));
        }
    }
    if text != old {
        fs::write(&path, text).expect("write KNOWN_FAILURES");
        eprintln!("updated {} ({} entries)", path.display(), list.len());
    }
}

fn orphan_goldens(dir: &Path) -> Result<(), Failed> {
    let mut orphans = Vec::new();
    for e in fs::read_dir(dir).map_err(|e| e.to_string())?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        for ext in [".out", ".err", ".exit", ".args"] {
            if let Some(stem) = name.strip_suffix(ext)
                && !dir.join(format!("{stem}.go")).exists()
            {
                orphans.push(name.clone());
            }
        }
    }
    orphans.sort();
    if orphans.is_empty() {
        Ok(())
    } else {
        Err(format!("golden files without a program: {orphans:?}").into())
    }
}

/// What a process did.
struct Ran {
    status: Option<ExitStatus>,
    timed_out: bool,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl Ran {
    fn describe_status(&self) -> String {
        if self.timed_out {
            return "killed after the timeout".into();
        }
        match self.status {
            Some(s) => match s.code() {
                Some(c) => format!("exit status {c}"),
                None => {
                    use std::os::unix::process::ExitStatusExt;
                    format!("killed by signal {}", s.signal().unwrap_or(0))
                }
            },
            None => "did not start".into(),
        }
    }
}

/// Runs `cmd` with stdout/stderr sent to files beside `base`, killing it after `timeout`.
fn run_with_timeout(mut cmd: Command, base: &Path, timeout: Duration) -> Result<Ran, String> {
    let out_path = base.with_extension("stdout");
    let err_path = base.with_extension("stderr");
    let out = File::create(&out_path).map_err(|e| format!("create {}: {e}", out_path.display()))?;
    let err = File::create(&err_path).map_err(|e| format!("create {}: {e}", err_path.display()))?;
    cmd.stdin(Stdio::null()).stdout(out).stderr(err);
    let mut child = cmd.spawn().map_err(|e| format!("start {:?}: {e}", cmd.get_program()))?;
    let start = Instant::now();
    let mut timed_out = false;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) => {}
            Err(e) => return Err(format!("wait: {e}")),
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            timed_out = true;
            break child.wait().ok();
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let stdout = fs::read(&out_path).unwrap_or_default();
    let stderr = fs::read(&err_path).unwrap_or_default();
    let _ = fs::remove_file(&out_path);
    let _ = fs::remove_file(&err_path);
    Ok(Ran { status, timed_out, stdout, stderr })
}

fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' })
        .collect()
}

fn read_opt(path: &Path) -> Result<Option<Vec<u8>>, String> {
    match fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("read {}: {e}", path.display())),
    }
}

fn run_case(ctx: &Ctx, case: &Case) -> Outcome {
    let dir = &ctx.dir;
    let prog = &case.prog;
    // Golden files first: a test without them is broken, whatever the compiler does.
    let want_out = match read_opt(&dir.join(format!("{prog}.out"))) {
        Ok(Some(b)) => b,
        Ok(None) => {
            return Outcome::Broken(format!("no {prog}.out: run tests/run/regen.sh {prog}"));
        }
        Err(e) => return Outcome::Broken(e),
    };
    let want_err = match read_opt(&dir.join(format!("{prog}.err"))) {
        Ok(b) => b.unwrap_or_default(),
        Err(e) => return Outcome::Broken(e),
    };
    let want_exit: i32 = match read_opt(&dir.join(format!("{prog}.exit"))) {
        Ok(None) => 0,
        Ok(Some(b)) => match String::from_utf8_lossy(&b).trim().parse() {
            Ok(n) => n,
            Err(_) => return Outcome::Broken(format!("{prog}.exit does not hold a number")),
        },
        Err(e) => return Outcome::Broken(e),
    };
    let args: Vec<String> = match read_opt(&dir.join(format!("{prog}.args"))) {
        Ok(b) => String::from_utf8_lossy(&b.unwrap_or_default())
            .split_whitespace()
            .map(String::from)
            .collect(),
        Err(e) => return Outcome::Broken(e),
    };

    // Build.
    let base = ctx.tmp.join(sanitize(&case.name));
    let exe = base.clone();
    let _ = fs::remove_file(&exe);
    let mut build = Command::new(compiler());
    build.current_dir(dir).arg("build").arg("-o").arg(&exe);
    let env: &[(String, String)] = case.variant.as_ref().map_or(&[], |v| &v.env);
    if let Some(v) = &case.variant
        && !v.gcflags.is_empty()
    {
        build.arg(format!("-gcflags={}", v.gcflags));
    }
    build.arg(format!("{prog}.go"));
    // The base trial builds with mingo's defaults whatever the caller's environment says.
    build.env_remove("GOAMD64").env_remove("GOSSAFUNC").env_remove("GOFLAGS");
    for (k, v) in env {
        build.env(k, v);
    }
    let cmdline = {
        let mut s: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        s.push("mingo".into());
        s.extend(build.get_args().map(|a| shell_quote(&a.to_string_lossy())));
        s.join(" ")
    };
    let built = match run_with_timeout(build, &base.with_extension("build"), BUILD_TIMEOUT) {
        Ok(r) => r,
        Err(e) => return Outcome::Broken(e),
    };
    let build_ok = built.status.is_some_and(|s| s.success()) && !built.timed_out;
    if !build_ok || !exe.exists() {
        let stderr = String::from_utf8_lossy(&built.stderr);
        let summary = last_meaningful_line(&stderr);
        return Outcome::Fail(format!(
            "build failed: {summary}\n  {} (cd tests/run && {cmdline})\n{}",
            built.describe_status(),
            indent(&head(&stderr, 40)),
        ));
    }

    // Run.
    let mut run = Command::new(&exe);
    run.current_dir(dir).args(&args);
    for (k, v) in env {
        run.env(k, v);
    }
    let ran = match run_with_timeout(run, &base.with_extension("run"), RUN_TIMEOUT) {
        Ok(r) => r,
        Err(e) => return Outcome::Broken(e),
    };

    let mut problems = Vec::new();
    let mut details = String::new();
    let got_exit = ran.status.and_then(|s| s.code());
    if ran.timed_out || got_exit != Some(want_exit) {
        problems.push(format!("{}, want exit status {want_exit}", ran.describe_status()));
    }
    if ran.stdout != want_out {
        problems.push("stdout differs".to_string());
        details.push_str(&format!(
            "stdout differs from {prog}.out (- want, + got):\n{}",
            diff(&String::from_utf8_lossy(&want_out), &String::from_utf8_lossy(&ran.stdout))
        ));
    }
    let got_err = normalize_stderr(&String::from_utf8_lossy(&cut_like(&ran.stderr, &want_err)));
    let want_err_n = normalize_stderr(&String::from_utf8_lossy(&cut_like(&want_err, &want_err)));
    if got_err != want_err_n {
        problems.push("stderr differs".to_string());
        let what = if want_err.is_empty() {
            "is not empty (no .err file)".to_string()
        } else {
            format!("differs from {prog}.err")
        };
        details.push_str(&format!(
            "stderr (cut after `{TRACE_LINE}`, normalized) {what} (- want, + got):\n{}",
            diff(&want_err_n, &got_err)
        ));
    }
    if problems.is_empty() {
        let _ = fs::remove_file(&exe);
        Outcome::Pass
    } else {
        // The binary stays for inspection.
        let mut run_line = vec![exe.display().to_string()];
        run_line.extend(args.iter().map(|a| shell_quote(a)));
        Outcome::Fail(format!(
            "{}\n  (cd tests/run && {cmdline} && {})\n{details}",
            problems.join("; "),
            run_line.join(" ")
        ))
    }
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_=./,:+".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

fn last_meaningful_line(s: &str) -> String {
    s.lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty() && *l != "# command-line-arguments")
        .unwrap_or("(no message)")
        .chars()
        .take(160)
        .collect()
}

fn head(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let mut out = lines.iter().take(n).copied().collect::<Vec<_>>().join("\n");
    if lines.len() > n {
        out.push_str(&format!("\n... ({} more lines)", lines.len() - n));
    }
    out
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

/// A line diff (longest common subsequence) with two lines of context, at most 80 lines.
fn diff(want: &str, got: &str) -> String {
    let a: Vec<&str> = want.split_inclusive('\n').collect();
    let b: Vec<&str> = got.split_inclusive('\n').collect();
    // Trim the common prefix and suffix, then LCS on the middle (bounded in size).
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf]
    {
        suf += 1;
    }
    let am = &a[pre..a.len() - suf];
    let bm = &b[pre..b.len() - suf];
    // (op, line, line number in `want` for ' ' and '-', in `got` for '+')
    let mut ops: Vec<(char, &str, usize)> =
        a[..pre].iter().enumerate().map(|(i, l)| (' ', *l, i + 1)).collect();
    let (n, m) = (am.len(), bm.len());
    if n * m <= 4_000_000 {
        let w = m + 1;
        let mut t = vec![0u32; (n + 1) * w];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                t[i * w + j] = if am[i] == bm[j] {
                    t[(i + 1) * w + j + 1] + 1
                } else {
                    t[(i + 1) * w + j].max(t[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push((' ', am[i], pre + i + 1));
                i += 1;
                j += 1;
            } else if i < n && (j == m || t[(i + 1) * w + j] >= t[i * w + j + 1]) {
                ops.push(('-', am[i], pre + i + 1));
                i += 1;
            } else {
                ops.push(('+', bm[j], pre + j + 1));
                j += 1;
            }
        }
    } else {
        ops.extend(am.iter().enumerate().map(|(i, l)| ('-', *l, pre + i + 1)));
        ops.extend(bm.iter().enumerate().map(|(j, l)| ('+', *l, pre + j + 1)));
    }
    let tail = a.len() - suf;
    ops.extend(a[tail..].iter().enumerate().map(|(i, l)| (' ', *l, tail + i + 1)));

    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let near = |k: usize| changed.iter().any(|&c| c.abs_diff(k) <= 2);
    let mut out = String::new();
    let mut shown = 0;
    let mut gap = true;
    for (k, (op, line, no)) in ops.iter().enumerate() {
        if !near(k) {
            gap = true;
            continue;
        }
        if gap {
            out.push_str(&format!("  @@ want line {no} @@\n"));
            gap = false;
        }
        if shown == 80 {
            out.push_str("  ... (diff truncated)\n");
            break;
        }
        let text = match line.strip_suffix('\n') {
            Some(x) => x.to_string(),
            None => format!("{line}\u{23CE} (no newline at end)"),
        };
        out.push_str(&format!("  {op} {text}\n"));
        shown += 1;
    }
    out
}

/// GOAMD64=v3 features this CPU lacks (from /proc/cpuinfo); empty when all are there or
/// when the CPU cannot be inspected.
fn missing_v3_features() -> Vec<String> {
    missing_features(&[
        "avx", "avx2", "bmi1", "bmi2", "abm", "movbe", "fma", "f16c", "popcnt", "sse4_2",
    ])
}

/// Those of the /proc/cpuinfo `flags` this CPU lacks (none when it cannot be inspected).
fn missing_features(want: &[&str]) -> Vec<String> {
    let Ok(info) = fs::read_to_string("/proc/cpuinfo") else { return Vec::new() };
    let Some(flags) = info.lines().find(|l| l.starts_with("flags")) else { return Vec::new() };
    let have: BTreeSet<&str> = flags.split_whitespace().collect();
    want.iter().filter(|f| !have.contains(**f)).map(|f| f.to_string()).collect()
}
