//! Go source → AST. A logos lexer with automatic semicolon insertion and a
//! lalrpop grammar; every node carries gc's position. Pure: no I/O.
//!
//! # API
//!
//! [`parse_file`]`(file, src) -> (ast::File, Vec<Diagnostic>)` parses one
//! file. It always returns a `File`: parsing recovers at statement and
//! declaration level (lalrpop's `!`), and the parts that failed become
//! `Bad` nodes. Diagnostics come in source order:
//!
//! * lexical errors in gc 1.19's wording without prefix (`invalid character
//!   U+0040 '@'`, `'_' must separate successive digits`, `newline in string`…);
//! * syntax errors as gc 1.19 prints them (`syntax error: unexpected newline,
//!   expecting comma or )` is `… in argument list; possibly missing comma or )`
//!   in 1.19, `non-declaration statement outside function body`, `missing {
//!   after if clause`…), at most one per line like gc, none at EOF after a
//!   first error, nothing after an error in the package clause;
//! * the few non-syntax errors gc's parser reports (`method has no
//!   receiver`, `expression in defer must be function call`, `final index
//!   required in 3-index slice`…).
//!
//! The first diagnostic of a file is gc's first one (position and text); the
//! ones after it follow gc's where the recovery strategies agree. Branch
//! errors (labels, break/continue placement) are left to the type checker.
//!
//! [`lexer::lex`] is the token stream on its own; [`print`] prints
//! expressions and statements as gc's `syntax.String` does (for messages).
//!
//! # Structure
//!
//! * `lexer.rs`: logos tokens, positions, semicolon insertion, literal
//!   decoding/validation, `//go:` directives, and the one decision the LR(1)
//!   grammar cannot make (`type T[P *C]`: array length or type parameters).
//! * `grammar.lalrpop`: the grammar (comments explain the ambiguity
//!   resolutions: types as expressions, the "no composite literal" variant
//!   for statement headers, parameter lists decided in actions).
//! * `actions.rs`: node constructors and gc's in-parser checks.
//! * `errors.rs`: maps an LR error (unexpected token + expected terminals,
//!   with phantom terminals marking gc's contexts) to gc's message.
//! * `parser.rs`: `parse_file`, nesting limits, diagnostic ordering.
//!
//! # Limits
//!
//! Nesting is limited so that recursive consumers (and `Drop`) cannot
//! overflow the stack: [`MAX_NESTING`] brackets/unary operators and
//! [`MAX_CHAIN`] binary operators in one expression; beyond that the file is
//! cut and `exceeded max nesting depth` reported. All of GOROOT/src parses
//! within these limits.
//!
//! # Known differences from gc
//!
//! * `//line` directives are not applied to positions.
//! * `misplaced compiler directive` is not reported; directives are attached
//!   to the declaration that follows them.
//! * A few rare syntax errors get a different first message than gc's:
//!   generic methods in interfaces, `[]func()` conversions, some errors
//!   inside composite literals that gc recovers from differently.

mod actions;
pub mod ast;
mod errors;
pub mod lexer;
mod parser;
pub mod pos;
pub mod print;

pub use parser::{MAX_CHAIN, MAX_NESTING, lr_error_details, parse_file};
pub use pos::{Diagnostic, FileId, Pos, Severity, SourceFile};
