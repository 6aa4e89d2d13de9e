//! `cargo run --release -p syntax --example speed -- FILES...`: lexing and
//! parsing throughput (all files read first).
use std::time::Instant;

fn main() {
    let srcs: Vec<String> = std::env::args()
        .skip(1)
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    let bytes: usize = srcs.iter().map(|s| s.len()).sum();
    let t = Instant::now();
    let mut ntok = 0;
    for s in &srcs {
        ntok += syntax::lexer::lex(syntax::FileId(0), s).toks.len();
    }
    let lex = t.elapsed();
    let t = Instant::now();
    for s in &srcs {
        let _ = syntax::parse_file(syntax::FileId(0), s);
    }
    let all = t.elapsed();
    let mb = bytes as f64 / 1e6;
    println!("{} files, {:.1} MB, {} tokens", srcs.len(), mb, ntok);
    println!("lex:   {:?} ({:.1} MB/s)", lex, mb / lex.as_secs_f64());
    println!("parse: {:?} ({:.1} MB/s, lexing included)", all, mb / all.as_secs_f64());
}
