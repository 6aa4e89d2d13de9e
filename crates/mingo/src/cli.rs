//! The go-command style command line, parsed with clap.
//!
//! Go's tools spell long flags with one dash (`-gcflags=-m`, `-pgo=auto`); clap wants
//! two. [`normalize`] rewrites the known long flags before clap sees them, so both
//! spellings work.

use clap::{Args, Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "mingo",
    about = "A miniature optimizing compiler for a subset of Go",
    disable_version_flag = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub cmd: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Compile a program (files or a directory) into a static executable.
    Build {
        #[command(flatten)]
        flags: BuildFlags,
        /// Output file (default: the first file's or the directory's base name).
        #[arg(short = 'o')]
        output: Option<String>,
        /// Go source files of package main, or one directory.
        #[arg(required = true)]
        inputs: Vec<String>,
    },
    /// Compile and run a program; the program's exit status is passed through.
    Run {
        #[command(flatten)]
        flags: BuildFlags,
        /// Go files (or one directory), then the program's arguments (optionally after `--`).
        #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Build variants of a program with different compiler flags, run each, print a table.
    Compare {
        /// Runs per variant (the median is reported).
        #[arg(long, default_value_t = 5)]
        runs: u32,
        /// An extra variant's compiler flags (repeatable), e.g. -flags '-l -B'.
        #[arg(long = "flags", allow_hyphen_values = true)]
        variants: Vec<String>,
        #[command(flatten)]
        flags: BuildFlags,
        #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run a compiler tool (`compile`).
    Tool {
        /// The tool name; only `compile` exists.
        tool: String,
        /// The tool's own flags and files, as `go tool compile` takes them.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print mingo's version.
    Version,
}

/// Flags shared by build, run and compare (the go command's "build flags").
#[derive(Args, Debug, Clone, Default)]
pub struct BuildFlags {
    /// Flags for the compiler, e.g. -gcflags='-m -l'.
    #[arg(long, allow_hyphen_values = true, default_value = "")]
    pub gcflags: String,
    /// Profile-guided optimization: a pprof CPU profile, `auto` or `off`.
    #[arg(long, default_value = "off")]
    pub pgo: String,
    /// Print the commands (link step) as they run.
    #[arg(short = 'x')]
    pub print_commands: bool,
}

/// Long flags that Go spells with a single dash.
const LONG_FLAGS: &[&str] = &["gcflags", "pgo", "runs", "flags"];

/// Rewrite `-gcflags=…`/`-gcflags …` to `--gcflags…` for the known long flags, up to
/// the first non-flag argument of `build`/`run`/`compare` (program arguments and the
/// tool's own arguments are left alone).
pub fn normalize(args: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len());
    let mut in_flags = true;
    let mut expect_value = false;
    for (i, a) in args.into_iter().enumerate() {
        if i <= 1 || !in_flags {
            out.push(a);
            continue;
        }
        if expect_value {
            expect_value = false;
            out.push(a);
            continue;
        }
        if a == "--" || !a.starts_with('-') {
            in_flags = false;
            out.push(a);
            continue;
        }
        let body = a.trim_start_matches('-');
        let name = body.split('=').next().unwrap_or("");
        if LONG_FLAGS.contains(&name) {
            expect_value = !body.contains('=');
            out.push(format!("--{body}"));
        } else {
            expect_value = a == "-o";
            out.push(a);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn go_style_long_flags() {
        assert_eq!(
            normalize(v(&["mingo", "build", "-gcflags=-m -l", "-o", "x", "a.go"])),
            v(&["mingo", "build", "--gcflags=-m -l", "-o", "x", "a.go"])
        );
        assert_eq!(
            normalize(v(&["mingo", "run", "-gcflags", "-m", "a.go", "-gcflags"])),
            v(&["mingo", "run", "--gcflags", "-m", "a.go", "-gcflags"])
        );
    }

    #[test]
    fn parses_build_and_run() {
        let cli = Cli::try_parse_from(normalize(v(&[
            "mingo",
            "build",
            "-gcflags=-m",
            "-x",
            "-o",
            "out",
            "a.go",
        ])))
        .unwrap();
        match cli.cmd {
            Command::Build { flags, output, inputs } => {
                assert_eq!(flags.gcflags, "-m");
                assert!(flags.print_commands);
                assert_eq!(output.as_deref(), Some("out"));
                assert_eq!(inputs, v(&["a.go"]));
            }
            c => panic!("parsed as {c:?}"),
        }
        let cli =
            Cli::try_parse_from(normalize(v(&["mingo", "run", "a.go", "--", "-x", "y"]))).unwrap();
        match cli.cmd {
            Command::Run { args, .. } => assert_eq!(args, v(&["a.go", "--", "-x", "y"])),
            c => panic!("parsed as {c:?}"),
        }
    }

    #[test]
    fn bad_flags_are_errors() {
        assert!(Cli::try_parse_from(normalize(v(&["mingo", "build", "-bogus", "a.go"]))).is_err());
        assert!(Cli::try_parse_from(v(&["mingo", "frobnicate"])).is_err());
    }
}
