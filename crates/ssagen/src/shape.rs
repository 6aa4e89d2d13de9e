//! How Go types become SSA scalars.
//!
//! * Every type has *leaves*: the scalars it is made of, with their byte
//!   offsets (`string` → `ptr, len`; slice → `ptr, len, cap`; interface →
//!   `tab|typ, data`; struct → its fields' leaves; array → its elements').
//! * A type is *SSA-able* (gc's `TypeOK`) when it is at most 32 bytes and is a
//!   scalar, a string, a slice, an interface, a struct of at most 4 SSA-able
//!   fields or an array of length ≤ 1 of an SSA-able element. Values of
//!   SSA-able types are carried as their leaves ([`crate::expr::Val::S`]);
//!   larger aggregates live in memory ([`crate::expr::Val::M`]) and are copied
//!   with `Move` and cleared with `Zero`.
//! * Calls ([`FnShape`]): parameters are flattened in order (docs/abi.md §1);
//!   an SSA-able parameter passes its leaves, a larger one a pointer to a copy
//!   the caller made (the callee owns it). SSA-able results are returned as
//!   leaves (codegen adds the hidden result buffer when they do not fit in
//!   registers); a larger result is written by the callee through an extra
//!   pointer parameter the caller appends *after* the ordinary parameters, so
//!   the closure context, the receiver and the interface data word keep their
//!   places as the first arguments.

use ssa::Type;
use types::{BasicKind, TypeId, TypeKind, TypeTable};

/// One scalar of a type, at a byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leaf {
    pub off: u64,
    pub ty: Type,
}

/// Largest type kept in SSA values (4 words, as gc).
pub const MAX_SSA_SIZE: u64 = 32;

pub fn basic_type(k: BasicKind) -> Option<Type> {
    use BasicKind::*;
    Some(match k.canonical() {
        Bool | UntypedBool => Type::Bool,
        Int8 | Uint8 => Type::I8,
        Int16 | Uint16 => Type::I16,
        Int32 | Uint32 | UntypedRune => Type::I32,
        Int | Int64 | Uint | Uint64 | Uintptr | UntypedInt => Type::I64,
        Float32 => Type::F32,
        Float64 | UntypedFloat => Type::F64,
        UnsafePointer | UntypedNil => Type::Ptr,
        _ => return None,
    })
}

/// The single scalar type of a one-leaf type (ints, floats, bools, pointers, maps,
/// funcs, chans), else None.
pub fn scalar_type(tt: &TypeTable, t: TypeId) -> Option<Type> {
    match tt.under_kind(t) {
        TypeKind::Basic(k) => basic_type(*k),
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => {
            Some(Type::Ptr)
        }
        _ => None,
    }
}

/// All leaves of `t` (with a cap on the number, for huge arrays: `None`).
pub fn leaves(tt: &TypeTable, t: TypeId) -> Option<Vec<Leaf>> {
    let mut v = Vec::new();
    if leaves_into(tt, t, 0, &mut v, 0) { Some(v) } else { None }
}

const MAX_LEAVES: usize = 64;

fn leaves_into(tt: &TypeTable, t: TypeId, base: u64, out: &mut Vec<Leaf>, depth: u32) -> bool {
    if depth > 50 || out.len() > MAX_LEAVES {
        return false;
    }
    match tt.under_kind(t) {
        TypeKind::Basic(k) => match k.canonical() {
            BasicKind::String | BasicKind::UntypedString => {
                out.push(Leaf { off: base, ty: Type::Ptr });
                out.push(Leaf { off: base + 8, ty: Type::I64 });
            }
            BasicKind::Complex64 => {
                out.push(Leaf { off: base, ty: Type::F32 });
                out.push(Leaf { off: base + 4, ty: Type::F32 });
            }
            BasicKind::Complex128 => {
                out.push(Leaf { off: base, ty: Type::F64 });
                out.push(Leaf { off: base + 8, ty: Type::F64 });
            }
            k => match basic_type(k) {
                Some(ty) => out.push(Leaf { off: base, ty }),
                None => return false,
            },
        },
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => {
            out.push(Leaf { off: base, ty: Type::Ptr })
        }
        TypeKind::Slice(_) => {
            out.push(Leaf { off: base, ty: Type::Ptr });
            out.push(Leaf { off: base + 8, ty: Type::I64 });
            out.push(Leaf { off: base + 16, ty: Type::I64 });
        }
        TypeKind::Interface(_) => {
            out.push(Leaf { off: base, ty: Type::Ptr });
            out.push(Leaf { off: base + 8, ty: Type::Ptr });
        }
        TypeKind::Struct(fs) => {
            let offs = tt.field_offsets(t);
            for (f, o) in fs.iter().zip(offs) {
                if !leaves_into(tt, f.ty, base + o, out, depth + 1) {
                    return false;
                }
            }
        }
        TypeKind::Array(e, n) => {
            let es = tt.size_of(*e);
            for i in 0..*n {
                if out.len() > MAX_LEAVES || !leaves_into(tt, *e, base + i * es, out, depth + 1) {
                    return false;
                }
            }
        }
        _ => return false,
    }
    true
}

/// Which leaves of an SSA-able type are lengths or capacities of strings and
/// slices (Go guarantees them ≥ 0; see [`crate::func::Fb::mark_nonneg`]),
/// parallel to [`ssa_leaves`] (empty for non-SSA-able types).
pub fn nonneg_leaves(tt: &TypeTable, t: TypeId) -> Vec<bool> {
    let mut out = Vec::new();
    if ssa_able(tt, t) && nonneg_into(tt, t, &mut out, 0) { out } else { Vec::new() }
}

fn nonneg_into(tt: &TypeTable, t: TypeId, out: &mut Vec<bool>, depth: u32) -> bool {
    if depth > 50 || out.len() > MAX_LEAVES {
        return false;
    }
    match tt.under_kind(t) {
        TypeKind::Basic(k) => match k.canonical() {
            BasicKind::String | BasicKind::UntypedString => out.extend([false, true]),
            BasicKind::Complex64 | BasicKind::Complex128 => out.extend([false, false]),
            k if basic_type(k).is_some() => out.push(false),
            _ => return false,
        },
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => {
            out.push(false)
        }
        TypeKind::Slice(_) => out.extend([false, true, true]),
        TypeKind::Interface(_) => out.extend([false, false]),
        TypeKind::Struct(fs) => {
            for f in fs.iter() {
                if !nonneg_into(tt, f.ty, out, depth + 1) {
                    return false;
                }
            }
        }
        TypeKind::Array(e, n) => {
            for _ in 0..*n {
                if out.len() > MAX_LEAVES || !nonneg_into(tt, *e, out, depth + 1) {
                    return false;
                }
            }
        }
        _ => return false,
    }
    true
}

/// gc's SSA-able rule (see the module comment).
pub fn ssa_able(tt: &TypeTable, t: TypeId) -> bool {
    if tt.size_of(t) > MAX_SSA_SIZE {
        return false;
    }
    ssa_able_rec(tt, t, 0)
}

fn ssa_able_rec(tt: &TypeTable, t: TypeId, depth: u32) -> bool {
    if depth > 20 {
        return false;
    }
    match tt.under_kind(t) {
        TypeKind::Basic(k) => {
            *k != BasicKind::Invalid && (!k.is_untyped() || *k == BasicKind::UntypedNil)
        }
        TypeKind::Pointer(_)
        | TypeKind::Map(..)
        | TypeKind::Chan(..)
        | TypeKind::Func(_)
        | TypeKind::Slice(_)
        | TypeKind::Interface(_) => true,
        TypeKind::Struct(fs) => {
            fs.len() <= 4 && fs.iter().all(|f| ssa_able_rec(tt, f.ty, depth + 1))
        }
        TypeKind::Array(e, n) => *n <= 1 && ssa_able_rec(tt, *e, depth + 1),
        _ => false,
    }
}

/// Leaves of an SSA-able type (empty for non-SSA-able ones).
pub fn ssa_leaves(tt: &TypeTable, t: TypeId) -> Vec<Leaf> {
    if ssa_able(tt, t) { leaves(tt, t).unwrap_or_default() } else { Vec::new() }
}

/// The index range of field `i`'s leaves within a struct's leaves.
pub fn field_leaf_range(tt: &TypeTable, t: TypeId, i: usize) -> (usize, usize) {
    let mut start = 0;
    if let TypeKind::Struct(fs) = tt.under_kind(t) {
        for (j, f) in fs.iter().enumerate() {
            let n = leaves(tt, f.ty).map(|l| l.len()).unwrap_or(0);
            if j == i {
                return (start, n);
            }
            start += n;
        }
    }
    (start, 0)
}

/// Is `t` pointer-shaped (its interface data word is the value itself)?
/// docs/abi.md §4: kinds Pointer, Map, Chan, Func, UnsafePointer.
pub fn is_direct_iface(tt: &TypeTable, t: TypeId) -> bool {
    match tt.under_kind(t) {
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => true,
        TypeKind::Basic(k) => *k == BasicKind::UnsafePointer,
        _ => false,
    }
}

/// How a parameter is passed.
#[derive(Clone, Debug, PartialEq)]
pub enum PassKind {
    /// Its leaves (SSA-able types).
    Leaves(Vec<Type>),
    /// A pointer to a copy (larger aggregates).
    ByRef,
}

impl PassKind {
    pub fn count(&self) -> usize {
        match self {
            PassKind::Leaves(v) => v.len(),
            PassKind::ByRef => 1,
        }
    }
}

pub fn pass_kind(tt: &TypeTable, t: TypeId) -> PassKind {
    if ssa_able(tt, t) {
        PassKind::Leaves(ssa_leaves(tt, t).iter().map(|l| l.ty).collect())
    } else {
        PassKind::ByRef
    }
}

/// The flattened shape of a call.
#[derive(Clone, Debug)]
pub struct FnShape {
    /// A closure context is the first argument.
    pub ctx: bool,
    /// The receiver (or interface data word) comes next.
    pub recv: Option<(TypeId, PassKind)>,
    pub params: Vec<(TypeId, PassKind)>,
    /// Results: `Leaves` are returned, `ByRef` ones are written through a
    /// pointer parameter appended after the parameters.
    pub results: Vec<(TypeId, PassKind)>,
    pub sig: ssa::Signature,
}

impl FnShape {
    /// Build the shape of function type `fty` (a `Func` type), with an optional
    /// receiver type and closure context.
    pub fn new(tt: &TypeTable, fty: TypeId, recv: Option<TypeId>, ctx: bool) -> FnShape {
        let (ps, rs) = match tt.signature(fty) {
            Some(s) => (
                s.params.iter().map(|p| p.ty).collect::<Vec<_>>(),
                s.results.iter().map(|p| p.ty).collect::<Vec<_>>(),
            ),
            None => (vec![], vec![]),
        };
        FnShape::from_types(tt, recv, &ps, &rs, ctx)
    }

    pub fn from_types(
        tt: &TypeTable,
        recv: Option<TypeId>,
        ps: &[TypeId],
        rs: &[TypeId],
        ctx: bool,
    ) -> FnShape {
        let mut sig = ssa::Signature::default();
        if ctx {
            sig.params.push(Type::Ptr);
        }
        let recv = recv.map(|r| (r, pass_kind(tt, r)));
        let params: Vec<_> = ps.iter().map(|&p| (p, pass_kind(tt, p))).collect();
        let results: Vec<_> = rs.iter().map(|&r| (r, pass_kind(tt, r))).collect();
        for (_, k) in recv.iter().chain(params.iter()) {
            match k {
                PassKind::Leaves(v) => sig.params.extend(v.iter().copied()),
                PassKind::ByRef => sig.params.push(Type::Ptr),
            }
        }
        for (_, k) in &results {
            match k {
                PassKind::Leaves(v) => sig.results.extend(v.iter().copied()),
                PassKind::ByRef => sig.params.push(Type::Ptr),
            }
        }
        FnShape { ctx, recv, params, results, sig }
    }

    /// Number of out-pointer parameters.
    pub fn num_out(&self) -> usize {
        self.results.iter().filter(|(_, k)| *k == PassKind::ByRef).count()
    }
}
