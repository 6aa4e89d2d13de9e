//! Source positions and diagnostics shared by every compiler crate.
//!
//! Positions are counted as gc counts them: lines from 1, columns from 1 in
//! *bytes* (a tab is one column, a multi-byte UTF-8 character is several).

use std::fmt;

/// Index of a source file in the compilation's file list (see [`SourceFile`]).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct FileId(pub u32);

/// A position in a source file. `line == 0` means "no position" (synthesized code).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct Pos {
    pub file: FileId,
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub const NONE: Pos = Pos { file: FileId(0), line: 0, col: 0 };

    pub fn new(file: FileId, line: u32, col: u32) -> Pos {
        Pos { file, line, col }
    }

    pub fn is_known(self) -> bool {
        self.line != 0
    }
}

/// One source file handed to the compiler. `name` is what diagnostics print
/// before `:LINE:COL` (the CLI passes `./hello.go`-style names for user files and
/// `$GOROOT`-style names such as `fmt/print.go` for bundled ones).
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// How serious a diagnostic is. gc prints errors only; `-m` output and debug
/// reports (`Proved IsInBounds`) are `Info` and never fail a build.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Severity {
    Error,
    Info,
}

/// A message tied to a position, printed by the CLI as `./file.go:LINE:COL: message`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Diagnostic {
    pub pos: Pos,
    pub severity: Severity,
    pub msg: String,
}

impl Diagnostic {
    pub fn error(pos: Pos, msg: impl Into<String>) -> Diagnostic {
        Diagnostic { pos, severity: Severity::Error, msg: msg.into() }
    }

    pub fn info(pos: Pos, msg: impl Into<String>) -> Diagnostic {
        Diagnostic { pos, severity: Severity::Info, msg: msg.into() }
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}
