//! Compile time per phase: parse (the program and the bundled packages it
//! imports), type check, SSA construction, SSA passes (default and `-N`),
//! codegen (Cranelift, optimized and not), on examples/ programs.
//!
//! `cargo bench -p mingo --bench compile_phases [-- FILTER]`.
//!
//! The phases are called through the compiler crates' public functions in
//! the order crates/mingo/src/driver.rs calls them (the driver lives in the
//! binary crate; its glue — diagnostics, dumps — is not timed here). The
//! middle end (inlining, devirtualization, escape analysis) runs before SSA
//! construction, as in the driver's default (MINGO_MIDDLE=0 skips it there).

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::collections::{HashSet, VecDeque};
use std::hint::black_box;
use syntax::{FileId, ast};

const PROGRAMS: &[&str] = &["nbody", "sorting", "strings"];

/// Every source file: the program's, then the bundled packages' in import
/// order (as the driver loads them), with their import paths.
fn sources(prog: &str) -> Vec<(String, String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(format!("{prog}.go"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = vec![("main".to_string(), format!("./{prog}.go"), text)];
    let mut queue: VecDeque<String> = VecDeque::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut i = 0;
    loop {
        let (f, _) = syntax::parse_file(FileId(i as u32), &out[i].2);
        queue.extend(f.imports.iter().map(|imp| imp.path.clone()));
        while let Some(p) = queue.pop_front() {
            if p == "unsafe" || !seen.insert(p.clone()) {
                continue;
            }
            for (name, text) in std_go::package(&p).expect("bundled package") {
                out.push((p.clone(), name.to_string(), text.to_string()));
            }
        }
        i += 1;
        if i == out.len() {
            return out;
        }
    }
}

fn parse_all(src: &[(String, String, String)]) -> Vec<ast::File> {
    src.iter()
        .enumerate()
        .map(|(i, (_, _, text))| {
            let (f, d) = syntax::parse_file(FileId(i as u32), text);
            assert!(d.is_empty(), "{d:?}");
            f
        })
        .collect()
}

fn check(src: &[(String, String, String)], files: &[ast::File]) -> types::Program {
    let mut pkgs: Vec<types::PackageFiles> = Vec::new();
    for ((path, _, _), f) in src.iter().zip(files) {
        match pkgs.iter_mut().find(|p| &p.path == path) {
            Some(p) => p.files.push(f),
            None => pkgs.push(types::PackageFiles { path: path.clone(), files: vec![f] }),
        }
    }
    let names = src.iter().map(|s| s.1.clone()).collect();
    let (prog, d) = types::check_program(&types::Config { file_names: names }, &pkgs);
    assert!(d.iter().all(|d| d.severity != syntax::Severity::Error), "{d:?}");
    prog
}

fn ssa_opts(no_opt: bool) -> ssagen::Options {
    ssagen::Options { no_opt, no_bounds: false, escape_analysis: true }
}

fn bench(c: &mut Criterion) {
    for prog in PROGRAMS {
        let src = sources(prog);
        let files = parse_all(&src);
        let tprog = check(&src, &files);
        let mid_opts = middle::Options {
            m: 0,
            no_inline: false,
            file_names: src.iter().map(|s| s.1.clone()).collect(),
            all_packages: false,
        };

        let mut mprog = tprog.clone();
        middle::run(&mut mprog, &mid_opts);
        let (sprog, d) = ssagen::build_program(&mprog, &ssa_opts(false));
        assert!(d.iter().all(|d| d.severity != syntax::Severity::Error), "{d:?}");
        let (sprog_n, _) = ssagen::build_program(&mprog, &ssa_opts(true));
        let cfg = ssa::passes::PassConfig::default();
        let cfg_n = ssa::passes::PassConfig { no_opt: true, ..Default::default() };
        let mut opt = sprog.clone();
        ssa::passes::run_program(&mut opt, &cfg);
        let mut opt_n = sprog_n.clone();
        ssa::passes::run_program(&mut opt_n, &cfg_n);

        let mut g = c.benchmark_group(format!("compile/{prog}"));
        g.sample_size(20)
            .warm_up_time(std::time::Duration::from_secs(1))
            .measurement_time(std::time::Duration::from_secs(3));
        g.bench_function("parse", |b| b.iter(|| parse_all(black_box(&src))));
        g.bench_function("typecheck", |b| b.iter(|| check(&src, black_box(&files))));
        g.bench_function("middle", |b| {
            b.iter_batched(
                || tprog.clone(),
                |mut p| middle::run(&mut p, &mid_opts),
                BatchSize::LargeInput,
            )
        });
        g.bench_function("ssagen", |b| {
            b.iter(|| ssagen::build_program(black_box(&mprog), &ssa_opts(false)))
        });
        g.bench_function("passes", |b| {
            b.iter_batched(
                || sprog.clone(),
                |mut p| ssa::passes::run_program(&mut p, &cfg),
                BatchSize::LargeInput,
            )
        });
        g.bench_function("passes -N", |b| {
            b.iter_batched(
                || sprog_n.clone(),
                |mut p| ssa::passes::run_program(&mut p, &cfg_n),
                BatchSize::LargeInput,
            )
        });
        let cg = |optimize| codegen::Options {
            optimize,
            goamd64: 1,
            listing: false,
            ..Default::default()
        };
        g.bench_function("codegen", |b| {
            b.iter(|| codegen::compile(black_box(&opt), &cg(true)).map(|o| o.bytes.len()))
        });
        g.bench_function("codegen -N", |b| {
            b.iter(|| codegen::compile(black_box(&opt_n), &cg(false)).map(|o| o.bytes.len()))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
