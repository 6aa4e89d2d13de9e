//! Codegen file tests (Cranelift filetest style). Each `files/*.ssa` starts with
//! `// test KIND`, holds an SSA program and ends with a `// expect:` comment
//! block; `MINGO_BLESS=1 cargo test -p codegen` rewrites the expectations.
//!
//! * `run`: compile, link with the runtime stub (tests/rt/stub.s) using
//!   `codegen::link_command`, run. Output: one `out N` line per 8-byte value
//!   the program wrote with `test.out`, then `stderr: ...` and `exit N`.
//!   The executable must be static (no PT_INTERP, no PT_DYNAMIC).
//! * `listing`: the `-S` listing.
//! * `error`: compilation must fail; output: the diagnostics.
//!
//! A `// flags: -N v3` line selects no optimization and a GOAMD64 level.
//! Skipped (with a message) when `as` or `ld` is missing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn tmp_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("codegen-filetests");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Assemble the runtime stub once; None when binutils are missing.
fn stub() -> Option<&'static Path> {
    static STUB: OnceLock<Option<PathBuf>> = OnceLock::new();
    STUB.get_or_init(|| {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rt/stub.s");
        let out = tmp_dir().join("stub.o");
        let ok = Command::new("as").arg("-o").arg(&out).arg(&src).status().ok()?.success();
        ok.then_some(out)
    })
    .as_deref()
}

fn options(src: &str) -> codegen::Options {
    let mut o = codegen::Options::default();
    for l in src.lines().filter_map(|l| l.strip_prefix("// flags:")) {
        for w in l.split_whitespace() {
            match w {
                "-N" => o.optimize = false,
                "v1" | "v2" | "v3" | "v4" => o.goamd64 = w[1..].parse().unwrap(),
                _ => panic!("unknown flag {w}"),
            }
        }
    }
    o
}

/// Is this ELF executable static: no PT_INTERP (3), no PT_DYNAMIC (2)?
fn is_static(elf: &[u8]) -> bool {
    let rd = |o: usize, n: usize| -> u64 {
        elf.get(o..o + n).map(|b| b.iter().rev().fold(0u64, |a, &x| a << 8 | x as u64)).unwrap_or(0)
    };
    let (phoff, phentsize, phnum) = (rd(32, 8) as usize, rd(54, 2) as usize, rd(56, 2) as usize);
    (0..phnum).all(|i| !matches!(rd(phoff + i * phentsize, 4), 2 | 3))
}

fn run(kind: &str, name: &str, src: &str) -> Option<String> {
    let prog = match ssa::parse_program(src) {
        Ok(p) => p,
        Err(e) => return Some(format!("parse error: {e}\n")),
    };
    let mut opts = options(src);
    opts.listing = kind == "listing";
    let res = codegen::compile(&prog, &opts);
    match (kind, res) {
        ("error", Err(ds)) => Some(ds.iter().map(|d| format!("{}: {}\n", d.pos, d.msg)).collect()),
        ("error", Ok(_)) => Some("compiled without error\n".into()),
        (_, Err(ds)) => Some(ds.iter().map(|d| format!("error: {}\n", d.msg)).collect()),
        ("listing", Ok(o)) => o.listing,
        ("run", Ok(o)) => {
            let Some(stub) = stub() else {
                eprintln!("skipping {name}: no `as` to assemble the runtime stub");
                return None;
            };
            link_and_run(name, &o.bytes, stub)
        }
        (k, _) => Some(format!("unknown test kind {k:?}\n")),
    }
}

/// Link `object` with the stub runtime, run it; the run-test output.
fn link_and_run(name: &str, object: &[u8], stub: &Path) -> Option<String> {
    let dir = tmp_dir();
    let obj = dir.join(format!("{name}.o"));
    let exe = dir.join(name);
    std::fs::write(&obj, object).unwrap();
    let cmd = codegen::link_command(
        exe.to_str().unwrap(),
        &[obj.to_str().unwrap()],
        stub.to_str().unwrap(),
    );
    let out = match Command::new(&cmd[0]).args(&cmd[1..]).output() {
        Ok(o) => o,
        Err(_) => {
            eprintln!("skipping {name}: no `ld`");
            return None;
        }
    };
    if !out.status.success() {
        return Some(format!("link failed: {}\n", String::from_utf8_lossy(&out.stderr)));
    }
    let elf = std::fs::read(&exe).unwrap();
    let mut s = String::new();
    if !is_static(&elf) {
        s.push_str("NOT STATIC\n");
    }
    let r = Command::new(&exe).output().unwrap();
    for c in r.stdout.chunks(8) {
        let mut b = [0u8; 8];
        b[..c.len()].copy_from_slice(c);
        s.push_str(&format!("out {}\n", i64::from_le_bytes(b)));
    }
    if !r.stderr.is_empty() {
        s.push_str(&format!("stderr: {}\n", String::from_utf8_lossy(&r.stderr).trim_end()));
    }
    match r.status.code() {
        Some(c) => s.push_str(&format!("exit {c}\n")),
        None => s.push_str("killed by a signal\n"),
    }
    Some(s)
}

/// Assemble `src` with `as`; the object's bytes.
fn assemble(name: &str, src: &str) -> Result<Vec<u8>, String> {
    let dir = tmp_dir();
    let s = dir.join(format!("{name}.s"));
    let o = dir.join(format!("{name}.as.o"));
    std::fs::write(&s, src).unwrap();
    let out = Command::new("as").arg("-o").arg(&o).arg(&s).output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(std::fs::read(&o).unwrap())
}

/// `-asm` round trip of every `run` file test at every GOAMD64 level: the
/// assembler source of the object, assembled by `as`, links and behaves as the
/// object itself, and is a fixed point (the source written from `as`'s object
/// is the same text: same instructions, labels, data, symbols, relocations).
#[test]
fn asm_roundtrip() {
    let Some(stub) = stub() else {
        eprintln!("skipping asm_roundtrip: no `as`");
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut failures = Vec::new();
    let mut tables = 0;
    for p in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "ssa")) {
        let text = std::fs::read_to_string(p).unwrap();
        let (kind, body, _) = split(&text);
        if kind != "run" {
            continue;
        }
        let stem = p.file_stem().unwrap().to_str().unwrap();
        let prog = ssa::parse_program(&body).unwrap();
        for level in 1..=4u8 {
            let name = format!("{stem}-v{level}");
            let mut opts = options(&body);
            opts.goamd64 = level;
            let obj = codegen::compile(&prog, &opts).unwrap();
            let asm = codegen::asm::object_to_asm(&obj.bytes, "x").unwrap();
            tables += asm.matches(".long .L").count();
            if asm.contains("written as bytes") {
                failures.push(format!("{name}: code written as bytes\n{asm}"));
            }
            let obj2 = match assemble(&name, &asm) {
                Ok(o) => o,
                Err(e) => {
                    failures.push(format!("{name}: as failed: {e}"));
                    continue;
                }
            };
            let asm2 = codegen::asm::object_to_asm(&obj2, "x").unwrap();
            if asm2 != asm {
                failures.push(format!(
                    "{name}: not a fixed point\n--- first\n{asm}\n--- second\n{asm2}"
                ));
            }
            let (Some(want), Some(got)) = (
                link_and_run(&name, &obj.bytes, stub),
                link_and_run(&format!("{name}-as"), &obj2, stub),
            ) else {
                return;
            };
            if want != got {
                failures.push(format!("{name}: behaves differently\n{want}--- reassembled\n{got}"));
            }
        }
    }
    assert!(tables > 0, "no jump table was exercised");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn split(text: &str) -> (String, String, String) {
    let kind = text.lines().next().and_then(|l| l.strip_prefix("// test ")).unwrap_or("");
    let (body, exp) = match text.find("\n// expect:\n") {
        Some(i) => (&text[..i + 1], &text[i + "\n// expect:\n".len()..]),
        None => (text, ""),
    };
    let exp = exp
        .lines()
        .map(|l| l.strip_prefix("// ").or(l.strip_prefix("//")).unwrap_or(l))
        .map(|l| format!("{l}\n"))
        .collect();
    (kind.trim().to_string(), body.to_string(), exp)
}

#[test]
fn filetests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files");
    let bless = std::env::var_os("MINGO_BLESS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut failures = Vec::new();
    for p in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "ssa")) {
        let text = std::fs::read_to_string(p).unwrap();
        let (kind, body, exp) = split(&text);
        let name = p.file_stem().unwrap().to_str().unwrap();
        let Some(got) = run(&kind, name, &body) else { continue };
        if got == exp {
            continue;
        }
        if bless {
            let mut out = body.clone();
            out.push_str("// expect:\n");
            for l in got.lines() {
                out.push_str(if l.is_empty() { "//" } else { "// " });
                out.push_str(l);
                out.push('\n');
            }
            std::fs::write(p, out).unwrap();
        } else {
            failures.push(format!("{}:\n--- expected\n{exp}--- got\n{got}", p.display()));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} file tests failed (MINGO_BLESS=1 to accept):\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

#[test]
fn link_command_shape() {
    let c = codegen::link_command("a.out", &["x.o"], "libmingo_rt.a");
    assert_eq!(c[0], "ld");
    assert!(c.contains(&"-static".to_string()) && c.contains(&"-nostdlib".to_string()));
    assert_eq!(&c[c.len() - 2..], &["x.o".to_string(), "libmingo_rt.a".to_string()]);
}
