//! The type checker and the typed tree IR.
//!
//! [`check_program`] checks a set of packages (the user's `main` package and
//! the bundled packages it imports) and produces a [`Program`]: the typed tree
//! IR described in [`ir`], with the program-wide [`TypeTable`]. Diagnostics
//! use gc 1.19's (types2's) wording and positions. See docs/architecture.md.

pub mod arena;
pub mod check;
pub mod constant;
pub mod ir;
pub mod methodset;
pub mod print;
pub mod types;
pub mod visit;

pub use check::{BuiltinId, Config, PackageFiles, check_program};
pub use constant::ConstValue;
pub use ir::*;
pub use types::{BasicKind, TypeId, TypeKind, TypeTable};
