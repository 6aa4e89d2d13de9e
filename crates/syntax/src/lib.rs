//! Go source → AST. A logos lexer with automatic semicolon insertion and a
//! lalrpop grammar; every node carries gc's position. Pure: no I/O.

pub mod ast;
pub mod pos;

pub use pos::{Diagnostic, FileId, Pos, Severity, SourceFile};
