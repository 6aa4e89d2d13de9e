//! File tests for the parser (tests/syntax/):
//!
//! * `valid/*.go` — programs gc compiles: no diagnostics.
//! * `errors/*.go` — each has one `// ERROR "regexp"` comment on the line of
//!   gc 1.19's first error (written by `tests/syntax/annotate.py`); our first
//!   diagnostic must be on that line and match. When `go` is installed, it
//!   must also equal gc's first diagnostic exactly (position and text).
//! * `robust:*` — every truncation of every test program and thousands of
//!   seeded token-level mutations (deletion, duplication, swap, junk
//!   insertion) must parse without panicking and without hanging.
//! * `goroot:*` (only when `go env GOROOT` names a tree with sources; left out
//!   with a note otherwise) — every file of GOROOT/src and the non-errorcheck
//!   files of GOROOT/test parse without diagnostics.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use syntax::{FileId, parse_file};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax")
}

fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "go"));
    v.sort();
    v
}

fn read(p: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(p).expect("read test file")).into_owned()
}

fn go_available() -> bool {
    Command::new("go").arg("version").output().is_ok_and(|o| o.status.success())
}

fn check_valid(p: &Path) -> Result<(), Failed> {
    let (_, d) = parse_file(FileId(0), &read(p));
    if d.is_empty() { Ok(()) } else { Err(format!("unexpected diagnostics: {:?}", d).into()) }
}

/// gc's first diagnostic for a file: (line, col, message).
fn gc_first(p: &Path) -> Option<(u32, u32, String)> {
    let dir = std::env::temp_dir().join(format!("syntax-gc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let out = Command::new("go")
        .args(["tool", "compile", "-p", "main", "-o"])
        .arg(dir.join("x.o"))
        .arg(p)
        .current_dir(&dir)
        .output()
        .ok()?;
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let line = text.lines().find(|l| !l.trim().is_empty())?;
    // PATH:LINE:COL: MSG
    let rest = line.strip_prefix(&*p.to_string_lossy())?.strip_prefix(':')?;
    let mut it = rest.splitn(3, ':');
    let l = it.next()?.parse().ok()?;
    let c = it.next()?.parse().ok()?;
    Some((l, c, it.next()?.trim_start().to_string()))
}

fn check_error(p: &Path, with_go: bool) -> Result<(), Failed> {
    let src = read(p);
    let re_comment = regex::Regex::new(r#"// ERROR "(.*)""#).unwrap();
    let mut want = None;
    for (i, l) in src.lines().enumerate() {
        if let Some(c) = re_comment.captures(l) {
            want = Some((i as u32 + 1, c[1].to_string()));
            break;
        }
    }
    let Some((line, pat)) = want else { return Err("no // ERROR comment".into()) };
    let re = regex::Regex::new(&pat).map_err(|e| format!("bad regexp {pat:?}: {e}"))?;
    let (_, d) = parse_file(FileId(0), &src);
    let Some(first) = d.first() else {
        return Err(format!("no diagnostic, want line {line}: {pat}").into());
    };
    if first.pos.line != line || !re.is_match(&first.msg) {
        return Err(format!(
            "first diagnostic {}: {}\nwant line {line}: {pat}\nall: {d:?}",
            first.pos, first.msg
        )
        .into());
    }
    if with_go {
        match gc_first(p) {
            Some((l, c, m)) => {
                if (l, c, m.as_str()) != (first.pos.line, first.pos.col, first.msg.as_str()) {
                    return Err(
                        format!("gc: {l}:{c}: {m}\nus: {}: {}", first.pos, first.msg).into()
                    );
                }
            }
            None => return Err("could not run gc".into()),
        }
    }
    Ok(())
}

/// Runs `f` on a thread and fails if it panics or takes longer than `limit`.
fn bounded(
    limit: Duration,
    f: impl FnOnce() -> Result<(), String> + Send + 'static,
) -> Result<(), Failed> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let _ = tx.send(r);
        })
        .map_err(|e| e.to_string())?;
    match rx.recv_timeout(limit) {
        Ok(Ok(r)) => r.map_err(Failed::from),
        Ok(Err(_)) => Err("parser panicked".into()),
        Err(_) => Err(format!("did not finish within {limit:?} (hang?)").into()),
    }
}

/// A small deterministic PRNG (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Byte spans of the tokens of a file (from the lexer's positions).
fn token_spans(src: &str) -> Vec<(usize, usize)> {
    let mut line_starts = vec![0usize];
    for (i, b) in src.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i + 1);
        }
    }
    let off = |p: syntax::Pos| -> usize {
        let ls = line_starts.get(p.line.saturating_sub(1) as usize).copied().unwrap_or(src.len());
        (ls + p.col.saturating_sub(1) as usize).min(src.len())
    };
    let lexed = syntax::lexer::lex(FileId(0), src);
    lexed
        .toks
        .iter()
        .filter(|(_, t, _)| !matches!(t, syntax::lexer::Tok::Eof | syntax::lexer::Tok::Semi(_)))
        .map(|(s, _, e)| (off(*s), off(*e)))
        .filter(|(s, e)| s < e && src.is_char_boundary(*s) && src.is_char_boundary(*e))
        .collect()
}

const JUNK: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    ":",
    ":=",
    "=",
    ".",
    "...",
    "*",
    "<-",
    "func",
    "type",
    "var",
    "if",
    "for",
    "switch",
    "case",
    "default",
    "go",
    "chan",
    "map",
    "struct",
    "interface",
    "range",
    "x",
    "1",
    "\"s\"",
    "'c'",
    "\n",
    "~",
    "|",
    "[tp",
    "/*",
    "`",
    "0x",
    "1_",
    "'",
    "\"",
    "//go:noinline\n",
    "else",
    "return",
    "package",
    "import",
];

fn mutate(src: &str, spans: &[(usize, usize)], rng: &mut Rng) -> String {
    if spans.is_empty() {
        return src.to_string();
    }
    let i = rng.below(spans.len());
    let (s, e) = spans[i];
    match rng.below(4) {
        0 => format!("{}{}", &src[..s], &src[e..]),
        1 => format!("{}{}{}", &src[..e], &src[s..e], &src[e..]),
        2 => {
            let j = rng.below(spans.len());
            let (s2, e2) = spans[j];
            if s2 >= e {
                format!("{}{}{}{}{}", &src[..s], &src[s2..e2], &src[e..s2], &src[s..e], &src[e2..])
            } else if e2 <= s {
                format!("{}{}{}{}{}", &src[..s2], &src[s..e], &src[e2..s], &src[s2..e2], &src[e..])
            } else {
                src.to_string()
            }
        }
        _ => {
            let junk = JUNK[rng.below(JUNK.len())];
            format!("{} {} {}", &src[..s], junk, &src[s..])
        }
    }
}

fn robust_truncations(files: Vec<PathBuf>) -> Result<(), Failed> {
    bounded(Duration::from_secs(600), move || {
        for p in &files {
            let src = read(p);
            let mut cut = 0;
            while cut <= src.len() {
                if src.is_char_boundary(cut) {
                    let t = Instant::now();
                    let _ = parse_file(FileId(0), &src[..cut]);
                    if t.elapsed() > Duration::from_secs(5) {
                        return Err(format!(
                            "{}: truncation at {cut} took {:?}",
                            p.display(),
                            t.elapsed()
                        ));
                    }
                }
                cut += 1;
            }
        }
        Ok(())
    })
}

fn robust_mutations(files: Vec<PathBuf>, seed: u64, count: usize) -> Result<(), Failed> {
    bounded(Duration::from_secs(3600), move || {
        let mut rng = Rng(seed | 1);
        let sources: Vec<(PathBuf, String)> = files.iter().map(|p| (p.clone(), read(p))).collect();
        for k in 0..count {
            let (p, src) = &sources[rng.below(sources.len())];
            let mut m = src.clone();
            for _ in 0..1 + rng.below(3) {
                let spans = token_spans(&m);
                m = mutate(&m, &spans, &mut rng);
            }
            let t = Instant::now();
            let (f, d) = parse_file(FileId(0), &m);
            drop(f);
            let _ = format!("{d:?}");
            if t.elapsed() > Duration::from_secs(5) {
                return Err(format!("{}: mutation {k} took {:?}:\n{m}", p.display(), t.elapsed()));
            }
        }
        Ok(())
    })
}

fn goroot() -> Option<PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).output().ok()?;
    let s = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if s.is_empty() { None } else { Some(PathBuf::from(s)) }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "testdata") {
                walk(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

fn goroot_corpus(sub: &str) -> Result<(), Failed> {
    let Some(root) = goroot() else { return Err("go not installed".into()) };
    let mut files = Vec::new();
    walk(&root.join(sub), &mut files);
    let mut failures = Vec::new();
    let mut n = 0;
    for p in files {
        let src = read(&p);
        let head: String = src.chars().take(2000).collect();
        // errorcheck tests are expected to fail; "ignored" placeholders are not Go
        if head.lines().any(|l| l.starts_with("// errorcheck")) || !head.contains("package") {
            continue;
        }
        n += 1;
        let (_, d) = parse_file(FileId(0), &src);
        if let Some(first) = d.first() {
            failures.push(format!("{}:{}: {}", p.display(), first.pos, first.msg));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("{} of {n} files fail:\n{}", failures.len(), failures.join("\n")).into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = root();
    let valid = go_files(&root.join("valid"));
    let errors = go_files(&root.join("errors"));
    let with_go = go_available();
    if !with_go {
        eprintln!(
            "note: `go` not found: error tests check the // ERROR regexps only, not gc's exact output"
        );
    }
    let mut trials = Vec::new();
    for p in &valid {
        let name = format!("valid::{}", p.file_stem().unwrap_or_default().to_string_lossy());
        let p = p.clone();
        trials.push(Trial::test(name, move || check_valid(&p)));
    }
    for p in &errors {
        let name = format!("errors::{}", p.file_stem().unwrap_or_default().to_string_lossy());
        let p = p.clone();
        trials.push(Trial::test(name, move || check_error(&p, with_go)));
    }
    let all: Vec<PathBuf> = valid.iter().chain(errors.iter()).cloned().collect();
    {
        let all = all.clone();
        trials.push(Trial::test("robust::truncations", move || robust_truncations(all)));
    }
    // SYNTAX_FUZZ=N multiplies the number of mutations (for long local runs)
    let scale: usize = std::env::var("SYNTAX_FUZZ").ok().and_then(|v| v.parse().ok()).unwrap_or(1);
    for (i, seed) in
        [0x9E3779B97F4A7C15u64, 0xD1B54A32D192ED03, 0x8CB92BA72F3D8DD7].into_iter().enumerate()
    {
        let all = all.clone();
        trials.push(Trial::test(format!("robust::mutations{i}"), move || {
            robust_mutations(all, seed, 1500 * scale)
        }));
    }
    // Go's own corpus, when Go is installed (CI installs it; see .ci/run).
    if goroot().is_some_and(|r| r.join("src").is_dir()) {
        trials.push(Trial::test("goroot::src", || goroot_corpus("src")));
        trials.push(Trial::test("goroot::test", || goroot_corpus("test")));
    } else {
        eprintln!("note: no GOROOT (go env GOROOT): goroot::src and goroot::test left out");
    }
    libtest_mimic::run(&args, trials).exit();
}
