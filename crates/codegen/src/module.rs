//! The object file: declares every symbol (functions and data of the program
//! with global linkage, everything else they reference as colocated imports so
//! calls are `call rel32`), defines data objects with their relocations, and
//! compiles each function through lower.rs.

use crate::abi::cl_signature;
use crate::cpucheck;
use cranelift_codegen::binemit::Reloc;
use cranelift_module::{
    DataDescription, DataId, FuncId, Linkage, Module, ModuleReloc, ModuleRelocTarget,
};
use cranelift_object::ObjectModule;
use ssa::{Aux, Op, Program};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug)]
pub enum Decl {
    Func(FuncId),
    Data(DataId),
}

/// Every symbol the object defines or references.
#[derive(Default)]
pub struct Symbols {
    decls: HashMap<String, Decl>,
    sigs: HashMap<String, ssa::Signature>,
}

impl Symbols {
    pub fn get(&self, name: &str) -> Option<Decl> {
        self.decls.get(name).copied()
    }

    /// The signature a function symbol was declared with (defined functions,
    /// or the first call seen for imports).
    pub fn func_sig(&self, name: &str) -> Option<&ssa::Signature> {
        self.sigs.get(name)
    }

    /// Declare all symbols of `p` in `m` for GOAMD64 `level`: below v3 the
    /// runtime's `fma`/`fmaf` when a function uses `Fma`; from v2 the CPU
    /// check ([`crate::cpucheck`]) and its message, both local.
    pub fn declare(p: &Program, m: &mut ObjectModule, level: u8) -> Result<Symbols, String> {
        let mut s = Symbols::default();
        if level >= 2 {
            let sig = ssa::Signature::default();
            let id = m
                .declare_function(cpucheck::SYMBOL, Linkage::Local, &cl_signature(&sig))
                .map_err(|e| format!("declaring {}: {e}", cpucheck::SYMBOL))?;
            s.decls.insert(cpucheck::SYMBOL.to_string(), Decl::Func(id));
            s.sigs.insert(cpucheck::SYMBOL.to_string(), sig);
            let id = m
                .declare_data(cpucheck::MSG_SYMBOL, Linkage::Local, false, false)
                .map_err(|e| format!("declaring {}: {e}", cpucheck::MSG_SYMBOL))?;
            s.decls.insert(cpucheck::MSG_SYMBOL.to_string(), Decl::Data(id));
        }
        for f in &p.funcs {
            if s.decls.contains_key(&f.name) {
                return Err(format!("function {} defined twice", f.name));
            }
            let id = m
                .declare_function(&f.name, Linkage::Export, &cl_signature(&f.sig))
                .map_err(|e| format!("declaring {}: {e}", f.name))?;
            s.decls.insert(f.name.clone(), Decl::Func(id));
            s.sigs.insert(f.name.clone(), f.sig.clone());
        }
        for d in &p.data {
            if s.decls.contains_key(&d.name) {
                return Err(format!("symbol {} defined twice", d.name));
            }
            // String data and boxed constants are anonymous in gc's binaries
            // (content-addressed, no symbol of their own): local here, so the
            // linker's --discard-all drops them from the symbol table.
            let linkage = if d.name.starts_with("go.string.") || d.name.starts_with("go.constbox.")
            {
                Linkage::Local
            } else {
                Linkage::Export
            };
            let id = m
                .declare_data(&d.name, linkage, !d.readonly, false)
                .map_err(|e| format!("declaring {}: {e}", d.name))?;
            s.decls.insert(d.name.clone(), Decl::Data(id));
        }
        // imports: callees first (they must be functions), then other addresses
        let mut callees: Vec<(&str, &ssa::Signature)> = vec![("runtime.panicmem", &NORETURN_VOID)];
        let mut addrs: Vec<&str> = Vec::new();
        for f in &p.funcs {
            for &b in &f.layout {
                for &v in &f.blocks[b].insts {
                    let d = &f.values[v];
                    match (&d.op, &d.aux) {
                        (Op::Fma, _) if level < 3 => {
                            let f32 = d.ty == ssa::Type::F32;
                            callees.push(if f32 { ("fmaf", &FMAF) } else { ("fma", &FMA) });
                        }
                        (Op::Call, Aux::Call(c)) => {
                            if let Some(n) = &c.callee {
                                callees.push((n, &c.sig));
                            }
                        }
                        (Op::SymAddr, Aux::Sym(n)) => addrs.push(n),
                        _ => {}
                    }
                }
            }
        }
        for d in &p.data {
            for r in &d.relocs {
                addrs.push(&r.sym);
            }
        }
        for (n, sig) in callees {
            if !s.decls.contains_key(n) {
                let id = m
                    .declare_function(n, Linkage::Import, &cl_signature(sig))
                    .map_err(|e| format!("declaring {n}: {e}"))?;
                s.decls.insert(n.to_string(), Decl::Func(id));
                s.sigs.insert(n.to_string(), sig.clone());
            }
        }
        for n in addrs {
            if !s.decls.contains_key(n) {
                let id = m
                    .declare_data(n, Linkage::Import, false, false)
                    .map_err(|e| format!("declaring {n}: {e}"))?;
                s.decls.insert(n.to_string(), Decl::Data(id));
            }
        }
        Ok(s)
    }
}

static NORETURN_VOID: ssa::Signature =
    ssa::Signature { params: Vec::new(), results: Vec::new(), noreturn: true };
static FMA: std::sync::LazyLock<ssa::Signature> =
    std::sync::LazyLock::new(|| ssa::Signature::new(vec![ssa::Type::F64; 3], vec![ssa::Type::F64]));
static FMAF: std::sync::LazyLock<ssa::Signature> =
    std::sync::LazyLock::new(|| ssa::Signature::new(vec![ssa::Type::F32; 3], vec![ssa::Type::F32]));

/// Define the CPU check function and its message (levels 2..=4).
pub fn define_cpucheck(level: u8, syms: &Symbols, m: &mut ObjectModule) -> Result<(), String> {
    let (Some(Decl::Func(f)), Some(Decl::Data(msg))) =
        (syms.get(cpucheck::SYMBOL), syms.get(cpucheck::MSG_SYMBOL))
    else {
        return Ok(());
    };
    let mut desc = DataDescription::new();
    desc.set_align(1);
    desc.define(cpucheck::message(level).into_bytes().into_boxed_slice());
    m.define_data(msg, &desc).map_err(|e| format!("defining {}: {e}", cpucheck::MSG_SYMBOL))?;
    let (code, field) = cpucheck::code(level);
    let reloc = ModuleReloc {
        offset: field,
        kind: Reloc::X86PCRel4,
        name: ModuleRelocTarget::User { namespace: 1, index: msg.as_u32() },
        addend: -4,
    };
    m.define_function_bytes(f, 16, &code, &[reloc])
        .map_err(|e| format!("defining {}: {e}", cpucheck::SYMBOL))
}

/// Define the program's data objects.
pub fn define_data(p: &Program, syms: &Symbols, m: &mut ObjectModule) -> Result<(), String> {
    for d in &p.data {
        let Some(Decl::Data(id)) = syms.get(&d.name) else {
            return Err(format!("data {} not declared", d.name));
        };
        let mut desc = DataDescription::new();
        desc.set_align(d.align.max(1) as u64);
        match &d.init {
            None => desc.define_zeroinit(d.size as usize),
            Some(bytes) => {
                if bytes.len() as u64 != d.size {
                    return Err(format!(
                        "data {}: {} initial bytes for size {}",
                        d.name,
                        bytes.len(),
                        d.size
                    ));
                }
                desc.define(bytes.clone().into_boxed_slice());
            }
        }
        for r in &d.relocs {
            if d.init.is_none() || r.offset as u64 + 8 > d.size {
                return Err(format!("data {}: relocation at {} out of range", d.name, r.offset));
            }
            match syms.get(&r.sym) {
                Some(Decl::Func(f)) => {
                    let fr = m.declare_func_in_data(f, &mut desc);
                    desc.write_function_addr(r.offset, fr);
                    if r.addend != 0 {
                        return Err(format!("data {}: addend on a function address", d.name));
                    }
                }
                Some(Decl::Data(t)) => {
                    let gv = m.declare_data_in_data(t, &mut desc);
                    desc.write_data_addr(r.offset, gv, r.addend);
                }
                None => return Err(format!("data {}: unknown symbol {}", d.name, r.sym)),
            }
        }
        m.define_data(id, &desc).map_err(|e| format!("defining {}: {e}", d.name))?;
    }
    Ok(())
}
