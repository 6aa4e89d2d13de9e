//! Pathological nesting must not overflow the stack (parse, drop, Debug of
//! diagnostics) — on a 2 MiB thread, like the default test threads.

use syntax::{FileId, parse_file};

fn run(src: String) -> Vec<syntax::Diagnostic> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let (f, d) = parse_file(FileId(0), &src);
            drop(f);
            d
        })
        .unwrap()
        .join()
        .expect("parser thread crashed")
}

#[test]
fn deep_parens_report_an_error() {
    let n = 10000;
    let src = format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    let d = run(src);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].msg, "exceeded max nesting depth");
}

#[test]
fn deep_unary_reports_an_error() {
    let src = format!("package p\nvar x = {}1\n", "!".repeat(50000));
    let d = run(src);
    assert_eq!(d[0].msg, "exceeded max nesting depth");
}

#[test]
fn deep_blocks_report_an_error() {
    let n = 5000;
    let src = format!("package p\nfunc f() {{\n{}{}}}\n", "{".repeat(n), "}".repeat(n));
    let d = run(src);
    assert_eq!(d[0].msg, "exceeded max nesting depth");
}

#[test]
fn moderate_nesting_is_fine() {
    let n = 500;
    let src = format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    assert_eq!(run(src), vec![]);
}

#[test]
fn long_binary_chain_is_accepted() {
    // like time/tzdata/zipdata.go: thousands of "..." + terms
    let terms: Vec<String> = (0..syntax::MAX_CHAIN).map(|i| format!("\"{i}\"")).collect();
    let src = format!("package p\nconst x = {}\n", terms.join(" +\n\t"));
    assert_eq!(run(src), vec![]);
}

#[test]
fn too_long_binary_chain_reports_an_error() {
    let terms: Vec<String> = (0..syntax::MAX_CHAIN + 5).map(|i| format!("{i}")).collect();
    let src = format!("package p\nconst x = {}\n", terms.join("+"));
    let d = run(src);
    assert_eq!(d[0].msg, "exceeded max nesting depth");
}
