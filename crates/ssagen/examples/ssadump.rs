//! Prints the SSA of a Go file (checked with the stand-in parser and the fake
//! standard library of the tests): `cargo run -p ssagen --example ssadump -- FILE.go [-N] [-B] [FUNC]`
#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("usage: ssadump FILE.go [-N] [-B] [FUNC]");
    let src = std::fs::read_to_string(path).unwrap();
    let mut opts = ssagen::Options::default();
    let mut only = None;
    for a in &args[1..] {
        match a.as_str() {
            "-N" => opts.no_opt = true,
            "-B" => opts.no_bounds = true,
            "-E" => opts.escape_analysis = true,
            f => only = Some(f.to_string()),
        }
    }
    let prog = match common::check(&src, &common::fakestd()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let (mut p, diags) = ssagen::build_program(&prog, &opts);
    for d in &diags {
        eprintln!("{}: {}", d.pos, d.msg);
    }
    p.files = vec!["prog.go".into()];
    if let Err(errs) = ssa::verify_program(&p) {
        for e in errs {
            eprintln!("verify: {e}");
        }
    }
    match only {
        Some(f) => match p.func(&f) {
            Some(func) => print!("{}", ssa::print_function(func, &p.files)),
            None => eprintln!("no function {f}"),
        },
        None => print!("{}", ssa::print_program(&p)),
    }
}
