//! Values: op, type, arguments, auxiliary fields, position, and where they live.

use crate::{Block, Op, Slot, Type, Value};
use syntax::Pos;

/// A call signature over scalar types (docs/abi.md §1 flattened form).
///
/// Results are listed as the Go function returns them, however many: when they
/// do not fit in registers (more than 2 integer-like or 2 float results) codegen
/// adds the hidden result pointer itself. A closure context is *not* implicit:
/// the builder passes it as an ordinary first `Ptr` parameter.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Signature {
    pub params: Vec<Type>,
    pub results: Vec<Type>,
    /// The callee never returns (runtime panics, `os.Exit`).
    pub noreturn: bool,
}

impl Signature {
    pub fn new(params: Vec<Type>, results: Vec<Type>) -> Signature {
        Signature { params, results, noreturn: false }
    }

    /// The type a call with this signature produces: Void, the single result, or Tuple.
    pub fn call_type(&self) -> Type {
        match self.results.len() {
            0 => Type::Void,
            1 => self.results[0],
            _ => Type::Tuple,
        }
    }
}

/// What a call calls: a symbol (`Call`) or the first argument (`CallInd`).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct CallAux {
    pub callee: Option<String>,
    pub sig: Signature,
}

/// The non-integer auxiliary field (printed as `{..}`).
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub enum Aux {
    #[default]
    None,
    /// A symbol name (`SymAddr`).
    Sym(String),
    /// A stack slot (`SlotAddr`).
    Slot(Slot),
    /// Callee and signature (`Call`, `CallInd`).
    Call(Box<CallAux>),
}

/// Where a value is defined.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ValueDef {
    /// The result of an operation listed in this block's `insts`.
    Inst(Block),
    /// The `n`th parameter of this block. Its `op`/`args` are meaningless
    /// (`Copy` with no arguments): look at `def`, not `op`, to find parameters.
    Param(Block, u32),
    /// Deleted (or a gap left by the text parser); must not be used.
    Dead,
}

#[derive(Clone, Debug)]
pub struct ValueData {
    pub op: Op,
    pub ty: Type,
    pub args: Vec<Value>,
    pub aux_int: i64,
    pub aux: Aux,
    pub pos: Pos,
    pub def: ValueDef,
    /// A fact the producer asserts (LLVM's range metadata): whenever this value
    /// is computed, it is ≥ 0 as a signed integer. The builder sets it on the
    /// lengths and capacities of slices and strings it reads (parameters,
    /// loads, call results), which Go guarantees non-negative; prove relies on
    /// it (gc knows it from `SliceLen`/`StringLen`). Printed as ` nonneg`.
    /// Passes keep it only on the value it was set on: a value replaced by an
    /// equal one (CSE, copy elimination) does not pass the flag on, because
    /// the replacement may be computed earlier, before the checks that made
    /// the fact true.
    pub nonneg: bool,
}

impl ValueData {
    pub fn new(op: Op, ty: Type, args: Vec<Value>) -> ValueData {
        ValueData {
            op,
            ty,
            args,
            aux_int: 0,
            aux: Aux::None,
            pos: Pos::NONE,
            def: ValueDef::Dead,
            nonneg: false,
        }
    }

    pub fn block(&self) -> Option<Block> {
        match self.def {
            ValueDef::Inst(b) | ValueDef::Param(b, _) => Some(b),
            ValueDef::Dead => None,
        }
    }

    pub fn is_param(&self) -> bool {
        matches!(self.def, ValueDef::Param(..))
    }

    pub fn call_aux(&self) -> Option<&CallAux> {
        match &self.aux {
            Aux::Call(c) => Some(c),
            _ => None,
        }
    }

    pub fn sym(&self) -> Option<&str> {
        match &self.aux {
            Aux::Sym(s) => Some(s),
            _ => None,
        }
    }

    pub fn slot(&self) -> Option<Slot> {
        match &self.aux {
            Aux::Slot(s) => Some(*s),
            _ => None,
        }
    }

    /// The f64 value of a `ConstF`.
    pub fn float(&self) -> f64 {
        f64::from_bits(self.aux_int as u64)
    }
}
