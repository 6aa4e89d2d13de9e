//! Prints the diagnostics or the typed IR of a Go file (checked with the
//! stand-in parser and the fake standard library of the tests):
//! `cargo run -p types --example typedump -- FILE.go`
#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let path = std::env::args().nth(1).expect("usage: typedump FILE.go");
    let src = std::fs::read_to_string(&path).unwrap();
    let name = std::path::Path::new(&path).file_name().unwrap().to_string_lossy().to_string();
    let c = common::check_source(&name, &src);
    for l in &c.lines {
        println!("{}", l);
    }
    if c.lines.is_empty() {
        if let Some(p) = &c.program {
            let main = p.main_pkg.unwrap();
            let mut out = String::new();
            types::print::dump_package(p, main, &mut out);
            print!("{}", out);
        }
    }
}
