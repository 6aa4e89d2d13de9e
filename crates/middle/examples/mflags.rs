//! Prints what `-gcflags=-m` (or `-m=2`, `-l`) prints for a Go program, parsed
//! with the stand-in parser and checked with the bundled library:
//! `cargo run -p middle --example mflags -- [-m=2] [-l] FILE.go...`
#[path = "../tests/support/mod.rs"]
mod support;

fn main() {
    let mut m = 1;
    let mut no_inline = false;
    let mut all = false;
    let mut files = vec![];
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "-m" => m = 1,
            "-m=2" | "-m -m" => m = 2,
            "-m=0" => m = 0,
            "-l" => no_inline = true,
            "-all" => all = true,
            _ => files.push(a),
        }
    }
    let mut srcs = vec![];
    for f in &files {
        let name = std::path::Path::new(f).file_name().unwrap().to_string_lossy().to_string();
        srcs.push((name, std::fs::read_to_string(f).expect("read")));
    }
    match support::load(&srcs) {
        Err(errs) => {
            for e in errs {
                println!("{}", e);
            }
            std::process::exit(2);
        }
        Ok(mut l) => {
            for line in support::run_m_all(&mut l, m, no_inline, all) {
                println!("{}", line);
            }
        }
    }
}
