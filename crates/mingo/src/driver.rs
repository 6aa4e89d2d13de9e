//! The compilation pipeline as a pure function: sources in, object code, listing
//! and diagnostics out. No file system, no processes, no printing.
//!
//! parse → typecheck → (middle: devirtualize, inline, escape) → SSA → codegen.

use crate::gcflags::CompilerFlags;
use syntax::{Diagnostic, FileId, Pos, SourceFile};

/// Everything that selects how a program is compiled.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub flags: CompilerFlags,
    /// GOAMD64 level, 1..=4.
    pub goamd64: u8,
    /// GOSSAFUNC: the function whose SSA is written to ssa.html.
    pub ssafunc: Option<String>,
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
}

pub fn compile(user_files: Vec<SourceFile>, _opts: &Options) -> Output {
    let mut out = Output { files: user_files, ..Output::default() };
    out.diags.push(Diagnostic::error(
        Pos::new(FileId(0), 0, 0),
        "code generation is not implemented yet",
    ));
    out
}
