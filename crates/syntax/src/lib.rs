//! Go source → AST. A logos lexer with automatic semicolon insertion and a
//! lalrpop grammar; every node carries gc's position. Pure: no I/O.
//!
//! Entry point: [`parse_file`]. Syntax errors are reported in gc 1.19's
//! wording and at gc's positions; parsing recovers at declaration and
//! statement level, so a file with errors still yields a `File` whose broken
//! parts are `Bad` nodes.

mod actions;
pub mod ast;
mod errors;
pub mod lexer;
mod parser;
pub mod pos;
pub mod print;

pub use parser::{MAX_CHAIN, MAX_NESTING, lr_error_details, parse_file};
pub use pos::{Diagnostic, FileId, Pos, Severity, SourceFile};
