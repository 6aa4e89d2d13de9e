//! The compilation pipeline as a pure function: sources in, object code, listing
//! and diagnostics out. No file system, no processes, no printing.
//!
//! parse → load bundled packages → typecheck → middle end (inlining,
//! devirtualization, escape analysis; `-m`) → SSA construction → SSA passes
//! (`-d=ssa/...`) → codegen.

use crate::gcflags::CompilerFlags;
use std::collections::{HashSet, VecDeque};
use syntax::{Diagnostic, FileId, Pos, SourceFile, ast};

/// Everything that selects how a program is compiled.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub flags: CompilerFlags,
    /// GOAMD64 level, 1..=4.
    pub goamd64: u8,
    /// GOSSAFUNC: the function whose SSA is written to ssa.html.
    pub ssafunc: Option<String>,
    /// Run the middle end (inlining, devirtualization, escape analysis).
    pub middle: bool,
}

/// What a compilation produced. `files` holds every source compiled (the user's
/// first, then the bundled packages'), so `Pos::file` indexes it.
#[derive(Default)]
pub struct Output {
    pub files: Vec<SourceFile>,
    /// Errors, and with -m / -d debug settings, informational lines.
    pub diags: Vec<Diagnostic>,
    /// The relocatable object, when there were no errors.
    pub object: Option<Vec<u8>>,
    /// `-S` listing text.
    pub listing: String,
    /// GOSSAFUNC's ssa.html.
    pub ssa_html: Option<String>,
    /// `-d=ssa/NAME/dump=FUNC` outputs: (file name as gc names it, text).
    pub dumps: Vec<(String, String)>,
}

fn parse(file: FileId, src: &str) -> (ast::File, Vec<Diagnostic>) {
    syntax::parse_file(file, src)
}

/// Compile the user's package `main` (its files) with the bundled packages it imports.
pub fn compile(user_files: Vec<SourceFile>, opts: &Options) -> Output {
    let mut out = Output { files: user_files, ..Output::default() };
    let n_user = out.files.len();

    // Parse the user's files, then every bundled package they (transitively) import.
    let mut parsed: Vec<(String, ast::File)> = Vec::new();
    for i in 0..n_user {
        let (f, d) = parse(FileId(i as u32), &out.files[i].text);
        out.diags.extend(d);
        parsed.push(("main".to_string(), f));
    }
    if crate::report::has_errors(&out.diags) {
        return out;
    }
    let mut queue: VecDeque<(String, FileId, Pos)> = VecDeque::new();
    let mut seen: HashSet<String> = HashSet::new();
    let enqueue = |f: &ast::File, queue: &mut VecDeque<(String, FileId, Pos)>| {
        for imp in &f.imports {
            queue.push_back((imp.path.clone(), imp.path_pos.file, imp.path_pos));
        }
    };
    for (_, f) in &parsed {
        enqueue(f, &mut queue);
    }
    while let Some((path, _, pos)) = queue.pop_front() {
        if path == "unsafe" || !seen.insert(path.clone()) {
            continue;
        }
        let Some(files) = std_go::package(&path) else {
            out.diags.push(Diagnostic::error(
                pos,
                format!("package {path} is not in GOROOT (mingo bundles only: {})", bundled_list()),
            ));
            continue;
        };
        for (name, text) in files {
            let id = FileId(out.files.len() as u32);
            let (f, d) = parse(id, text);
            out.diags.extend(d);
            out.files.push(SourceFile { name: name.to_string(), text: text.to_string() });
            enqueue(&f, &mut queue);
            parsed.push((path.clone(), f));
        }
    }
    if crate::report::has_errors(&out.diags) {
        return out;
    }

    // Type check.
    let names: Vec<String> = out.files.iter().map(|f| f.name.clone()).collect();
    let mut pkgs: Vec<types::PackageFiles> = Vec::new();
    for (path, f) in &parsed {
        match pkgs.iter_mut().find(|p| &p.path == path) {
            Some(p) => p.files.push(f),
            None => pkgs.push(types::PackageFiles { path: path.clone(), files: vec![f] }),
        }
    }
    let (prog, d) = types::check_program(&types::Config { file_names: names.clone() }, &pkgs);
    out.diags.extend(d);
    if crate::report::has_errors(&out.diags) {
        return out;
    }

    // SSA passes configuration (checked before any work: a bad -d is a flag error).
    // The verifier runs after every pass in debug builds of mingo (so in every
    // test), and with -d=ssa/check/on in release builds.
    let mut pass_cfg = ssa::passes::PassConfig {
        no_opt: opts.flags.no_opt,
        check: cfg!(debug_assertions),
        ..Default::default()
    };
    for item in opts.flags.debug.iter().filter(|d| d.starts_with("ssa/")) {
        if let Err(e) = pass_cfg.apply(item) {
            out.diags.push(Diagnostic::error(Pos::NONE, e));
            return out;
        }
    }

    // Middle end: inlining, devirtualization, escape analysis (-m diagnostics).
    let mut prog = prog;
    let flags = &opts.flags;
    let mid_opts = middle::Options {
        m: flags.m,
        no_inline: flags.no_inline,
        file_names: names.clone(),
        all_packages: false,
    };
    // On by default; `opts.middle = false` (MINGO_MIDDLE=0) skips it.
    let d = if opts.middle { middle::run(&mut prog, &mid_opts) } else { vec![] };
    out.diags.extend(d);
    if crate::report::has_errors(&out.diags) {
        return out;
    }

    // SSA construction.
    let ssa_opts = ssagen::Options {
        no_opt: flags.no_opt,
        no_bounds: flags.no_bounds,
        escape_analysis: opts.middle,
    };
    let (mut sprog, d) = ssagen::build_program(&prog, &ssa_opts);
    out.diags.extend(d);
    if crate::report::has_errors(&out.diags) {
        return out;
    }
    sprog.files = names;

    // SSA passes.
    pass_cfg.files = sprog.files.clone();
    let mut ssa_rec = None;
    let po = match &opts.ssafunc {
        None => ssa::passes::run_program(&mut sprog, &pass_cfg),
        Some(want) => {
            // GOSSAFUNC: the first function of the user's package with that name.
            let user = |f: &ssa::Function| (f.pos.file.0 as usize) < n_user;
            let (po, rec) = ssa::html::run_program_recording(&mut sprog, &pass_cfg, want, &user);
            ssa_rec = rec;
            po
        }
    };
    // ssa.html without machine code until codegen has run (its errors return early)
    let ssa_html = |rec: &ssa::html::Recording, files: &[SourceFile]| {
        let file = &files[rec.pos.file.0 as usize];
        rec.to_html(&file.name, &file.text)
    };
    out.ssa_html = ssa_rec.as_ref().map(|r| ssa_html(r, &out.files));
    // Debug reports (-d=ssa/prove/debug=1 …) are about the package being
    // compiled, as gc compiles one package at a time: not the bundled ones.
    out.diags.extend(
        po.diags
            .into_iter()
            .filter(|d| d.severity == syntax::Severity::Error || (d.pos.file.0 as usize) < n_user),
    );
    if flags.m == 0 {
        // gc prints its reports sorted by position, identical lines once
        // (base.FlushErrors); -m flushes each one as it is made.
        out.diags.sort_by_key(|d| d.pos);
        out.diags.dedup_by(|a, b| a.pos == b.pos && a.msg == b.msg && a.severity == b.severity);
    }
    let mut seq: std::collections::HashMap<String, u32> = Default::default();
    // as `go build -gcflags`, only the command-line package's functions
    for d in po.dumps.into_iter().filter(|d| d.func.starts_with("main.")) {
        let short = d.func.split_once('.').map(|(_, s)| s).unwrap_or(&d.func).replace('/', "_");
        let n = seq.entry(short.clone()).or_insert(0);
        *n += 1;
        let fname = format!("{}_{:02}__{}.dump", short, n, d.pass.replace(' ', "_"));
        out.dumps.push((fname, d.text));
    }
    if crate::report::has_errors(&out.diags) {
        return out;
    }

    // Machine code.
    let cg_opts = codegen::Options {
        optimize: !flags.no_opt,
        goamd64: opts.goamd64,
        listing: flags.listing || ssa_rec.is_some(),
        // tracebacks print absolute paths, as Go's
        file_paths: codegen::pcln::file_paths(
            &sprog.files,
            n_user,
            std::env::current_dir().ok().as_deref().and_then(|d| d.to_str()),
        ),
    };
    match codegen::compile(&sprog, &cg_opts) {
        Ok(obj) => {
            let listing = obj.listing.unwrap_or_default();
            if let Some(mut r) = ssa_rec {
                // ssa.html's last column: the function's machine code (gc's genssa)
                r.asm = ssa::html::listing_section(&listing, &r.func);
                out.ssa_html = Some(ssa_html(&r, &out.files));
            }
            if flags.listing {
                out.listing = main_package_listing(&listing);
            }
            out.object = Some(obj.bytes);
        }
        Err(d) => out.diags.extend(d),
    }
    out
}

fn bundled_list() -> String {
    std_go::packages().join(", ")
}

/// The `-S` listing of the command-line package only, as `go build
/// -gcflags=-S` prints it: the `main.*` symbols (the bundled library is
/// compiled with the program but listed only by `tool compile -asm`).
fn main_package_listing(listing: &str) -> String {
    let mut out = String::new();
    let mut keep = true;
    for line in listing.split_inclusive('\n') {
        if !line.starts_with('\t') && !line.starts_with(' ') {
            keep = line.starts_with("main.");
        }
        if keep {
            out.push_str(line);
        }
    }
    out
}
