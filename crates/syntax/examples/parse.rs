//! `cargo run -p syntax --example parse -- [--dump] FILE.go...`: parses files
//! and prints diagnostics in gc's layout (and the AST with --dump).

fn main() {
    let mut dump = false;
    let mut lr = false;
    let mut status = 0;
    for arg in std::env::args().skip(1) {
        if arg == "--dump" {
            dump = true;
            continue;
        }
        if arg == "--lr" {
            lr = true;
            continue;
        }
        let src = match std::fs::read(&arg) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("{arg}: {e}");
                status = 1;
                continue;
            }
        };
        let (file, diags) = syntax::parse_file(syntax::FileId(0), &src);
        if lr {
            for (p, t, e) in syntax::lr_error_details(&src) {
                println!("LR {p} unexpected {t}: {}", e.join(" "));
            }
        }
        if dump {
            println!("{file:#?}");
        }
        for d in &diags {
            println!("{}:{}:{}: {}", arg, d.pos.line, d.pos.col, d.msg);
        }
        if !diags.is_empty() {
            status = 1;
        }
    }
    std::process::exit(status);
}
