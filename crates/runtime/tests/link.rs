//! Link-level tests of the runtime (run as `cargo test -p mingo --test runtime`).
//!
//! * `cases/NAME.c` is a C transliteration of `cases/NAME.go` that calls the
//!   runtime's entry points directly (declared in `cases/rt.h`). It is compiled
//!   with `cc -c`, linked with `ld -static -nostdlib` against the libmingo_rt.a
//!   that crates/mingo/build.rs built, and run. Its stdout must equal `NAME.out`,
//!   its exit status `NAME.exit` (0 if absent), and its stderr — cut after the
//!   first `goroutine N [...]:` line and with `pc=`/`addr=`/`) 0x` addresses
//!   normalized — `NAME.err`. The golden files come from Go 1.19 running
//!   NAME.go (`cases/regen.sh`), never from hand. `NAME.env` adds environment
//!   variables (`K=V` per line) to the C program's run only.
//! * Pure modules (size classes, growth rule, print formatting, UTF-8, layouts)
//!   are compiled here for the host and unit-tested directly.
//!
//! Without `cc`/`ld` the link tests are skipped (and say so).

#![allow(dead_code)]

#[path = "../src/abi.rs"]
mod abi;
#[path = "../src/fmtnum.rs"]
mod fmtnum;
#[path = "../src/ftoa.rs"]
mod ftoa;
#[path = "../src/sizeclasses.rs"]
mod sizeclasses;
#[path = "../src/utf8.rs"]
mod utf8;

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const RUNTIME_A: &str = concat!(env!("OUT_DIR"), "/libmingo_rt.a");

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/tests/cases")
}

fn have(tool: &str) -> bool {
    Command::new(tool).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = unit_trials();
    let tools = have("cc") && have("ld");
    let dir = cases_dir();
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("runtime-link");
    std::fs::create_dir_all(&tmp).expect("create the temporary directory");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/cases")
        .filter_map(|e| {
            let p = e.ok()?.path();
            if p.extension()? == "c" && p.file_stem()? != "rt" {
                Some(p.file_stem()?.to_string_lossy().into_owned())
            } else {
                None
            }
        })
        .collect();
    names.sort();
    if !tools {
        eprintln!("runtime link tests skipped: cc or ld not found");
    }
    // the shared helper object, compiled once
    let helper = tmp.join("rt.o");
    let helper_ok = tools && compile(&dir.join("rt.c"), &helper).is_ok();
    for name in names {
        let dir = dir.clone();
        let tmp = tmp.clone();
        let helper = helper.clone();
        trials.push(
            Trial::test(format!("link::{name}"), move || {
                if !helper_ok {
                    return Err("could not compile cases/rt.c".into());
                }
                run_case(&dir, &tmp, &helper, &name)
            })
            .with_ignored_flag(!tools),
        );
    }
    {
        let dir = dir.clone();
        let tmp = tmp.clone();
        let helper = helper.clone();
        trials.push(
            Trial::test("link::cpuprofile", move || {
                if !helper_ok {
                    return Err("could not compile cases/rt.c".into());
                }
                cpuprofile(&dir, &tmp, &helper)
            })
            .with_ignored_flag(!tools),
        );
    }
    libtest_mimic::run(&args, trials).exit();
}

fn compile(src: &Path, obj: &Path) -> Result<(), Failed> {
    let out = Command::new("cc")
        .args([
            "-c",
            "-O1",
            "-std=gnu11",
            "-ffreestanding",
            "-fno-builtin",
            "-fno-stack-protector",
            "-fno-pic",
            "-fno-omit-frame-pointer",
            "-fno-asynchronous-unwind-tables",
            "-fcf-protection=none",
            "-Wall",
            "-Werror",
            "-Wno-unused-function",
            "-o",
        ])
        .arg(obj)
        .arg(src)
        .output()
        .map_err(|e| format!("cc: {e}"))?;
    if !out.status.success() {
        return Err(
            format!("cc {}:\n{}", src.display(), String::from_utf8_lossy(&out.stderr)).into()
        );
    }
    Ok(())
}

/// Normalizes what differs between runs and implementations: the traceback
/// after the goroutine line and addresses in fault lines.
fn normalize_stderr(s: &str) -> String {
    // up to the first goroutine header (`goroutine 1 [running]:`, `goroutine 5
    // [running]:`, `goroutine 1 [chan receive]:` after a deadlock)
    let mut cut = s;
    let mut off = 0;
    for line in s.split_inclusive('\n') {
        if line.starts_with("goroutine ") && line.trim_end().ends_with("]:") {
            cut = &s[..off + line.trim_end().len()];
            break;
        }
        off += line.len();
    }
    // Go numbers goroutines nondeterministically (5, or 17 after a GC started
    // its workers): compare `goroutine ? [`
    let cut = &renumber_goroutines(cut);
    let mut out = String::new();
    let mut rest = cut.as_str();
    loop {
        let next = ["pc=0x", "addr=0x", ") 0x"]
            .iter()
            .filter_map(|pat| rest.find(pat).map(|i| (i, *pat)))
            .min();
        match next {
            None => {
                out.push_str(rest);
                break;
            }
            Some((i, pat)) => {
                out.push_str(&rest[..i + pat.len()]);
                out.push('?');
                let after = &rest[i + pat.len()..];
                let end = after.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(after.len());
                rest = &after[end..];
            }
        }
    }
    out
}

fn renumber_goroutines(s: &str) -> String {
    let mut out = String::new();
    for line in s.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("goroutine ") {
            let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
            if digits > 0 && rest[digits..].starts_with(" [") {
                out.push_str("goroutine ?");
                out.push_str(&rest[digits..]);
                continue;
            }
        }
        out.push_str(line);
    }
    out
}

fn read_opt(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

fn link(src: &Path, tmp: &Path, helper: &Path, name: &str) -> Result<PathBuf, Failed> {
    let obj = tmp.join(format!("{name}.o"));
    let exe = tmp.join(name);
    compile(src, &obj)?;
    let out = Command::new("ld")
        .args(["-static", "-nostdlib", "--gc-sections", "--build-id=none", "-z", "noexecstack"])
        .args(["-e", "_start", "-o"])
        .arg(&exe)
        .arg(&obj)
        .arg(helper)
        .arg(RUNTIME_A)
        .output()
        .map_err(|e| format!("ld: {e}"))?;
    if !out.status.success() {
        return Err(format!("ld:\n{}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(exe)
}

fn run_case(dir: &Path, tmp: &Path, helper: &Path, name: &str) -> Result<(), Failed> {
    let exe = link(&dir.join(format!("{name}.c")), tmp, helper, name)?;
    let mut cmd = Command::new(&exe);
    cmd.env_remove("MINGODEBUG").env_remove("GOGC");
    for line in read_opt(&dir.join(format!("{name}.env"))).lines() {
        if let Some((k, v)) = line.split_once('=') {
            cmd.env(k, v);
        }
    }
    let args = read_opt(&dir.join(format!("{name}.args")));
    cmd.args(args.split_whitespace());
    let res = cmd.output().map_err(|e| format!("run: {e}"))?;
    let stdout = String::from_utf8_lossy(&res.stdout);
    let stderr = String::from_utf8_lossy(&res.stderr);
    let want_out = read_opt(&dir.join(format!("{name}.out")));
    let want_err = read_opt(&dir.join(format!("{name}.err")));
    let want_exit: i32 = read_opt(&dir.join(format!("{name}.exit"))).trim().parse().unwrap_or(0);
    let code = res.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if stdout != want_out {
        problems.push(format!("stdout:\n--- want\n{want_out}--- got\n{stdout}"));
    }
    let (ge, we) = (normalize_stderr(&stderr), normalize_stderr(&want_err));
    if ge != we {
        problems.push(format!("stderr:\n--- want\n{we}\n--- got\n{ge}\n--- (full)\n{stderr}"));
    }
    if code != want_exit {
        problems.push(format!("exit status {code}, want {want_exit} (stderr: {stderr})"));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}

// ---------------------------------------------------------------------------
// Unit tests of the pure modules

fn unit_trials() -> Vec<Trial> {
    vec![
        Trial::test("unit::abi_layout", abi_layout),
        Trial::test("unit::size_classes", size_classes),
        Trial::test("unit::fmt_numbers", fmt_numbers),
        Trial::test("unit::utf8_roundtrip", utf8_roundtrip),
        Trial::test("unit::ftoa_examples", ftoa_examples),
        Trial::test("unit::ftoa_vs_rust", ftoa_vs_rust),
        Trial::test("unit::ftoa_go_vectors", ftoa_go_vectors),
    ]
}

macro_rules! check {
    ($cond:expr) => {
        if !$cond {
            return Err(
                format!("{}:{}: check failed: {}", file!(), line!(), stringify!($cond)).into()
            );
        }
    };
}

fn abi_layout() -> Result<(), Failed> {
    use abi::*;
    use std::mem::{offset_of, size_of};
    // docs/abi.md §4, the Type table
    check!(offset_of!(Type, size) == 0);
    check!(offset_of!(Type, ptrdata) == 8);
    check!(offset_of!(Type, hash) == 16);
    check!(offset_of!(Type, tflag) == 20);
    check!(offset_of!(Type, align) == 21);
    check!(offset_of!(Type, field_align) == 22);
    check!(offset_of!(Type, kind) == 23);
    check!(offset_of!(Type, equal) == 24);
    check!(offset_of!(Type, gcdata) == 32);
    check!(offset_of!(Type, string) == 40);
    check!(offset_of!(Type, elem) == 56);
    check!(offset_of!(Type, key) == 64);
    check!(offset_of!(Type, len) == 72);
    check!(offset_of!(Type, fields) == 80);
    check!(offset_of!(Type, methods) == 104);
    check!(offset_of!(Type, name) == 128);
    check!(offset_of!(Type, pkgpath) == 144);
    check!(offset_of!(Type, ptr_to_this) == 160);
    check!(size_of::<Type>() == 168);
    check!(size_of::<StructField>() == 40);
    check!(offset_of!(StructField, typ) == 16);
    check!(offset_of!(StructField, offset) == 24);
    check!(offset_of!(StructField, embedded) == 32);
    check!(size_of::<Method>() == 32);
    check!(offset_of!(Method, mtyp) == 16);
    check!(offset_of!(Method, ifn) == 24);
    check!(offset_of!(Itab, fun) == ITAB_FUN_OFFSET);
    check!(size_of::<GoString>() == 16 && size_of::<Slice>() == 24 && size_of::<Eface>() == 16);
    Ok(())
}

fn size_classes() -> Result<(), Failed> {
    use sizeclasses::*;
    // every class is the smallest one that fits
    for size in 1..=MAX_SMALL_SIZE {
        let c = size_to_class(size);
        check!(c > 0 && CLASS_TO_SIZE[c] as usize >= size);
        check!((CLASS_TO_SIZE[c - 1] as usize) < size || c == 1);
    }
    check!(roundupsize(0) == 0);
    check!(roundupsize(5) == 8);
    check!(roundupsize(32768) == 32768);
    check!(roundupsize(32769) == 40960);
    // the doubling / 1.25x rule, then size classes
    check!(grow(8, 0, 1) == Some(Grow { newcap: 1, capmem: 8 }));
    check!(grow(1, 0, 5).map(|g| g.newcap) == Some(8));
    check!(grow(24, 4, 5).map(|g| g.newcap) == Some(8));
    check!(grow(8, 256, 257).map(|g| g.newcap) == Some(512));
    check!(grow(8, 512, 513).map(|g| g.newcap) == Some(848));
    check!(grow(8, 10, 5).is_none());
    check!(grow(1 << 20, 0, 1 << 40).is_none());
    Ok(())
}

fn fmt_numbers() -> Result<(), Failed> {
    let mut b = [0u8; 24];
    let i = fmtnum::fmt_int(&mut b, i64::MIN);
    check!(&b[i..] == b"-9223372036854775808");
    let i = fmtnum::fmt_hex(&mut b, 0xc000012345);
    check!(&b[i..] == b"0xc000012345");
    let mut f = [0u8; 16];
    let n = fmtnum::fmt_float(&mut f, 1.5);
    check!(&f[..n] == b"+1.500000e+000");
    Ok(())
}

fn utf8_roundtrip() -> Result<(), Failed> {
    let mut buf = [0u8; 4];
    for r in (0..0x11_0000).step_by(7) {
        let n = utf8::encode(&mut buf, r);
        let (d, w) = utf8::decode(&buf[..n], 0);
        let want = if (0xD800..=0xDFFF).contains(&r) { 0xFFFD } else { r as u32 };
        check!(w == n && d == want);
        if let Some(c) = char::from_u32(r as u32) {
            check!(c.encode_utf8(&mut [0u8; 4]).as_bytes() == &buf[..n]);
        }
    }
    check!(utf8::decode(b"\xed\xa0\x80", 0) == (0xFFFD, 1));
    check!(utf8::decode(b"\xc0\x80", 0) == (0xFFFD, 1));
    check!(utf8::decode(b"\xe2\x82", 0) == (0xFFFD, 1));
    Ok(())
}

fn run_ftoa(f: f64, fmt: u8, prec: i64) -> String {
    let mut buf = [0u8; 800];
    let n = ftoa::ftoa(&mut buf, f, fmt, prec);
    String::from_utf8(buf[..n].to_vec()).unwrap()
}

fn ftoa_examples() -> Result<(), Failed> {
    // the examples of docs/abi.md §8
    check!(run_ftoa(1234.5, b'e', -1) == "12345e4");
    check!(run_ftoa(0.001, b'e', -1) == "1e-2");
    check!(run_ftoa(2.5, b'f', 0) == "2e1");
    check!(run_ftoa(0.25, b'f', 1) == "2e0");
    check!(run_ftoa(1.005, b'f', 2) == "1e1");
    check!(run_ftoa(0.001, b'f', 1) == "e0");
    check!(run_ftoa(0.06, b'f', 1) == "1e0");
    check!(run_ftoa(9.5, b'f', 0) == "1e2");
    check!(run_ftoa(0.1, b's', -1) == "1e0");
    check!(run_ftoa(5e-324, b'e', -1) == "5e-323");
    check!(run_ftoa(1.7976931348623157e308, b'e', -1) == "17976931348623157e309");
    Ok(())
}

/// Rust's float formatting (shortest round-trip for `{:e}`, exactly rounded
/// half-to-even for `{:.N$e}`/`{:.N$}`) in ftoa's `DIGITS e EXP` form.
fn rust_digits(s: &str) -> String {
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().unwrap()),
        None => (s.to_string(), 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((&mant, ""));
    let all = format!("{int}{frac}");
    let lead = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_start_matches('0').trim_end_matches('0');
    if digits.is_empty() {
        return "e0".into();
    }
    let dp = int.len() as i32 + exp - lead as i32;
    format!("{digits}e{dp}")
}

/// `got` is the even one of two equally short candidates exactly as far from the
/// exact value `exact` (Go's ryu takes it; Rust's formatter rounds up).
fn even_tie(got: &str, exact: &str) -> bool {
    let (gd, _) = got.split_once('e').unwrap();
    let (ed, _) = exact.split_once('e').unwrap();
    !gd.is_empty()
        && ed.len() == gd.len() + 1
        && ed.ends_with('5')
        && (gd.as_bytes()[gd.len() - 1] - b'0') % 2 == 0
}

fn ftoa_vs_rust() -> Result<(), Failed> {
    let mut x: u64 = 0x1234_5678_9abc_def1;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for i in 0..20000 {
        let bits = next();
        let f = if i % 3 == 0 {
            f64::from_bits(bits & 0x7fff_ffff_ffff_ffff)
        } else {
            (bits % 1_000_000_007) as f64 / 1024.0 + (i % 7) as f64 * 0.1
        };
        if !f.is_finite() || f <= 0.0 {
            continue;
        }
        let want = rust_digits(&format!("{:e}", f));
        let got = run_ftoa(f, b'e', -1);
        if got != want && !even_tie(&got, &run_ftoa(f, b'e', 799)) {
            return Err(format!("shortest {f:e} ({bits:#x}): got {got}, want {want}").into());
        }
        let f32v = f as f32;
        if f32v.is_finite() && f32v > 0.0 {
            let want = rust_digits(&format!("{:e}", f32v));
            let got = run_ftoa(f, b's', -1);
            // An exact tie between two shortest candidates: Go (ryu) takes the
            // even one, Rust rounds up; accept Go's choice.
            if got != want && !even_tie(&got, &run_ftoa(f32v as f64, b'e', 799)) {
                return Err(format!("shortest f32 {f32v:e}: got {got}, want {want}").into());
            }
        }
        let prec = (i % 25) as usize;
        let want = rust_digits(&format!("{:.*e}", prec, f));
        let got = run_ftoa(f, b'e', prec as i64);
        if got != want {
            return Err(format!("%.{prec}e of {f:e}: got {got}, want {want}").into());
        }
        if f < 1e30 {
            let want = rust_digits(&format!("{:.*}", prec, f));
            let got = run_ftoa(f, b'f', prec as i64);
            if got != want {
                return Err(format!("%.{prec}f of {f:e}: got {got}, want {want}").into());
            }
        }
    }
    Ok(())
}

/// The vectors Go 1.19's strconv produced for the hook (crates/std/testdata/ftoa.txt:
/// `<float64 bits hex> <fmt> <prec> <expected>`).
fn ftoa_go_vectors() -> Result<(), Failed> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../std/testdata/ftoa.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Err(format!("cannot read {}", path.display()).into());
    };
    let mut n = 0;
    // the runtime's hook keeps one power cache across calls: check that path too
    let mut cache = ftoa::PowCache::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() != 4 {
            continue;
        }
        let bits = u64::from_str_radix(f[0], 16).map_err(|e| format!("{line}: {e}"))?;
        let prec: i64 = f[2].parse().map_err(|e| format!("{line}: {e}"))?;
        let got = run_ftoa(f64::from_bits(bits), f[1].as_bytes()[0], prec);
        if got != f[3] {
            return Err(format!("{line}: got {got}").into());
        }
        let mut buf = [0u8; 800];
        let k =
            ftoa::ftoa_cached(&mut buf, f64::from_bits(bits), f[1].as_bytes()[0], prec, &mut cache);
        if buf[..k] != *f[3].as_bytes() {
            return Err(format!(
                "{line}: with a shared cache got {}",
                String::from_utf8_lossy(&buf[..k])
            )
            .into());
        }
        n += 1;
    }
    check!(n > 1000);
    Ok(())
}

/// `MINGOCPUPROFILE=FILE` writes a gzip'd pprof profile naming the hot function.
fn cpuprofile(dir: &Path, tmp: &Path, helper: &Path) -> Result<(), Failed> {
    let src = dir.join("../special/cpuprof.c");
    let exe = link(&src, tmp, helper, "cpuprof")?;
    let prof = tmp.join("cpuprof.pprof");
    let _ = std::fs::remove_file(&prof);
    let res =
        Command::new(&exe).env("MINGOCPUPROFILE", &prof).output().map_err(|e| e.to_string())?;
    check!(res.status.success());
    let gz = std::fs::read(&prof).map_err(|e| format!("no profile written: {e}"))?;
    check!(gz.len() > 18 && gz[..3] == [0x1f, 0x8b, 8]);
    // stored deflate blocks
    let mut data = Vec::new();
    let mut i = 10;
    loop {
        let last = gz[i] & 1 == 1;
        check!(gz[i] & 6 == 0);
        let n = u16::from_le_bytes([gz[i + 1], gz[i + 2]]) as usize;
        check!(u16::from_le_bytes([gz[i + 3], gz[i + 4]]) == !(n as u16));
        data.extend_from_slice(&gz[i + 5..i + 5 + n]);
        i += 5 + n;
        if last {
            break;
        }
    }
    let crc = u32::from_le_bytes(gz[i..i + 4].try_into().unwrap());
    let size = u32::from_le_bytes(gz[i + 4..i + 8].try_into().unwrap());
    check!(size as usize == data.len());
    let mut c = !0u32;
    for &b in &data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
        }
    }
    check!(!c == crc);
    let has = |pat: &[u8]| data.windows(pat.len()).any(|w| w == pat);
    check!(has(b"main.hot") && has(b"nanoseconds") && has(b"samples"));
    Ok(())
}
