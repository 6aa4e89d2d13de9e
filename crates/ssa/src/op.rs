//! The operations of SSA values and their static properties (arity, effects,
//! how the printer shows their auxiliary fields). Typing rules live in verify.rs.
//!
//! Integer ops are width-generic: the width is the value's type (or, for
//! comparisons, the arguments' type). Semantics are Go's:
//! * `Add Sub Mul Neg Shl` wrap around.
//! * `Div Mod` (signed, truncated) and `DivU ModU`: the divisor must be non-zero
//!   (the builder emits an explicit `y == 0 → runtime.panicdivide` branch before
//!   them, which prove may delete); `MinInt / -1 == MinInt`, `MinInt % -1 == 0`
//!   (codegen special-cases -1). On floats `Div` is IEEE division.
//! * `Shl ShrS ShrU`: the count is the second argument, of any integer type, read
//!   as *unsigned*; a count ≥ the width gives 0 (`Shl`, `ShrU`) or the sign fill
//!   (`ShrS`). Go's panic for a negative signed count is an explicit check in the
//!   builder. `aux_int == 1` marks a shift whose count is known to be < width.
//! * `CvtFToS CvtFToU` follow gc on amd64: NaN and out-of-range give MinInt of the
//!   result width (the x86 "integer indefinite" value).

use std::fmt;

macro_rules! ops {
    ($($name:ident = $arity:expr, $eff:ident, $auxint:ident;)*) => {
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub enum Op { $($name),* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name)),* }
            }

            /// Number of arguments, or `None` for variadic ops (calls).
            pub fn arity(self) -> Option<usize> {
                match self { $(Op::$name => $arity),* }
            }

            pub fn effect(self) -> Effect {
                match self { $(Op::$name => Effect::$eff),* }
            }

            /// How `aux_int` is used (and printed as `[..]`).
            pub fn aux_int(self) -> AuxIntKind {
                match self { $(Op::$name => AuxIntKind::$auxint),* }
            }
        }
    };
}

/// What a value does besides computing its result.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Effect {
    /// No effect; may be moved anywhere dominance allows, deduplicated, deleted.
    Pure,
    /// No effect, but undefined on some inputs (division by zero): may be
    /// deduplicated and deleted but never hoisted above the checks guarding it.
    PureGuarded,
    /// Reads memory.
    Read,
    /// Writes memory (and may read it).
    Write,
    /// May read and write any memory, panic or not return.
    Call,
    /// May panic (nil check). Ordered like a write, writes nothing.
    Check,
}

impl Effect {
    /// Values with this effect keep their position relative to every other
    /// ordered value of their block and never move between blocks.
    pub fn is_ordered(self) -> bool {
        !matches!(self, Effect::Pure | Effect::PureGuarded)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AuxIntKind {
    /// Not used; must be 0.
    None,
    /// An integer (constant value, offset, size, index, flag).
    Int,
    /// The bits of an f64 (ConstF; f32 constants are stored widened to f64).
    Float,
}

const N0: Option<usize> = Some(0);
const N1: Option<usize> = Some(1);
const N2: Option<usize> = Some(2);
const N3: Option<usize> = Some(3);
const VAR: Option<usize> = None;

ops! {
    // constants and addresses
    Const = N0, Pure, Int;            // integer, bool or nil-pointer constant
    ConstF = N0, Pure, Float;         // float constant
    SymAddr = N0, Pure, Int;          // {sym} + [offset]: address of a function or data object
    SlotAddr = N0, Pure, None;        // {ssN}: address of a stack slot of this frame
    Copy = N1, Pure, None;
    // arithmetic (integers and floats)
    Add = N2, Pure, None;
    Sub = N2, Pure, None;
    Mul = N2, Pure, None;
    Div = N2, PureGuarded, None;
    DivU = N2, PureGuarded, None;
    Mod = N2, PureGuarded, None;
    ModU = N2, PureGuarded, None;
    Neg = N1, Pure, None;
    MulHi = N2, Pure, None;           // high half of the signed double-width product (i32, i64)
    MulHiU = N2, Pure, None;          // high half of the unsigned double-width product (i32, i64)
    // bits (integers)
    And = N2, Pure, None;             // also on Bool
    Or = N2, Pure, None;              // also on Bool
    Xor = N2, Pure, None;             // also on Bool
    Com = N1, Pure, None;             // bitwise complement
    Not = N1, Pure, None;             // Bool negation
    Shl = N2, Pure, Int;
    ShrS = N2, Pure, Int;
    ShrU = N2, Pure, Int;
    RotL = N2, Pure, None;            // rotate left by count mod width
    Ctz = N1, Pure, None;             // trailing zeros; width for 0
    Clz = N1, Pure, None;             // leading zeros; width for 0
    PopCount = N1, Pure, None;
    // floats
    Sqrt = N1, Pure, None;
    Abs = N1, Pure, None;
    Floor = N1, Pure, None;
    Ceil = N1, Pure, None;
    RoundTrunc = N1, Pure, None;      // round toward zero
    Fma = N3, Pure, None;             // a*b+c, rounded once
    // comparisons → Bool (floats: ordered, so NaN compares unequal/false)
    Eq = N2, Pure, None;
    Neq = N2, Pure, None;
    Less = N2, Pure, None;
    Leq = N2, Pure, None;
    LessU = N2, Pure, None;
    LeqU = N2, Pure, None;
    Select = N3, Pure, None;          // cond ? a : b
    // checks → Bool, consumed by If branching to a panic block
    IsInBounds = N2, Pure, None;      // 0 <= idx < len (idx, len: i64)
    IsSliceInBounds = N2, Pure, None; // 0 <= idx <= len
    IsNonNil = N1, Pure, None;        // ptr != nil
    // conversions
    SignExt = N1, Pure, None;
    ZeroExt = N1, Pure, None;
    Trunc = N1, Pure, None;
    CvtSToF = N1, Pure, None;
    CvtUToF = N1, Pure, None;
    CvtFToS = N1, Pure, None;
    CvtFToU = N1, Pure, None;
    FPromote = N1, Pure, None;        // f32 → f64
    FDemote = N1, Pure, None;         // f64 → f32
    Bitcast = N1, Pure, None;         // same size: i64↔f64, i32↔f32, i64↔ptr
    // pointers
    AddPtr = N2, Pure, None;          // ptr + i64
    OffPtr = N1, Pure, Int;           // ptr + [offset]
    // memory (ordered)
    Load = N1, Read, Int;             // *(ptr + [offset])
    Store = N2, Write, Int;           // *(ptr + [offset]) = val
    Zero = N1, Write, Int;            // clear [size] bytes at ptr
    Move = N2, Write, Int;            // copy [size] bytes: dst, src (non-overlapping or equal)
    NilCheck = N1, Check, None;       // panic with a nil dereference if ptr == nil
    // calls (ordered)
    Call = VAR, Call, None;           // {callee sig} args...
    CallInd = VAR, Call, None;        // {sig} code args...
    Proj = N1, Pure, Int;             // result [i] of a tuple-typed call
}

impl Op {
    pub fn from_name(s: &str) -> Option<Op> {
        Op::ALL.iter().copied().find(|o| o.name() == s)
    }

    pub fn is_commutative(self) -> bool {
        matches!(
            self,
            Op::Add
                | Op::Mul
                | Op::MulHi
                | Op::MulHiU
                | Op::And
                | Op::Or
                | Op::Xor
                | Op::Eq
                | Op::Neq
        )
    }

    pub fn is_compare(self) -> bool {
        matches!(self, Op::Eq | Op::Neq | Op::Less | Op::Leq | Op::LessU | Op::LeqU)
    }

    pub fn is_call(self) -> bool {
        matches!(self, Op::Call | Op::CallInd)
    }

    pub fn is_const(self) -> bool {
        matches!(self, Op::Const | Op::ConstF)
    }

    /// gc's name for this op at the given operand type, for diagnostics such as
    /// `Disproved Less64` or `Proved IsInBounds`.
    pub fn gc_name(self, operand: crate::Type) -> String {
        use crate::Type;
        let w = match operand {
            Type::Bool | Type::I8 => "8",
            Type::I16 => "16",
            Type::I32 => "32",
            Type::I64 | Type::Ptr => "64",
            Type::F32 => "32F",
            Type::F64 => "64F",
            _ => "",
        };
        let (base, unsigned) = match self {
            Op::LessU => ("Less", true),
            Op::LeqU => ("Leq", true),
            Op::Eq if operand == Type::Ptr => return "EqPtr".into(),
            Op::Neq if operand == Type::Ptr => return "NeqPtr".into(),
            Op::Eq | Op::Neq | Op::Less | Op::Leq | Op::Add | Op::Sub | Op::Mul | Op::Div => {
                (self.name(), false)
            }
            _ => return self.name().into(),
        };
        format!("{base}{w}{}", if unsigned { "U" } else { "" })
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
