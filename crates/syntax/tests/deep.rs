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

#[test]
fn long_postfix_chains_report_an_error() {
    for (what, src) in [
        ("selectors", format!("package p\nvar x = a{}\n", ".b".repeat(50000))),
        ("calls", format!("package p\nvar x = f{}\n", "()".repeat(50000))),
        ("indexes", format!("package p\nvar x = a{}\n", "[0]".repeat(50000))),
        ("slice types", format!("package p\nvar x {}int\n", "[]".repeat(50000))),
        ("chan types", format!("package p\nvar x {}int\n", "chan ".repeat(50000))),
        ("pointer types", format!("package p\nvar x {}int\n", "*".repeat(50000))),
        (
            "else if",
            format!(
                "package p\nfunc f() {{\n\tif a {{\n\t}}{}\n}}\n",
                " else if a {\n\t}".repeat(30000)
            ),
        ),
    ] {
        let d = run(src);
        assert_eq!(d.first().map(|d| d.msg.as_str()), Some("exceeded max nesting depth"), "{what}");
    }
}

#[test]
fn moderate_chains_are_fine() {
    let src =
        format!("package p\nvar x = a{}\nvar y = f{}\n", ".b".repeat(2000), "()".repeat(2000));
    assert_eq!(run(src), vec![]);
    let src = format!(
        "package p\nfunc f() {{\n\tif a {{\n\t}}{}\n}}\n",
        " else if a {\n\t}".repeat(3000)
    );
    assert_eq!(run(src), vec![]);
}
