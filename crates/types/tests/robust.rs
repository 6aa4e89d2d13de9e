//! Robustness: the checker must neither panic nor hang on broken programs.
//! Every test program is mutated many times at the AST level (expressions
//! replaced by Bad nodes or by other expressions of the same file,
//! statements deleted or duplicated, declarations dropped) and checked.

mod common;

use std::sync::mpsc;
use std::time::Duration;
use syntax::FileId;
use syntax::ast::*;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

fn walk_expr(e: &mut Expr, f: &mut dyn FnMut(&mut Expr)) {
    f(e);
    match &mut e.kind {
        ExprKind::Composite { typ, elems, .. } => {
            if let Some(t) = typ {
                walk_expr(t, f);
            }
            for el in elems {
                if let Some(k) = &mut el.key {
                    walk_expr(k, f);
                }
                walk_expr(&mut el.value, f);
            }
        }
        ExprKind::FuncLit { body, .. } => walk_block(body, f, &mut |_| {}),
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Tilde(x)
        | ExprKind::Dots(x)
        | ExprKind::SliceType(x) => walk_expr(x, f),
        ExprKind::Selector { x, .. }
        | ExprKind::TypeSwitchGuard { x }
        | ExprKind::Unary { x, .. } => walk_expr(x, f),
        ExprKind::Index { x, indices } => {
            walk_expr(x, f);
            indices.iter_mut().for_each(|i| walk_expr(i, f));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            walk_expr(x, f);
            for i in [lo, hi, max].into_iter().flatten() {
                walk_expr(i, f);
            }
        }
        ExprKind::Assert { x, typ } => {
            walk_expr(x, f);
            walk_expr(typ, f);
        }
        ExprKind::Call { fun, args, .. } => {
            walk_expr(fun, f);
            args.iter_mut().for_each(|a| walk_expr(a, f));
        }
        ExprKind::Binary { x, y, .. } => {
            walk_expr(x, f);
            walk_expr(y, f);
        }
        ExprKind::ArrayType { len, elem } => {
            if let ArrayLen::Expr(l) = len {
                walk_expr(l, f);
            }
            walk_expr(elem, f);
        }
        ExprKind::MapType { key, value } => {
            walk_expr(key, f);
            walk_expr(value, f);
        }
        ExprKind::ChanType { elem, .. } => walk_expr(elem, f),
        ExprKind::StructType(fields) => fields.iter_mut().for_each(|fl| walk_expr(&mut fl.typ, f)),
        _ => {}
    }
}

fn walk_block(b: &mut Block, f: &mut dyn FnMut(&mut Expr), g: &mut dyn FnMut(&mut Vec<Stmt>)) {
    g(&mut b.stmts);
    for s in &mut b.stmts {
        walk_stmt(s, f, g);
    }
}

fn walk_stmt(s: &mut Stmt, f: &mut dyn FnMut(&mut Expr), g: &mut dyn FnMut(&mut Vec<Stmt>)) {
    match &mut s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => walk_expr(e, f),
        StmtKind::Send { ch, value } => {
            walk_expr(ch, f);
            walk_expr(value, f);
        }
        StmtKind::IncDec { x, .. } => walk_expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter_mut().for_each(|e| walk_expr(e, f));
            rhs.iter_mut().for_each(|e| walk_expr(e, f));
        }
        StmtKind::Return(v) => v.iter_mut().for_each(|e| walk_expr(e, f)),
        StmtKind::Block(b) => walk_block(b, f, g),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                walk_stmt(i, f, g);
            }
            walk_expr(cond, f);
            walk_block(then, f, g);
            if let Some(e) = els {
                walk_stmt(e, f, g);
            }
        }
        StmtKind::For { init, cond, post, body } => {
            if let Some(i) = init {
                walk_stmt(i, f, g);
            }
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            if let Some(p) = post {
                walk_stmt(p, f, g);
            }
            walk_block(body, f, g);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            for e in [key, value].into_iter().flatten() {
                walk_expr(e, f);
            }
            walk_expr(x, f);
            walk_block(body, f, g);
        }
        StmtKind::Switch { init, tag, clauses, .. } => {
            if let Some(i) = init {
                walk_stmt(i, f, g);
            }
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            for c in clauses {
                if let Some(es) = &mut c.exprs {
                    es.iter_mut().for_each(|e| walk_expr(e, f));
                }
                g(&mut c.body);
                c.body.iter_mut().for_each(|s| walk_stmt(s, f, g));
            }
        }
        StmtKind::TypeSwitch { init, x, clauses, .. } => {
            if let Some(i) = init {
                walk_stmt(i, f, g);
            }
            walk_expr(x, f);
            for c in clauses {
                if let Some(es) = &mut c.exprs {
                    es.iter_mut().for_each(|e| walk_expr(e, f));
                }
                g(&mut c.body);
                c.body.iter_mut().for_each(|s| walk_stmt(s, f, g));
            }
        }
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f, g),
        StmtKind::Decl(d) => walk_decl(d, f, g),
        _ => {}
    }
}

fn walk_decl(d: &mut Decl, f: &mut dyn FnMut(&mut Expr), g: &mut dyn FnMut(&mut Vec<Stmt>)) {
    match d {
        Decl::Func(fd) => {
            if let Some(r) = &mut fd.recv {
                walk_expr(&mut r.typ, f);
            }
            for p in fd.sig.params.iter_mut().chain(fd.sig.results.iter_mut()) {
                walk_expr(&mut p.typ, f);
            }
            if let Some(b) = &mut fd.body {
                walk_block(b, f, g);
            }
        }
        Decl::Var(specs) => {
            for s in specs {
                if let Some(t) = &mut s.typ {
                    walk_expr(t, f);
                }
                s.values.iter_mut().for_each(|e| walk_expr(e, f));
            }
        }
        Decl::Const(specs) => {
            for s in specs {
                if let Some(t) = &mut s.typ {
                    walk_expr(t, f);
                }
                s.values.iter_mut().for_each(|e| walk_expr(e, f));
            }
        }
        Decl::Type(specs) => specs.iter_mut().for_each(|s| walk_expr(&mut s.typ, f)),
        Decl::Bad(_) => {}
    }
}

fn mutate(file: &mut File, rng: &mut Rng) {
    // collect a pool of expressions to transplant
    let mut pool: Vec<Expr> = vec![];
    for d in &mut file.decls {
        walk_decl(
            d,
            &mut |e| {
                if pool.len() < 400 {
                    pool.push(e.clone())
                }
            },
            &mut |_| {},
        );
    }
    let nmut = 1 + rng.below(3);
    for _ in 0..nmut {
        let mut count = 0usize;
        for d in &mut file.decls {
            walk_decl(d, &mut |_| count += 1, &mut |_| {});
        }
        let target = rng.below(count.max(1));
        let choice = rng.below(10);
        let repl = if pool.is_empty() { None } else { Some(pool[rng.below(pool.len())].clone()) };
        let mut i = 0usize;
        let mut stmt_target = rng.below(50);
        for d in &mut file.decls {
            walk_decl(
                d,
                &mut |e| {
                    if i == target {
                        match (choice, &repl) {
                            (0..=3, _) | (_, None) => e.kind = ExprKind::Bad,
                            (_, Some(r)) => *e = r.clone(),
                        }
                    }
                    i += 1;
                },
                &mut |stmts| {
                    if choice >= 8 && !stmts.is_empty() {
                        if stmt_target == 0 {
                            let k = rng_pick(stmts.len(), target);
                            if choice == 8 {
                                stmts.remove(k);
                            } else {
                                let s = stmts[k].clone();
                                stmts.insert(k, s);
                            }
                        }
                        stmt_target = stmt_target.wrapping_sub(1);
                    }
                },
            );
        }
    }
    if rng.below(8) == 0 && !file.decls.is_empty() {
        let k = rng.below(file.decls.len());
        file.decls.remove(k);
    }
}

fn rng_pick(n: usize, salt: usize) -> usize {
    salt % n
}

fn main() {
    let root = common::repo_root();
    let mut files = vec![];
    for dir in ["tests/typecheck", "tests/errorcheck"] {
        if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
            for e in rd.flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "go") {
                    files.push(p);
                }
            }
        }
    }
    files.sort();
    let iters: usize =
        std::env::var("ROBUST_ITERS").ok().and_then(|s| s.parse().ok()).unwrap_or(150);
    let mut failures = 0;
    let mut total = 0;
    for p in &files {
        let src = std::fs::read_to_string(p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let (file, d) = common::parse(FileId(0), &src);
        if !d.is_empty() {
            continue;
        }
        for seed in 0..iters {
            let mut rng =
                Rng(0x9E3779B97F4A7C15 ^ ((seed as u64 + 1) * 0x1000193) ^ name.len() as u64);
            let mut f = file.clone();
            mutate(&mut f, &mut rng);
            total += 1;
            let (tx, rx) = mpsc::channel();
            let fc = f.clone();
            let handle = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || {
                    let r = std::panic::catch_unwind(|| {
                        let cfg = types::Config { file_names: vec!["./x.go".into()] };
                        let pkgs =
                            vec![types::PackageFiles { path: "main".into(), files: vec![&fc] }];
                        let _ = types::check_program(&cfg, &pkgs);
                    });
                    let _ = tx.send(r.is_ok());
                })
                .unwrap();
            match rx.recv_timeout(Duration::from_secs(10)) {
                Ok(true) => {
                    let _ = handle.join();
                }
                Ok(false) => {
                    failures += 1;
                    eprintln!("PANIC: {} seed {}", name, seed);
                }
                Err(_) => {
                    eprintln!("HANG: {} seed {}", name, seed);
                    std::process::exit(1);
                }
            }
        }
    }
    // source-level mutants: line swaps/duplications/deletions and identifier
    // replacements that still parse
    let mut parsed = 0;
    for p in &files {
        let src = std::fs::read_to_string(p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let lines: Vec<&str> = src.lines().collect();
        let idents: Vec<&str> = src
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty() && w.chars().next().unwrap().is_alphabetic())
            .collect();
        for seed in 0..iters * 2 {
            let mut rng =
                Rng(0xD1B54A32D192ED03 ^ ((seed as u64 + 7) * 0x100000001B3) ^ name.len() as u64);
            let mut ls: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            for _ in 0..1 + rng.below(3) {
                if ls.is_empty() {
                    break;
                }
                let i = rng.below(ls.len());
                match rng.below(5) {
                    0 => {
                        ls.remove(i);
                    }
                    1 => {
                        let l = ls[i].clone();
                        ls.insert(i, l);
                    }
                    2 => {
                        let j = rng.below(ls.len());
                        ls.swap(i, j);
                    }
                    _ => {
                        if !idents.is_empty() {
                            let from = idents[rng.below(idents.len())];
                            let to = idents[rng.below(idents.len())];
                            ls[i] = ls[i].replacen(from, to, 1);
                        }
                    }
                }
            }
            let text = ls.join("\n");
            let (f, d) = common::parse(FileId(0), &text);
            if !d.is_empty() {
                continue;
            }
            parsed += 1;
            total += 1;
            let (tx, rx) = mpsc::channel();
            let handle = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || {
                    let r = std::panic::catch_unwind(|| {
                        let cfg = types::Config { file_names: vec!["./x.go".into()] };
                        let pkgs =
                            vec![types::PackageFiles { path: "main".into(), files: vec![&f] }];
                        let _ = types::check_program(&cfg, &pkgs);
                    });
                    let _ = tx.send(r.is_ok());
                })
                .unwrap();
            match rx.recv_timeout(Duration::from_secs(10)) {
                Ok(true) => {
                    let _ = handle.join();
                }
                Ok(false) => {
                    failures += 1;
                    eprintln!("PANIC: {} source seed {}\n{}", name, seed, text);
                }
                Err(_) => {
                    eprintln!("HANG: {} source seed {}", name, seed);
                    std::process::exit(1);
                }
            }
        }
    }
    println!("{} mutants checked ({} source-level), {} failures", total, parsed, failures);
    if failures > 0 {
        std::process::exit(1);
    }
}
