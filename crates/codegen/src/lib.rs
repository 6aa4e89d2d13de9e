//! SSA program → x86-64 ELF relocatable object (and the `-S` listing), through
//! Cranelift. The only crate that knows Cranelift. Pure: no file I/O.
//!
//! * [`compile`]: verify the SSA, build the ISA ([`isa`]), declare symbols and
//!   data ([`module`]), lower each function ([`lower`]), emit the object.
//! * [`link::link_command`]: the `ld` command line the CLI runs.
//! * Calling convention: docs/abi.md §1 via [`abi`] (hidden result pointer for
//!   more than 2 integer or 2 float results, added here, not in SSA).
//! * Division by zero never reaches the hardware: SSA guarantees a non-zero
//!   divisor (explicit check → runtime.panicdivide); `MinInt / -1` is handled
//!   in lowering. Nil checks call runtime.panicmem; Exit blocks end in `ud2`.

pub mod abi;
pub mod asm;
pub mod cpucheck;
pub mod isa;
pub mod link;
pub mod listing;
pub mod lower;
pub mod module;
pub mod pcln;
pub mod text;

use cranelift_codegen::Context;
use cranelift_codegen::FinalizedRelocTarget;
use cranelift_codegen::ir::{ExternalName, UserFuncName};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataId, FuncId, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use module::{Decl, Symbols};
use ssa::{Op, Program};
use syntax::{Diagnostic, Pos};

pub use link::link_command;

/// How to compile.
#[derive(Clone, Debug)]
pub struct Options {
    /// false for `-N`: Cranelift opt_level none.
    pub optimize: bool,
    /// GOAMD64 level 1..=4.
    pub goamd64: u8,
    /// Produce the `-S` listing.
    pub listing: bool,
    /// The file paths `go.pclntab` records, by file id (tracebacks print
    /// them; see [`pcln::file_paths`]). Empty: `Program::files`.
    pub file_paths: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options { optimize: true, goamd64: 1, listing: false, file_paths: Vec::new() }
    }
}

/// The compiled program: an ELF relocatable object, and the listing if asked.
#[derive(Debug)]
pub struct Object {
    pub bytes: Vec<u8>,
    pub listing: Option<String>,
}

fn ice(pos: Pos, msg: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(pos, format!("internal compiler error: {msg}"))
}

/// Compile a whole program into one object.
pub fn compile(p: &Program, opts: &Options) -> Result<Object, Vec<Diagnostic>> {
    if let Err(errs) = ssa::verify_program(p) {
        return Err(errs
            .iter()
            .map(|e| ice(p.func(&e.func).map(|f| f.pos).unwrap_or(Pos::NONE), e))
            .collect());
    }
    // Cranelift asserts on some inputs it considers impossible; turn a panic
    // into a diagnostic rather than a crash.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| compile_verified(p, opts))) {
        Ok(r) => r,
        Err(e) => {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic in the code generator".into());
            Err(vec![ice(Pos::NONE, msg)])
        }
    }
}

fn compile_verified(p: &Program, opts: &Options) -> Result<Object, Vec<Diagnostic>> {
    let isa = isa::build_isa(opts.goamd64, opts.optimize).map_err(|e| vec![ice(Pos::NONE, e)])?;
    let mut builder = ObjectBuilder::new(isa, "go.o", cranelift_module::default_libcall_names())
        .map_err(|e| vec![ice(Pos::NONE, e)])?;
    builder.per_function_section(true);
    let mut m = ObjectModule::new(builder);
    let syms = Symbols::declare(p, &mut m, opts.goamd64).map_err(|e| vec![ice(Pos::NONE, e)])?;
    module::define_data(p, &syms, &mut m).map_err(|e| vec![ice(Pos::NONE, e)])?;
    module::define_cpucheck(opts.goamd64, &syms, &mut m).map_err(|e| vec![ice(Pos::NONE, e)])?;
    let mut ctx = Context::new();
    let mut fbc = FunctionBuilderContext::new();
    let mut listing = opts.listing.then(String::new);
    let mut diags = Vec::new();
    let (mut line_ids, mut lines) = (Vec::new(), Vec::new());
    for f in &p.funcs {
        let Some(Decl::Func(id)) = syms.get(&f.name) else { continue };
        ctx.clear();
        ctx.func.signature = abi::cl_signature(&f.sig);
        ctx.func.name = UserFuncName::user(0, id.as_u32());
        ctx.set_disasm(false);
        let cfg = m.target_config();
        if let Err(e) = lower::lower_function(f, &syms, cfg, opts, &mut ctx.func, &mut fbc) {
            diags.push(ice(f.pos, format!("{}: {e}", f.name)));
            continue;
        }
        if let Err(e) = m.define_function(id, &mut ctx) {
            diags.push(ice(f.pos, format!("{}: {e:?}", f.name)));
            continue;
        }
        if let Some(cc) = ctx.compiled_code() {
            line_ids.push(id);
            lines.push(func_lines(f, cc));
        }
        if let Some(out) = listing.as_mut() {
            render_listing(p, f, &ctx, &m, out);
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    if let Some(out) = listing.as_mut() {
        for d in &p.data {
            listing::render_data(d, out);
        }
    }
    let paths = if opts.file_paths.is_empty() { &p.files } else { &opts.file_paths };
    define_pclntab(&line_ids, &lines, paths, &mut m).map_err(|e| vec![ice(Pos::NONE, e)])?;
    let product = m.finish();
    let bytes = product.emit().map_err(|e| vec![ice(Pos::NONE, e)])?;
    Ok(Object { bytes, listing })
}

/// The line information of a compiled function for `go.pclntab`.
fn func_lines(f: &ssa::Function, cc: &cranelift_codegen::CompiledCode) -> pcln::FuncLines {
    let locs = cc
        .buffer
        .get_srclocs_sorted()
        .iter()
        .filter_map(|s| {
            lower::decode_srcloc(s.loc).map(|(file, line)| (s.start, s.end, file, line))
        })
        .collect();
    pcln::FuncLines {
        name: f.name.clone(),
        size: cc.code_buffer().len() as u32,
        decl: (f.pos.file.0, f.pos.line),
        locs,
    }
}

/// Define `go.pclntab` (read-only, its entry addresses relocated) for the
/// compiled functions.
fn define_pclntab(
    ids: &[FuncId],
    lines: &[pcln::FuncLines],
    paths: &[String],
    m: &mut ObjectModule,
) -> Result<(), String> {
    use cranelift_module::{DataDescription, Linkage};
    let table = pcln::encode(lines, paths);
    let id = m
        .declare_data(pcln::SYMBOL, Linkage::Export, false, false)
        .map_err(|e| format!("declaring {}: {e}", pcln::SYMBOL))?;
    let mut desc = DataDescription::new();
    desc.set_align(8);
    desc.define(table.bytes.into_boxed_slice());
    for (fid, off) in ids.iter().zip(&table.entry_offsets) {
        let fr = m.declare_func_in_data(*fid, &mut desc);
        desc.write_function_addr(*off, fr);
    }
    m.define_data(id, &desc).map_err(|e| format!("defining {}: {e}", pcln::SYMBOL))
}

fn file_name(p: &Program, id: u32) -> String {
    let n = p.files.get(id as usize).map(|s| s.as_str()).unwrap_or("?");
    n.strip_prefix("./").unwrap_or(n).to_string()
}

fn render_listing(
    p: &Program,
    f: &ssa::Function,
    ctx: &Context,
    m: &ObjectModule,
    out: &mut String,
) {
    let Some(cc) = ctx.compiled_code() else { return };
    let decls = m.declarations();
    let mut relocs = Vec::new();
    for r in cc.buffer.relocs() {
        let name = match &r.target {
            FinalizedRelocTarget::ExternalName(ExternalName::User(u)) => {
                let un = &ctx.func.params.user_named_funcs()[*u];
                let n = if un.namespace == 0 {
                    decls.get_function_decl(FuncId::from_u32(un.index)).name.clone()
                } else {
                    decls.get_data_decl(DataId::from_u32(un.index)).name.clone()
                };
                n.unwrap_or_else(|| "?".into())
            }
            FinalizedRelocTarget::ExternalName(ExternalName::LibCall(lc)) => {
                (cranelift_module::default_libcall_names())(*lc)
            }
            FinalizedRelocTarget::ExternalName(other) => format!("{other:?}"),
            FinalizedRelocTarget::Func(off) => format!("{}+{off}", f.name),
        };
        // PC-relative relocations carry the -4 bias of the displacement field
        let addend = match r.kind {
            cranelift_codegen::binemit::Reloc::X86PCRel4
            | cranelift_codegen::binemit::Reloc::X86CallPCRel4
            | cranelift_codegen::binemit::Reloc::X86CallPLTRel4 => r.addend + 4,
            _ => r.addend,
        };
        use cranelift_codegen::binemit::Reloc as R;
        let kind = match r.kind {
            R::X86PCRel4 | R::X86CallPCRel4 => text::RelKind::Pc32,
            R::X86CallPLTRel4 => text::RelKind::Plt32,
            R::Abs8 => text::RelKind::Abs64,
            R::Abs4 => text::RelKind::Abs32,
            _ => text::RelKind::Other(0),
        };
        relocs.push(listing::CodeReloc { offset: r.offset, kind, name, addend });
    }
    let lines = cc
        .buffer
        .get_srclocs_sorted()
        .iter()
        .filter_map(|s| {
            lower::decode_srcloc(s.loc)
                .map(|(file, line)| (s.start, s.end, file_name(p, file), line))
        })
        .collect();
    let locals = cc.buffer.frame_layout().map(|l| l.frame_to_fp_offset).unwrap_or(0);
    let leaf = !f.layout.iter().any(|&b| {
        f.blocks[b]
            .insts
            .iter()
            .any(|&v| f.values[v].op.is_call() || f.values[v].op == Op::NilCheck)
    });
    listing::render(
        &listing::FuncListing {
            name: &f.name,
            code: cc.code_buffer(),
            relocs,
            lines,
            default_line: (file_name(p, f.pos.file.0), f.pos.line),
            args: abi::args_size(&f.sig),
            locals,
            leaf,
        },
        out,
    );
}
