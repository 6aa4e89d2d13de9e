//! mingo: the command line. The only part of mingo that touches files, processes
//! and the terminal; everything else is in the pure pipeline (`driver`).

mod cli;
mod compare;
mod driver;
mod gcflags;
mod inputs;
mod link;
mod report;
mod runtime_lib;

use clap::Parser;
use cli::{BuildFlags, Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::normalize(std::env::args().collect());
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.cmd {
        Command::Version => {
            println!("mingo version v{} linux/amd64 (Go 1.19 subset)", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Build { flags, output, inputs } => cmd_build(&flags, output, &inputs),
        Command::Run { flags, args } => cmd_run(&flags, &args),
        Command::Compare { runs, variants, flags, args } => {
            compare::run(&flags, runs, &variants, &args)
        }
        Command::Tool { tool, args } => cmd_tool(&tool, &args),
    }
}

/// Compiler options from build flags and the environment (GOAMD64, GOSSAFUNC).
fn options(flags: &BuildFlags) -> Result<driver::Options, String> {
    let mut opts = driver::Options { goamd64: 1, ..Default::default() };
    let words = gcflags::split_words(&flags.gcflags).map_err(|e| e.0)?;
    gcflags::parse(&words, &mut opts.flags, false).map_err(|e| e.0)?;
    opts.goamd64 = goamd64()?;
    env_options(&mut opts);
    Ok(opts)
}

/// The options `build` and `tool compile` both take from the environment
/// (GOAMD64 is read separately: its error is reported differently).
fn env_options(opts: &mut driver::Options) {
    opts.ssafunc = std::env::var("GOSSAFUNC").ok().filter(|s| !s.is_empty());
    // MINGO_MIDDLE=0 skips the middle end (a debugging aid: no inlining, no
    // escape analysis, everything on the heap).
    opts.middle = std::env::var("MINGO_MIDDLE").map_or(true, |v| v != "0");
}

fn goamd64() -> Result<u8, String> {
    match std::env::var("GOAMD64").as_deref() {
        Err(_) | Ok("") | Ok("v1") => Ok(1),
        Ok("v2") => Ok(2),
        Ok("v3") => Ok(3),
        Ok("v4") => Ok(4),
        // the go command's message and exit status (2)
        Ok(_) => Err("go: invalid GOAMD64: must be v1, v2, v3, v4".to_string()),
    }
}

fn cmd_build(flags: &BuildFlags, output: Option<String>, inputs: &[String]) -> ExitCode {
    match build(flags, output, inputs) {
        Ok(_) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// Compile and link; on failure the error has been printed and the exit code is returned.
fn build(
    flags: &BuildFlags,
    output: Option<String>,
    inputs: &[String],
) -> Result<std::path::PathBuf, ExitCode> {
    let opts = options(flags).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(2)
    })?;
    let prog = inputs::load(inputs).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(1)
    })?;
    let out = compile(prog.files, &opts);
    let mut text = report::format(&out.diags, &out.files);
    if out.ssa_html.is_some() {
        text.push_str(&format!("dumped SSA to ./{SSA_HTML}\n"));
    }
    if !text.is_empty() || !out.listing.is_empty() {
        eprint!("# command-line-arguments\n{text}{}", out.listing);
    }
    if report::has_errors(&out.diags) {
        return Err(ExitCode::from(2));
    }
    let Some(object) = out.object else {
        eprintln!("# command-line-arguments\ninternal compiler error: no object produced");
        return Err(ExitCode::from(2));
    };
    let exe = match output {
        Some(o) => std::path::PathBuf::from(o),
        None => std::env::current_dir().unwrap_or_default().join(&prog.default_output),
    };
    if flags.print_commands {
        // the compile step ran in-process; -x shows the level it used
        eprintln!("# GOAMD64=v{}", opts.goamd64);
    }
    link::link(&object, &exe, flags.print_commands).map_err(|e| {
        eprintln!("# command-line-arguments\n{e}");
        ExitCode::from(2)
    })?;
    Ok(exe)
}

/// GOSSAFUNC's output file (gc's ssaDumpFile).
const SSA_HTML: &str = "ssa.html";

/// Run the pipeline; a panic anywhere in it is reported as an internal compiler
/// error instead of a Rust panic message (the compiler must never crash).
fn compile(files: Vec<syntax::SourceFile>, opts: &driver::Options) -> driver::Output {
    std::panic::set_hook(Box::new(|_| {}));
    let names: Vec<syntax::SourceFile> = files.clone();
    match std::panic::catch_unwind(|| driver::compile(files, opts)) {
        Ok(out) => {
            // -d=ssa/NAME/dump: one file per function and pass in the current
            // directory, named as gc names them (main_01__prove.dump).
            for (name, text) in &out.dumps {
                if let Err(e) = std::fs::write(name, text) {
                    eprintln!("mingo: writing {name}: {e}");
                }
            }
            // GOSSAFUNC: ssa.html in the current directory, as gc.
            if let Some(html) = &out.ssa_html
                && let Err(e) = std::fs::write(SSA_HTML, html)
            {
                eprintln!("mingo: writing {SSA_HTML}: {e}");
            }
            out
        }
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            driver::Output {
                files: names,
                diags: vec![syntax::Diagnostic::error(
                    syntax::Pos::NONE,
                    format!("internal compiler error: {msg}"),
                )],
                ..Default::default()
            }
        }
    }
}

fn cmd_run(flags: &BuildFlags, args: &[String]) -> ExitCode {
    // Files (or one directory) come first; the rest are the program's arguments.
    let mut split = args.iter().position(|a| !a.ends_with(".go")).unwrap_or(args.len());
    if split == 0 {
        split = 1; // a directory
    }
    let (inputs, mut rest) = args.split_at(split);
    if rest.first().map(String::as_str) == Some("--") {
        rest = &rest[1..];
    }
    let exe = match build(flags, None, inputs) {
        Ok(p) => p,
        Err(code) => return code,
    };
    match std::process::Command::new(&exe).args(rest).status() {
        Ok(st) => match st.code() {
            Some(c) => ExitCode::from(c as u8),
            None => {
                use std::os::unix::process::ExitStatusExt;
                ExitCode::from(128 + st.signal().unwrap_or(0) as u8)
            }
        },
        Err(e) => {
            eprintln!("mingo run: {}: {e}", exe.display());
            ExitCode::from(1)
        }
    }
}

fn cmd_tool(tool: &str, args: &[String]) -> ExitCode {
    if tool != "compile" {
        eprintln!("mingo tool: no such tool \"{tool}\"");
        return ExitCode::from(2);
    }
    let mut opts = driver::Options { goamd64: 1, ..Default::default() };
    env_options(&mut opts);
    let files = match gcflags::parse(args, &mut opts.flags, true) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{}\nusage: compile [options] file.go...", e.0);
            return ExitCode::from(2);
        }
    };
    if files.is_empty() {
        eprintln!("usage: compile [options] file.go...");
        return ExitCode::from(2);
    }
    match goamd64() {
        Ok(l) => opts.goamd64 = l,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    }
    let mut sources = Vec::new();
    for f in &files {
        match std::fs::read(f) {
            Ok(b) => sources.push(syntax::SourceFile {
                name: f.clone(),
                text: String::from_utf8_lossy(&b).into_owned(),
            }),
            Err(e) => {
                eprintln!("open {f}: {e}");
                return ExitCode::from(1);
            }
        }
    }
    let out = compile(sources, &opts);
    print!("{}", out.listing);
    if out.ssa_html.is_some() {
        println!("dumped SSA to ./{SSA_HTML}");
    }
    eprint!("{}", report::format(&out.diags, &out.files));
    if report::has_errors(&out.diags) {
        return ExitCode::from(1);
    }
    let obj_path = opts.flags.output.clone().unwrap_or_else(|| {
        let stem = std::path::Path::new(&files[0]).file_stem().and_then(|s| s.to_str());
        format!("{}.o", stem.unwrap_or("main"))
    });
    if let Some(obj) = out.object {
        if let Some(asm_path) = &opts.flags.asm {
            // -asm: the same object as GNU assembler source
            let header =
                format!("mingo tool compile, GOAMD64=v{}: {}", opts.goamd64, files.join(" "));
            match codegen::asm::object_to_asm(&obj, &header) {
                Ok(text) => {
                    if let Err(e) = std::fs::write(asm_path, text) {
                        eprintln!("write {asm_path}: {e}");
                        return ExitCode::from(1);
                    }
                }
                Err(e) => {
                    eprintln!("internal compiler error: -asm: {e}");
                    return ExitCode::from(1);
                }
            }
        }
        if let Err(e) = std::fs::write(&obj_path, obj) {
            eprintln!("write {obj_path}: {e}");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
