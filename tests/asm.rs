//! Asm tests in the style of gc's test/codegen: each `tests/asm/NAME.go` is
//! compiled with `mingo tool compile -S` at every GOAMD64 level, and comments
//! like
//!
//! ```go
//! func f(x uint64) int {
//!     // amd64/v1:-"POPCNT",-"CALL"
//!     // amd64/v3:"POPCNT"
//!     return bits.OnesCount64(x)
//! }
//! ```
//!
//! are checked against the listing, as gc's test/run.go does: comments apply
//! to the next line holding code; `amd64:` means every level and `amd64/vN:`
//! level N; each check is a Go-quoted (or backquoted) regular expression
//! matched from the start of an instruction's text (what follows the
//! `(file.go:LINE)` of a listing line); a positive check must match an
//! instruction of its line, a negative one (`-"…"`) none of them.
//!
//! Differences from gc: mingo prints GNU mnemonics (`popcnt`, `rol $7,%rax`,
//! `call fma`), matched case-insensitively (`"POPCNT"`, `"ROL\t[$]7,"`); and a
//! line with checks must have code in the listing at that level (so that a
//! negative check cannot pass because the function was not compiled: mingo
//! compiles whole programs, so test functions must be reachable, e.g. from a
//! `var keep = []any{f, g}`).
//!
//! Also here: the start-up CPU check of GOAMD64=v2+ executables, run under
//! an emulated older CPU (`qemu-x86_64 -cpu Nehalem`, Debian's qemu-user):
//! a v3 program must print Go's exact message and exit 1, a v2 one must run;
//! skipped with a message when qemu is absent.

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const MINGO: &str = env!("CARGO_BIN_EXE_mingo");
const LEVELS: [u8; 4] = [1, 2, 3, 4];

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/asm");
    let dir = dir.canonicalize().unwrap_or(dir);
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("asm");
    std::fs::create_dir_all(&tmp).expect("create the temporary directory");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/asm")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    files.sort();
    let mut trials = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        for level in LEVELS {
            let (dir, tmp, name2) = (dir.clone(), tmp.clone(), name.clone());
            trials.push(Trial::test(format!("{name} [GOAMD64=v{level}]"), move || {
                check_file(&dir, &tmp, &name2, level)
            }));
        }
    }
    // the start-up CPU check, under an emulated older CPU
    for (level, cpu, fails) in
        [(3u8, "Nehalem", true), (2, "Nehalem", false), (2, "core2duo", true)]
    {
        let (dir, tmp) = (dir.clone(), tmp.clone());
        let what = if fails { "refuses" } else { "runs" };
        trials.push(Trial::test(
            format!("cpucheck: GOAMD64=v{level} {what} on qemu -cpu {cpu}"),
            move || cpucheck(&dir, &tmp, level, cpu, fails),
        ));
    }
    libtest_mimic::run(&args, trials).exit();
}

/// Build tests/asm/cpucheck/hello.go at `level`, run it under `qemu-x86_64
/// -cpu CPU`: it must print Go's message and exit 1 (`fails`), or run.
/// Skipped, with a message, without qemu-user.
fn cpucheck(dir: &Path, tmp: &Path, level: u8, cpu: &str, fails: bool) -> Result<(), Failed> {
    if Command::new("qemu-x86_64").arg("--version").stdout(Stdio::null()).status().is_err() {
        eprintln!("skipping: no qemu-x86_64 (apt-get install qemu-user)");
        return Ok(());
    }
    let exe = tmp.join(format!("hello-v{level}-{cpu}"));
    let b = Command::new(MINGO)
        .current_dir(dir.join("cpucheck"))
        .env("GOAMD64", format!("v{level}"))
        .args(["build", "-o"])
        .arg(&exe)
        .arg("hello.go")
        .output()
        .map_err(|e| format!("run mingo: {e}"))?;
    if !b.status.success() {
        return Err(format!("build failed\n{}", String::from_utf8_lossy(&b.stderr)).into());
    }
    let r = Command::new("qemu-x86_64")
        .args(["-cpu", cpu])
        .arg(&exe)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("run qemu-x86_64: {e}"))?;
    let _ = std::fs::remove_file(&exe);
    let stdout = String::from_utf8_lossy(&r.stdout);
    // qemu's own warnings (`qemu-x86_64: warning: …`) are not the program's
    let stderr: String = String::from_utf8_lossy(&r.stderr)
        .lines()
        .filter(|l| !l.starts_with("qemu-x86_64:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let (want_out, want_err, want_code) = if fails {
        let m = format!(
            "This program can only be run on AMD64 processors with v{level} microarchitecture support.\n"
        );
        (String::new(), m, 1)
    } else {
        ("hello, world\n".to_string(), String::new(), 0)
    };
    if stdout != want_out || stderr != want_err || r.status.code() != Some(want_code) {
        return Err(format!(
            "qemu-x86_64 -cpu {cpu} (GOAMD64=v{level}): {}\nstdout: {stdout:?} (want {want_out:?})\nstderr: {stderr:?} (want {want_err:?})",
            r.status
        )
        .into());
    }
    Ok(())
}

/// One check: the regular expression (anchored), negative or not, its text.
struct Check {
    negative: bool,
    re: Regex,
    text: String,
}

/// The checks of `src` for `level`, by line number.
fn parse_checks(src: &str, level: u8) -> Result<BTreeMap<usize, Vec<Check>>, String> {
    let platform =
        Regex::new(r#"(\w+)(/[\w.]+)?:((?:\s*-?"(?:\\.|[^"\\])+"\s*,?|\s*-?`[^`]+`\s*,?)+)"#)
            .unwrap();
    let check = Regex::new(r#"-?"(?:\\.|[^"\\])+"|-?`[^`]+`"#).unwrap();
    let mut out: BTreeMap<usize, Vec<Check>> = BTreeMap::new();
    let mut pending = String::new();
    for (i, line) in src.lines().enumerate() {
        let (code, comment) = match line.find("//") {
            Some(p) => (&line[..p], &line[p + 2..]),
            None => (line, ""),
        };
        pending.push(' ');
        pending.push_str(comment);
        if code.trim().is_empty() {
            continue;
        }
        for c in platform.captures_iter(&pending) {
            if &c[1] != "amd64" {
                return Err(format!("line {}: unsupported architecture {}", i + 1, &c[1]));
            }
            if let Some(v) = c.get(2) {
                let v = v.as_str();
                if !["/v1", "/v2", "/v3", "/v4"].contains(&v) {
                    return Err(format!("line {}: unknown variant amd64{v}", i + 1));
                }
                if v != format!("/v{level}") {
                    continue;
                }
            }
            for m in check.find_iter(&c[3]) {
                let m = m.as_str();
                let (negative, q) = match m.strip_prefix('-') {
                    Some(q) => (true, q),
                    None => (false, m),
                };
                let rx = unquote(q).ok_or_else(|| format!("line {}: bad string {q}", i + 1))?;
                let re = Regex::new(&format!("(?i)^(?:{rx})"))
                    .map_err(|e| format!("line {}: {e}", i + 1))?;
                out.entry(i + 1).or_default().push(Check { negative, re, text: m.to_string() });
            }
        }
        pending.clear();
    }
    Ok(out)
}

/// A Go string literal's value (the escapes regular expressions use).
fn unquote(q: &str) -> Option<String> {
    if let Some(s) = q.strip_prefix('`') {
        return s.strip_suffix('`').map(String::from);
    }
    let s = q.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut cs = s.chars();
    while let Some(c) = cs.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match cs.next()? {
            't' => out.push('\t'),
            'n' => out.push('\n'),
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            _ => return None,
        }
    }
    Some(out)
}

fn check_file(dir: &Path, tmp: &Path, name: &str, level: u8) -> Result<(), Failed> {
    let src = std::fs::read_to_string(dir.join(name)).map_err(|e| format!("read {name}: {e}"))?;
    let checks = parse_checks(&src, level)?;
    if checks.is_empty() {
        return Ok(());
    }
    let obj = tmp.join(format!("{name}.v{level}.o"));
    let out = Command::new(MINGO)
        .current_dir(dir)
        .env("GOAMD64", format!("v{level}"))
        .args(["tool", "compile", "-S", "-o"])
        .arg(&obj)
        .arg(name)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("run mingo: {e}"))?;
    let _ = std::fs::remove_file(&obj);
    if !out.status.success() {
        return Err(format!(
            "GOAMD64=v{level} mingo tool compile -S {name} failed\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let listing = String::from_utf8_lossy(&out.stdout);
    // As gc's asmcheck: a check applies to the whole function that contains
    // its line (inlined code keeps its callee's positions, so matching by
    // line would miss an inlined intrinsic).
    let rx_line = Regex::new(&format!(r"\({}:(\d+)\)\s+(.*)", regex::escape(name))).unwrap();
    let rx_any = Regex::new(r"\(.*:\d+\)\s+(.*)").unwrap();
    let mut func_of_line: BTreeMap<usize, String> = BTreeMap::new();
    let mut by_func: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut func = String::new();
    for l in listing.lines() {
        if !l.is_empty() && !l.starts_with('\t') {
            func = l.split_whitespace().next().unwrap_or("").to_string();
            continue;
        }
        if let Some(c) = rx_line.captures(l) {
            let n: usize = c[1].parse().unwrap_or(0);
            func_of_line.entry(n).or_insert_with(|| func.clone());
        }
        if let Some(c) = rx_any.captures(l) {
            by_func.entry(func.clone()).or_default().push(c[1].to_string());
        }
    }
    let mut failures = Vec::new();
    for (line, cs) in &checks {
        let Some(f) = func_of_line.get(line) else {
            failures.push(format!("{name}:{line}: no code for this line in the listing"));
            continue;
        };
        let insns = &by_func[f];
        for c in cs {
            let hit = insns.iter().find(|t| c.re.is_match(t));
            match (c.negative, hit) {
                (false, None) => failures.push(format!("{name}:{line}: no match for {}", c.text)),
                (true, Some(t)) => {
                    failures.push(format!("{name}:{line}: unexpected {t:?} (matches {})", c.text))
                }
                _ => continue,
            }
            let body: String = insns.iter().map(|t| format!("    {t}\n")).collect();
            failures.push(format!("  the code of {f} (line {line}):\n{body}"));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("GOAMD64=v{level}:\n{}", failures.join("\n")).into())
    }
}
