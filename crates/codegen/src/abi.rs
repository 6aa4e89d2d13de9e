//! docs/abi.md §1 in Cranelift terms: scalar types, signatures, and the hidden
//! result pointer for functions whose results do not fit in rax/rdx/xmm0/xmm1.
//!
//! Go structs and arrays never reach codegen by value: the SSA builder passes
//! them flattened into scalars (small ones) or by pointer to a copy, so every
//! signature here is a list of scalars.

use cranelift_codegen::ir::{self, AbiParam, ArgumentPurpose, types};
use cranelift_codegen::isa::CallConv;
use ssa::Type;

pub fn cl_type(t: Type) -> ir::Type {
    match t {
        Type::Bool | Type::I8 => types::I8,
        Type::I16 => types::I16,
        Type::I32 => types::I32,
        Type::I64 | Type::Ptr => types::I64,
        Type::F32 => types::F32,
        Type::F64 => types::F64,
        // never lowered: the verifier keeps Void/Tuple out of params and memory
        Type::Void | Type::Tuple => types::I64,
    }
}

/// Do these results need the hidden result pointer?
pub fn needs_sret(results: &[Type]) -> bool {
    let ints = results.iter().filter(|t| t.is_intlike()).count();
    let floats = results.iter().filter(|t| t.is_float()).count();
    ints > 2 || floats > 2
}

/// Offsets of `tys` laid out as a `#[repr(C)]` struct, and its size and alignment.
pub fn layout(tys: &[Type]) -> (Vec<u32>, u32, u32) {
    let mut off = 0u32;
    let mut align = 1u32;
    let mut offs = Vec::with_capacity(tys.len());
    for t in tys {
        let a = t.bytes().max(1);
        off = off.next_multiple_of(a);
        offs.push(off);
        off += t.bytes();
        align = align.max(a);
    }
    (offs, off.next_multiple_of(align), align)
}

/// The Cranelift signature of an SSA signature.
pub fn cl_signature(sig: &ssa::Signature) -> ir::Signature {
    let mut s = ir::Signature::new(CallConv::SystemV);
    if !sig.noreturn && needs_sret(&sig.results) {
        s.params.push(AbiParam::special(types::I64, ArgumentPurpose::StructReturn));
    }
    s.params.extend(sig.params.iter().map(|&t| AbiParam::new(cl_type(t))));
    if !sig.noreturn && !needs_sret(&sig.results) {
        s.returns.extend(sig.results.iter().map(|&t| AbiParam::new(cl_type(t))));
    }
    s
}

/// `args=` of the listing header: the flattened parameters as a struct.
pub fn args_size(sig: &ssa::Signature) -> u32 {
    let (_, size, _) = layout(&sig.params);
    size.next_multiple_of(8)
}
