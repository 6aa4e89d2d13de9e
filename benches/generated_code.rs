//! Generated code: each benchmark program of examples/ is built with the
//! mingo binary at the default flags, `-gcflags=-l` and `-gcflags='-N -l'`,
//! and criterion times running the executable (process spawn and wait, the
//! way a user compares flag builds; `mingo compare` does the same once).
//!
//! `cargo bench -p mingo --bench generated_code [-- FILTER]`, e.g.
//! `-- sieve` or `-- '/-N -l'`. Every build's output is checked against the
//! default build's first, so a miscompiling flag cannot look fast.

use criterion::{Criterion, criterion_group, criterion_main};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The benchmark set (docs/performance.md): recursive calls, sieve, n-body
/// floats, spectral norm (a hot inlined helper), matrix multiply, sorting,
/// maps, strings, interface calls.
const PROGRAMS: &[&str] = &[
    "recursive",
    "sieve",
    "nbody",
    "spectralnorm",
    "matmul",
    "sorting",
    "maps",
    "strings",
    "iface",
];

const VARIANTS: &[(&str, &str)] = &[("default", ""), ("-l", "-l"), ("-N -l", "-N -l")];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn build(prog: &str, gcflags: &str, dir: &Path) -> PathBuf {
    let exe = dir.join(format!("{prog}{}", gcflags.replace([' ', '-'], "_")));
    let src = root().join("examples").join(format!("{prog}.go"));
    let st = Command::new(env!("CARGO_BIN_EXE_mingo"))
        .arg("build")
        .arg(format!("-gcflags={gcflags}"))
        .arg("-o")
        .arg(&exe)
        .arg(&src)
        .status()
        .expect("run mingo");
    assert!(st.success(), "mingo build -gcflags='{gcflags}' {} failed", src.display());
    exe
}

fn output(exe: &Path) -> Vec<u8> {
    let out = Command::new(exe).output().expect("run program");
    assert!(out.status.success(), "{} exited with {}", exe.display(), out.status);
    out.stdout
}

fn bench(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("mingo-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for prog in PROGRAMS {
        let mut group = c.benchmark_group(*prog);
        group.sample_size(10).warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(8));
        let mut reference: Option<Vec<u8>> = None;
        for (name, flags) in VARIANTS {
            let exe = build(prog, flags, &dir);
            let out = output(&exe);
            match &reference {
                None => reference = Some(out),
                Some(r) => assert!(*r == out, "{prog} built with '{flags}' prints something else"),
            }
            group.bench_function(*name, |b| {
                b.iter(|| {
                    let st =
                        Command::new(&exe).stdout(Stdio::null()).status().expect("run program");
                    assert!(st.success());
                })
            });
        }
        group.finish();
    }
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
