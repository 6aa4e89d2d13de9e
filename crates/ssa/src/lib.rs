//! mingo's SSA intermediate representation: the optimizer's IR, between the
//! typed tree IR and Cranelift.
//!
//! # Shape
//! A [`Function`] is a set of blocks in a layout order (the first is the entry).
//! Each block has *parameters* (Cranelift-style, instead of phis), a list of
//! operation values in execution order, and a [`Term`]inator (`Plain`/jump, `If`,
//! `Switch`, `Ret`, `Exit`). Jumps pass arguments to the target's parameters.
//! Values, blocks and stack slots are dense u32 ids ([`Value`] `v12`, [`Block`]
//! `b3`, [`Slot`] `ss0`) in `PrimaryMap`s; deleted values stay in the map as
//! [`ValueDef::Dead`] so ids never shift.
//!
//! A value has an [`Op`], a scalar [`Type`], arguments, an integer auxiliary
//! (`aux_int`: constant, offset, size, projection index), an [`Aux`] (symbol,
//! slot, or callee + signature) and a source position. Every terminator has a
//! position too. Only scalars exist: strings, slices, interfaces and small
//! structs are decomposed by the builder into pointer/length/capacity (tab/data)
//! values, so passes see `len(s)` as a value.
//!
//! # Invariants (checked by [`verify_function`])
//! * Every block of the layout is terminated; jump arguments match the target's
//!   parameters in number and type; the entry's parameters are the signature's
//!   parameters and nothing jumps to the entry.
//! * Every use is dominated by its definition (block parameters are defined at
//!   the top of their block); unreachable blocks are allowed until dead code runs.
//! * Types follow each op's rule (verify.rs); integer constants are stored
//!   sign-extended from their width (`Const <i8> [-1]`).
//! * An `Exit` block ends with a call whose signature is `noreturn`.
//!
//! # Memory and effect ordering
//! There is no memory value. Ops are either pure or *ordered*
//! ([`Effect::is_ordered`]: loads, stores, `Zero`/`Move`, `NilCheck`, calls).
//! Ordered values keep their relative order inside their block and never move to
//! another block: the block's `insts` order *is* the memory order, as in
//! Cranelift. Pure values may be moved, merged (CSE) or deleted freely as long as
//! dominance holds, except `PureGuarded` ones (integer division), which must not
//! be hoisted above the checks that guard them. Passes that need memory
//! versions (load CSE, dead-store elimination) number the ordered values of a
//! block and treat block entry as "unknown memory"; stack slots whose address
//! never escapes (`SlotAddr` used only as the address of loads and stores) are
//! disjoint from every other memory, which is what DSE and escape-driven stack
//! allocation rely on.
//!
//! # Checks and panics
//! Bounds checks (`IsInBounds`, `IsSliceInBounds`), nil checks (`NilCheck`, or
//! `IsNonNil` + `If`), division by zero and negative shift counts are explicit
//! values and branches to cold `Exit` blocks calling `runtime.panic*` (see
//! [`FuncBuilder::check`]), so prove and nilcheckelim can delete them. `Div`/`Mod`
//! assume a non-zero divisor and give Go's results for `MinInt / -1`.
//!
//! # Calls
//! Signatures are over scalars in docs/abi.md §1's flattened order. A call with
//! one result has that type, with none `Void`, with more `Tuple` read by `Proj`.
//! Results that do not fit in registers are lowered to the hidden result pointer
//! by codegen, not here. Closure contexts are explicit first arguments.

pub mod build;
pub mod cfg;
pub mod dom;
pub mod entity;
pub mod func;
pub mod html;
pub mod interp;
pub mod loops;
pub mod mutate;
pub mod op;
pub mod parse;
pub mod passes;
pub mod print;
pub mod program;
pub mod types;
pub mod value;
pub mod verify;

pub use build::FuncBuilder;
pub use entity::{Block, Slot, Value};
pub use func::{BlockCall, BlockData, Function, SlotData, Term};
pub use op::{AuxIntKind, Effect, Op};
pub use parse::{ParseError, parse_program};
pub use print::{print_function, print_program};
pub use program::{DataObject, Program, Reloc};
pub use types::Type;
pub use value::{Aux, CallAux, Signature, ValueData, ValueDef};
pub use verify::{VerifyError, verify_function, verify_program};
