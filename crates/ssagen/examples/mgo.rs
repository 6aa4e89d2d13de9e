//! A development driver: the compiler pipeline with the middle end
//! (inlining, escape analysis) in front of ssagen, then codegen and `ld` with
//! the runtime archive. `cargo run -p ssagen --example mgo -- [-l] [-N] [-B] [-noesc] [-S FUNC] FILE.go OUT`
//! (the runtime archive is taken from `MINGO_RT`).
use std::collections::{HashSet, VecDeque};
use syntax::{FileId, SourceFile};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut flag = |f: &str| {
        let n = args.len();
        args.retain(|a| a != f);
        n != args.len()
    };
    let no_inline = flag("-l");
    let no_opt = flag("-N");
    let no_bounds = flag("-B");
    let no_esc = flag("-noesc");
    let dump_ir = flag("-ir");
    let no_middle = flag("-nomiddle");
    let mut show = None;
    if let Some(i) = args.iter().position(|a| a == "-S") {
        show = Some(args[i + 1].clone());
        args.drain(i..i + 2);
    }
    let (path, out) = (&args[0], &args[1]);
    let mut files = vec![SourceFile {
        name: format!("./{}", path.rsplit('/').next().unwrap()),
        text: std::fs::read_to_string(path).unwrap(),
    }];
    let mut parsed = vec![];
    let (f, d) = syntax::parse_file(FileId(0), &files[0].text);
    if !d.is_empty() {
        eprintln!("{d:?}");
        std::process::exit(1);
    }
    let mut queue: VecDeque<String> = f.imports.iter().map(|i| i.path.clone()).collect();
    parsed.push(("main".to_string(), f));
    let mut seen = HashSet::new();
    while let Some(p) = queue.pop_front() {
        if p == "unsafe" || !seen.insert(p.clone()) {
            continue;
        }
        for (name, text) in std_go::package(&p).expect("bundled package") {
            let id = FileId(files.len() as u32);
            let (f, d) = syntax::parse_file(id, text);
            assert!(d.is_empty(), "{name}: {d:?}");
            files.push(SourceFile { name: name.to_string(), text: text.to_string() });
            queue.extend(f.imports.iter().map(|i| i.path.clone()));
            parsed.push((p.clone(), f));
        }
    }
    let names: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
    let mut pkgs: Vec<types::PackageFiles> = vec![];
    for (p, f) in &parsed {
        match pkgs.iter_mut().find(|x| &x.path == p) {
            Some(x) => x.files.push(f),
            None => pkgs.push(types::PackageFiles { path: p.clone(), files: vec![f] }),
        }
    }
    let (mut prog, d) = types::check_program(&types::Config { file_names: names.clone() }, &pkgs);
    if !d.is_empty() {
        eprintln!("{d:?}");
        std::process::exit(1);
    }
    let t0 = std::time::Instant::now();
    if !no_middle {
        let _ = middle::run(
            &mut prog,
            &middle::Options { m: 0, no_inline, file_names: names.clone(), all_packages: false },
        );
    }
    let t1 = std::time::Instant::now();
    if dump_ir {
        let mut s = String::new();
        types::print::dump_package(&prog, prog.main_pkg.unwrap(), &mut s);
        eprint!("{s}");
    }
    let opts = ssagen::Options { no_opt, no_bounds, escape_analysis: !no_esc };
    let (mut sp, d) = ssagen::build_program(&prog, &opts);
    let t2 = std::time::Instant::now();
    for x in &d {
        eprintln!(
            "{}:{}: {}",
            names.get(x.pos.file.0 as usize).map(|s| s.as_str()).unwrap_or("?"),
            x.pos,
            x.msg
        );
    }
    sp.files = names;
    if let Some(f) = &show {
        if let Some(func) = sp.func(f) {
            eprint!("{}", ssa::print_function(func, &sp.files));
        }
    }
    eprintln!(
        "middle {:?} ssagen {:?} ({} funcs, {} data)",
        t1 - t0,
        t2 - t1,
        sp.funcs.len(),
        sp.data.len()
    );
    let obj = match codegen::compile(
        &sp,
        &codegen::Options { optimize: !no_opt, goamd64: 1, listing: false, ..Default::default() },
    ) {
        Ok(o) => o,
        Err(d) => {
            for x in d.iter().take(10) {
                eprintln!("codegen: {}", x.msg);
            }
            std::process::exit(1);
        }
    };
    let objpath = format!("{out}.o");
    std::fs::write(&objpath, obj.bytes).unwrap();
    let rt = std::env::var("MINGO_RT").expect("MINGO_RT=path/to/libmingo_rt.a");
    let cmd = codegen::link_command(out, &[&objpath], &rt);
    let st = std::process::Command::new(&cmd[0]).args(&cmd[1..]).status().unwrap();
    std::process::exit(if st.success() { 0 } else { 1 });
}
