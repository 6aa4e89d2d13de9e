//! The `.s` round trip on every `tests/run` program: `mingo tool compile -asm
//! NAME.s -o NAME.o NAME.go` writes the program's object and the same object as
//! GNU assembler source; `as` assembles the source, `ld` links that object with
//! the runtime archive (the command of `codegen::link_command`), and the
//! executable must behave as the golden files of tests/run say (stdout, exit
//! status, stderr cut and normalized as tests/run.rs does), that is, as the
//! object mingo writes directly.
//!
//! Each trial also checks that no code was written as bytes (`# code written
//! as bytes`): every function is instructions. Programs named in
//! tests/run/FLAGS with a `GOAMD64=vN` variant are also round-tripped at that
//! level (when this CPU can run it). Programs listed in tests/run/KNOWN_FAILURES
//! (failing the ordinary run test) are skipped. Without `as` every trial is
//! skipped with a message.

#[path = "support/golden.rs"]
mod golden;

use golden::{cut_trace, normalize_stderr};
use libtest_mimic::{Arguments, Failed, Trial};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const MINGO: &str = env!("CARGO_BIN_EXE_mingo");
/// The runtime archive mingo's build script made (and embeds).
const RUNTIME_A: &str = concat!(env!("OUT_DIR"), "/libmingo_rt.a");

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/run");
    let dir = dir.canonicalize().unwrap_or(dir);
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("asm_roundtrip");
    fs::create_dir_all(&tmp).expect("create the temporary directory");
    let have_as = Command::new("as").arg("--version").stdout(Stdio::null()).status().is_ok();
    let known = fs::read_to_string(dir.join("KNOWN_FAILURES")).unwrap_or_default();
    let known: Vec<&str> = known
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    let flags = fs::read_to_string(dir.join("FLAGS")).unwrap_or_default();
    let cpu_v3 = cpu_has_v3();

    let mut progs: Vec<String> = fs::read_dir(&dir)
        .expect("read tests/run")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "go").then(|| p.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    progs.sort();
    let mut trials = Vec::new();
    for prog in progs {
        // the GOAMD64 levels to try: v1, and those of the FLAGS variants
        let mut levels = vec![1u8];
        for line in flags.lines() {
            let Some((name, vs)) = line.split_once(':') else { continue };
            if name.trim() != prog || line.trim_start().starts_with('#') {
                continue;
            }
            for v in vs.split('|') {
                let v = v.trim();
                if let Some(l) = v.strip_prefix("GOAMD64=v").and_then(|l| l.parse::<u8>().ok())
                    && v.split_whitespace().count() == 1
                    && !levels.contains(&l)
                    && (l <= 2 || cpu_v3)
                    && l <= 3
                {
                    levels.push(l);
                }
            }
        }
        for level in levels {
            let name = if level == 1 { prog.clone() } else { format!("{prog} [GOAMD64=v{level}]") };
            let skip = known.iter().any(|k| *k == name);
            let (dir, tmp, prog) = (dir.clone(), tmp.clone(), prog.clone());
            trials.push(Trial::test(name, move || {
                if !have_as {
                    eprintln!("skipping: no `as` (install binutils)");
                    return Ok(());
                }
                if skip {
                    eprintln!("skipping: listed in tests/run/KNOWN_FAILURES");
                    return Ok(());
                }
                round_trip(&dir, &tmp, &prog, level)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

/// Does this CPU have what GOAMD64=v3 needs (so that v3 programs run)?
fn cpu_has_v3() -> bool {
    let Ok(info) = fs::read_to_string("/proc/cpuinfo") else { return false };
    let Some(flags) = info.lines().find(|l| l.starts_with("flags")) else { return false };
    let have: Vec<&str> = flags.split_whitespace().collect();
    ["avx", "avx2", "bmi1", "bmi2", "abm", "movbe", "fma", "f16c", "popcnt", "sse4_2"]
        .iter()
        .all(|f| have.contains(f))
}

fn run(cmd: &mut Command, what: &str) -> Result<std::process::Output, Failed> {
    let out = cmd.stdin(Stdio::null()).output().map_err(|e| format!("{what}: {e}"))?;
    Ok(out)
}

fn round_trip(dir: &Path, tmp: &Path, prog: &str, level: u8) -> Result<(), Failed> {
    let base: PathBuf = tmp.join(format!("{prog}-v{level}"));
    let s = base.with_extension("s");
    let o = base.with_extension("o");
    let ao = base.with_extension("as.o");
    let exe = base.with_extension("exe");
    // compile: the object and its assembler source
    let c = run(
        Command::new(MINGO)
            .current_dir(dir)
            .env("GOAMD64", format!("v{level}"))
            .args(["tool", "compile", "-asm"])
            .arg(&s)
            .arg("-o")
            .arg(&o)
            .arg(format!("{prog}.go")),
        "mingo",
    )?;
    if !c.status.success() {
        return Err(format!("tool compile failed\n{}", String::from_utf8_lossy(&c.stderr)).into());
    }
    let src = fs::read_to_string(&s).map_err(|e| format!("read {}: {e}", s.display()))?;
    if src.contains("# code written as bytes") {
        return Err(format!("{}: some code is written as bytes", s.display()).into());
    }
    // assemble
    let a = run(Command::new("as").arg("-o").arg(&ao).arg(&s), "as")?;
    if !a.status.success() {
        return Err(
            format!("as {} failed\n{}", s.display(), String::from_utf8_lossy(&a.stderr)).into()
        );
    }
    // link with the runtime
    let argv = codegen::link_command(
        exe.to_str().ok_or("path")?,
        &[ao.to_str().ok_or("path")?],
        RUNTIME_A,
    );
    let l = run(Command::new(&argv[0]).args(&argv[1..]), "ld")?;
    if !l.status.success() {
        return Err(format!("link failed\n{}", String::from_utf8_lossy(&l.stderr)).into());
    }
    // run, compare with the golden files
    let args: Vec<String> = fs::read_to_string(dir.join(format!("{prog}.args")))
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect();
    let r = run(Command::new(&exe).current_dir(dir).args(&args), "run")?;
    let want_out = fs::read(dir.join(format!("{prog}.out"))).unwrap_or_default();
    let want_err = fs::read(dir.join(format!("{prog}.err"))).unwrap_or_default();
    let want_exit: i32 = fs::read_to_string(dir.join(format!("{prog}.exit")))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let mut problems = Vec::new();
    if r.status.code() != Some(want_exit) {
        problems.push(format!("{}, want exit status {want_exit}", r.status));
    }
    if r.stdout != want_out {
        problems.push(format!(
            "stdout differs from {prog}.out; got:\n{}",
            head(&String::from_utf8_lossy(&r.stdout), 20)
        ));
    }
    let got_err = normalize_stderr(&String::from_utf8_lossy(&cut_trace(&r.stderr)));
    let want_err = normalize_stderr(&String::from_utf8_lossy(&cut_trace(&want_err)));
    if got_err != want_err {
        problems.push(format!("stderr differs; want:\n{want_err}\ngot:\n{got_err}"));
    }
    if !problems.is_empty() {
        return Err(format!(
            "{}\n  (the reassembled executable is {})",
            problems.join("\n"),
            exe.display()
        )
        .into());
    }
    for p in [&s, &o, &ao, &exe] {
        let _ = fs::remove_file(p);
    }
    Ok(())
}

fn head(s: &str, n: usize) -> String {
    s.lines().take(n).map(|l| format!("  {l}\n")).collect()
}
