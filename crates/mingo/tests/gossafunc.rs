//! GOSSAFUNC=name: `mingo build` writes ./ssa.html for that function and
//! says so as gc does (`dumped SSA to ./ssa.html` under the package header);
//! `mingo tool compile` says it on stdout; no match, no file. A function of
//! the main package inlined at every call still gets its out-of-line code, as
//! in gc, so GOSSAFUNC and `-S` find it.

use std::process::Command;

const SRC: &str = "package main\n\n//go:noinline\nfunc sum(a []int) int {\n\ts := 0\n\tfor i := 0; i < len(a); i++ {\n\t\ts += a[i] * (2 + 3)\n\t}\n\treturn s\n}\n\nfunc main() { println(sum([]int{1, 2, 3})) }\n";

fn dir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("mingo-gossafunc-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("x.go"), SRC).unwrap();
    d
}

#[test]
fn build_writes_ssa_html() {
    let d = dir("build");
    let out = Command::new(env!("CARGO_BIN_EXE_mingo"))
        .current_dir(&d)
        .env("GOSSAFUNC", "sum")
        .args(["build", "x.go"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let html = std::fs::read_to_string(d.join("ssa.html")).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&d);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr, "# command-line-arguments\ndumped SSA to ./ssa.html\n");
    assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>\n"));
    assert!(html.contains("<title>main.sum</title>"));
    assert!(html.contains("<h2 class=\"title\">start</h2>"));
    assert!(html.contains("<h2 class=\"title\">prove</h2>"));
    assert!(html.contains("s += a[i] * (2 + 3)"), "the source column");
    assert!(html.contains("class=\"ln changed\""), "some pass changed something");
    assert!(html.contains("<h2 class=\"title\">genssa</h2>") && html.contains("main.sum STEXT"));
}

#[test]
fn tool_compile_reports_on_stdout_and_no_match_writes_nothing() {
    let d = dir("tool");
    let out = Command::new(env!("CARGO_BIN_EXE_mingo"))
        .current_dir(&d)
        .env("GOSSAFUNC", "main.sum")
        .args(["tool", "compile", "x.go"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let written = d.join("ssa.html").exists();
    let _ = std::fs::remove_file(d.join("ssa.html"));
    let none = Command::new(env!("CARGO_BIN_EXE_mingo"))
        .current_dir(&d)
        .env("GOSSAFUNC", "nosuchfunc")
        .args(["build", "x.go"])
        .output()
        .unwrap();
    let none_written = d.join("ssa.html").exists();
    let _ = std::fs::remove_dir_all(&d);
    assert!(out.status.success());
    assert_eq!(stdout, "dumped SSA to ./ssa.html\n");
    assert!(written);
    assert!(none.status.success());
    assert!(none.stderr.is_empty(), "{}", String::from_utf8_lossy(&none.stderr));
    assert!(!none_written);
}

#[test]
fn function_inlined_everywhere_still_compiled() {
    let d = std::env::temp_dir().join(format!("mingo-gossafunc-inl-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    let src = SRC.replace("//go:noinline\n", "");
    assert_ne!(src, SRC);
    std::fs::write(d.join("x.go"), src).unwrap();
    let run = |env: Option<(&str, &str)>, args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_mingo"));
        c.current_dir(&d).args(args);
        if let Some((k, v)) = env {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    let listing = run(None, &["build", "-gcflags=-S", "x.go"]);
    let ssa = run(Some(("GOSSAFUNC", "sum")), &["build", "x.go"]);
    let html = std::fs::read_to_string(d.join("ssa.html")).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&d);
    let text = String::from_utf8_lossy(&listing.stdout).into_owned()
        + &String::from_utf8_lossy(&listing.stderr);
    assert!(text.lines().any(|l| l.starts_with("main.sum STEXT")), "{text}");
    // as go build -gcflags=-S: the command-line package only
    let headers: Vec<&str> = text.lines().filter(|l| !l.starts_with(['\t', ' ', '#'])).collect();
    assert!(headers.iter().all(|l| l.starts_with("main.")), "{headers:?}");
    assert!(ssa.status.success());
    assert!(html.contains("<title>main.sum</title>"));
}

#[test]
fn dump_writes_one_file_per_main_package_function() {
    let d = dir("dump");
    let out = Command::new(env!("CARGO_BIN_EXE_mingo"))
        .current_dir(&d)
        .args(["build", "-gcflags=-d=ssa/prove/dump", "x.go"])
        .output()
        .unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&d)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".dump"))
        .collect();
    names.sort();
    let text = std::fs::read_to_string(d.join("sum_01__prove.dump")).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&d);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(names, ["init_01__prove.dump", "main_01__prove.dump", "sum_01__prove.dump"]);
    assert!(text.starts_with("func main.sum("), "{text}");
}
