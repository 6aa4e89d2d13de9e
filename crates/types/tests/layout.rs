//! Struct layout, sizes and alignments against gc's unsafe.Sizeof/Alignof/Offsetof
//! (values recorded from Go 1.19 on amd64; re-verified with a live `go run`
//! when Go is installed).

mod common;

use types::{Composite, ExprKind};

const GC_VALUES: &[u64] = &[
    24, 8, 8, 16, 8, 4, 4, 120, 8, 16, 24, 48, 64, 80, 88, 96, 104, 112, 40, 8, 32, 16, 8, 0, 1,
    24, 8, 16, 20, 120, 16, 8,
];

fn ours() -> Vec<u64> {
    let src =
        std::fs::read_to_string(common::repo_root().join("crates/types/tests/data/layout.go"))
            .unwrap();
    let c = common::check_source("layout.go", &src);
    assert!(c.lines.is_empty(), "{:?}", c.lines);
    let p = c.program.unwrap();
    let main = p.main_pkg.unwrap();
    let init = &p.packages[main].var_init[0];
    let ExprKind::Composite(comp) = &init.rhs.kind else { panic!("not a literal") };
    let Composite::Array(elems) = &**comp else { panic!("not an array literal") };
    elems.iter().map(|(_, e)| e.const_value().and_then(|v| v.to_u64()).expect("constant")).collect()
}

#[test]
fn layout_matches_gc() {
    assert_eq!(ours(), GC_VALUES);
}

#[test]
fn layout_matches_live_go() {
    let dir = common::repo_root().join("crates/types/tests/data");
    let out = std::process::Command::new("go")
        .args(["run", "layout.go"])
        .current_dir(&dir)
        .env("GO111MODULE", "off")
        .output();
    let Ok(out) = out else {
        eprintln!("go is not installed: skipping the live comparison");
        return;
    };
    if !out.status.success() {
        eprintln!("go run failed: skipping the live comparison");
        return;
    }
    let live: Vec<u64> = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(|s| s.parse().unwrap())
        .collect();
    assert_eq!(live, GC_VALUES);
}
