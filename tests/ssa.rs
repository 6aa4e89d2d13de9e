//! SSA errorcheck tests in gc's style (`tests/ssa/*.go`): the optimizer's
//! debug reports (`-d=ssa/prove/debug=1`, `-d=ssa/check_bce/debug=1`) of the
//! built mingo binary, compared with `// ERROR "regexp"` comments.
//!
//! * The first line is `// errorcheck FLAGS`; FLAGS (without gc's test-only
//!   `-0`) are passed as `mingo build -gcflags='FLAGS' NAME.go`, run in
//!   tests/ssa.
//! * `// ERROR "re1" "re2"` on a line: each regexp must match at least one
//!   report on that line (`./NAME.go:LINE:COL: msg`; columns are not
//!   compared, as in gc's errorcheck) and every report must be matched by a
//!   regexp of its line. A report on a line without ERROR fails the test.
//! * `// FIXME gc: ...` after the ERROR part (or alone) records where mingo
//!   differs from gc 1.19: the ERROR part asserts mingo's behaviour today,
//!   the `gc:` part what gc reports (`none` for nothing). tests/ssa/annotate.py
//!   writes and checks the annotations against real gc.

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/ssa");
    let dir = dir.canonicalize().unwrap_or(dir);
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ssa");
    std::fs::create_dir_all(&tmp).expect("create the temporary directory");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/ssa")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    files.sort();
    let trials = files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            let (dir, tmp) = (dir.clone(), tmp.clone());
            Trial::test(name, move || check(&dir, &tmp, &p))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

type Expect = BTreeMap<u32, Vec<Regex>>;

fn expectations(src: &str) -> Result<Expect, String> {
    let q = Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let mut m = Expect::new();
    for (i, line) in src.lines().enumerate() {
        let Some(idx) = line.find("// ERROR ") else { continue };
        let mut rest = &line[idx + "// ERROR ".len()..];
        if let Some(k) = rest.find("// FIXME") {
            rest = &rest[..k];
        }
        let mut v = Vec::new();
        for c in q.captures_iter(rest) {
            let raw = c[1].replace("\\\"", "\"");
            let re =
                Regex::new(&raw).map_err(|e| format!("line {}: bad regexp {raw:?}: {e}", i + 1))?;
            v.push(re);
        }
        if v.is_empty() {
            return Err(format!("line {}: ERROR without a quoted regexp", i + 1));
        }
        m.insert(i as u32 + 1, v);
    }
    Ok(m)
}

fn check(dir: &Path, tmp: &Path, path: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("read {path:?}: {e}"))?;
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    let header = src.lines().next().unwrap_or("");
    let Some(flags) = header.strip_prefix("// errorcheck") else {
        return Err(format!("{file}: first line must be `// errorcheck FLAGS`").into());
    };
    let flags: Vec<&str> = flags.split_whitespace().filter(|f| *f != "-0").collect();
    let want = expectations(&src).map_err(|e| format!("{file}: {e}"))?;
    let out_bin = tmp.join(path.file_stem().unwrap());
    let out = Command::new(env!("CARGO_BIN_EXE_mingo"))
        .current_dir(dir)
        .arg("build")
        .arg("-o")
        .arg(&out_bin)
        .arg(format!("-gcflags={}", flags.join(" ")))
        .arg(&file)
        .output()
        .map_err(|e| format!("run mingo: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let repro = format!("(cd tests/ssa && mingo build -gcflags='{}' {file})", flags.join(" "));
    if !out.status.success() {
        return Err(format!("{repro} failed ({}):\n{stderr}", out.status).into());
    }
    let line_re = Regex::new(r"^(?:\./)?([^:]+):(\d+):(\d+): (.*)$").unwrap();
    let mut got: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    let mut errs = Vec::new();
    for l in stderr.lines() {
        if l.starts_with('#') || l.trim().is_empty() {
            continue;
        }
        match line_re.captures(l) {
            Some(c) if c[1] == file => {
                got.entry(c[2].parse().unwrap_or(0)).or_default().push(c[4].to_string());
            }
            _ => errs.push(format!("unexpected output: {l}")),
        }
    }
    for (line, res) in &want {
        let mut msgs = got.remove(line).unwrap_or_default();
        for re in res {
            let before = msgs.len();
            msgs.retain(|m| !re.is_match(m));
            if msgs.len() == before {
                errs.push(format!("{file}:{line}: missing report matching {:?}", re.as_str()));
            }
        }
        for m in msgs {
            errs.push(format!("{file}:{line}: unexpected report: {m}"));
        }
    }
    for (line, msgs) in got {
        for m in msgs {
            errs.push(format!("{file}:{line}: unexpected report: {m}"));
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        errs.push(format!("reproduce: {repro}"));
        Err(errs.join("\n").into())
    }
}
