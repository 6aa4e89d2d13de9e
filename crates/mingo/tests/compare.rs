//! `mingo compare` on a tiny program: the table has a row per build (the
//! default, `-l`, `-N -l` and each `-flags`), every column filled, and the
//! agreement column says the outputs agree.

use std::process::Command;

#[test]
fn compare_prints_the_table() {
    let dir = std::env::temp_dir().join(format!("mingo-compare-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("tiny.go");
    std::fs::write(
        &src,
        "package main\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() {\n\ta := []int{3, 1, 2}\n\tprintln(fib(20), a[0]+a[2])\n}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mingo"))
        .current_dir(&dir)
        .args(["compare", "-runs", "1", "-flags", "-B", "-flags=-l -B", "tiny.go"])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "status {:?}\n{stdout}\n{stderr}", out.status);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 8, "header, rule, 5 builds, verdict:\n{stdout}");
    let header: Vec<&str> = lines[0].split("  ").map(str::trim).filter(|s| !s.is_empty()).collect();
    assert_eq!(
        header,
        ["flags", "size", "build", "run (median)", "min – max", "vs default", "output"],
        "{stdout}"
    );
    assert!(lines[1].chars().all(|c| c == '-'), "{stdout}");
    let flags: Vec<&str> =
        lines[2..7].iter().map(|l| l.split("  ").next().unwrap().trim()).collect();
    assert_eq!(flags, ["(default)", "-l", "-N -l", "-B", "-l -B"], "{stdout}");
    for l in &lines[2..7] {
        assert!(l.ends_with("same"), "outputs agree: {l}");
        assert!(l.contains(" KB") || l.contains(" MB"), "size: {l}");
        assert!(l.contains('×') && l.contains(" – "), "ratio and range: {l}");
    }
    assert!(lines[2].contains("1.00×"), "{stdout}");
    assert_eq!(lines[7], "outputs: all builds agree");
}
