//! Scalar types of SSA values. Aggregates (strings, slices, interfaces, structs)
//! never appear here: the builder decomposes them into these scalars.

use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Type {
    /// No value: stores, nil checks, calls without results.
    Void,
    /// A boolean, 0 or 1, stored as one byte.
    Bool,
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
    /// A pointer (8 bytes). Distinct from I64 so nil-check elimination and the
    /// garbage collector's future stack maps can tell pointers from integers.
    Ptr,
    /// The result of a call with two or more results; read with `Proj`.
    Tuple,
}

impl Type {
    pub const ALL: [Type; 10] = [
        Type::Void,
        Type::Bool,
        Type::I8,
        Type::I16,
        Type::I32,
        Type::I64,
        Type::F32,
        Type::F64,
        Type::Ptr,
        Type::Tuple,
    ];

    /// Size in bytes in memory (0 for Void/Tuple).
    pub fn bytes(self) -> u32 {
        match self {
            Type::Void | Type::Tuple => 0,
            Type::Bool | Type::I8 => 1,
            Type::I16 => 2,
            Type::I32 | Type::F32 => 4,
            Type::I64 | Type::F64 | Type::Ptr => 8,
        }
    }

    pub fn bits(self) -> u32 {
        self.bytes() * 8
    }

    /// Integer types (not Bool, not Ptr).
    pub fn is_int(self) -> bool {
        matches!(self, Type::I8 | Type::I16 | Type::I32 | Type::I64)
    }

    /// Integers, Bool and Ptr: everything that lives in a general register.
    pub fn is_intlike(self) -> bool {
        self.is_int() || matches!(self, Type::Bool | Type::Ptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Type::F32 | Type::F64)
    }

    /// A type a value can have and memory can hold.
    pub fn is_scalar(self) -> bool {
        !matches!(self, Type::Void | Type::Tuple)
    }

    pub fn name(self) -> &'static str {
        match self {
            Type::Void => "void",
            Type::Bool => "bool",
            Type::I8 => "i8",
            Type::I16 => "i16",
            Type::I32 => "i32",
            Type::I64 => "i64",
            Type::F32 => "f32",
            Type::F64 => "f64",
            Type::Ptr => "ptr",
            Type::Tuple => "tuple",
        }
    }

    pub fn from_name(s: &str) -> Option<Type> {
        Type::ALL.iter().copied().find(|t| t.name() == s)
    }

    /// Truncate `v` to this integer type's width and sign-extend it back: the
    /// canonical form of integer constants (`Const <i8> [-1]`, never `[255]`).
    pub fn canon_int(self, v: i64) -> i64 {
        match self {
            Type::Bool => (v != 0) as i64,
            Type::I8 => v as i8 as i64,
            Type::I16 => v as i16 as i64,
            Type::I32 => v as i32 as i64,
            _ => v,
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
