//! Lowers one SSA function to Cranelift IR. Blocks are emitted in reverse
//! postorder (so every definition is lowered before its uses) but inserted in
//! the SSA layout order; unreachable blocks are dropped. Every instruction
//! gets the source line of the SSA value it comes from (`srcloc`, see
//! [`encode_srcloc`]). Go's semantics that Cranelift lacks are spelled out here:
//! `MinInt / -1`, shifts by counts ≥ width, float → int conversions as gc's
//! CVTTSD2SQ, nil checks as an explicit compare and a call to runtime.panicmem.
//!
//! GOAMD64 (the `level` argument): Cranelift picks POPCNT/LZCNT/TZCNT/ROUNDSD/
//! VFMADD from the ISA flags ([`crate::isa`]); its software fallbacks are used
//! as they are (branch-free popcount, BSR/BSF + CMOV for clz/ctz with the right
//! result for 0) except two, which are spelled out here so that results never
//! depend on the level and no libcall is left behind a Go intrinsic:
//! * below v2, `Floor`/`Ceil`/`RoundTrunc` are an inline sequence
//!   ([`Lowerer::round_sw`]) instead of calls to C's `floor`/`ceil`/`trunc`;
//! * below v3, `Fma` calls the runtime's `fma` (correctly rounded; it uses the
//!   instruction when the CPU has it, as gc's v1 code does) with a direct
//!   `call rel32` instead of Cranelift's `movabs $fma` libcall.
//!
//! The `main.init` of a v2+ program starts with a call of [`crate::cpucheck`].

use crate::abi::{cl_signature, cl_type, layout, needs_sret};
use crate::module::{Decl, Symbols};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, BlockArg, ExtFuncData, ExternalName, FuncRef, GlobalValue, GlobalValueData, InstBuilder,
    JumpTableData, MemFlagsData, SourceLoc, StackSlotData, StackSlotKind, TrapCode,
    UserExternalName, types,
};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_entity::SecondaryMap;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use ssa::{Aux, Op, Term, Type};
use std::collections::HashMap;
use syntax::Pos;

/// `SourceLoc` bits: file id in the top 12 bits, line in the low 20.
pub fn encode_srcloc(p: Pos) -> SourceLoc {
    if !p.is_known() || p.line >= 1 << 20 || p.file.0 >= 1 << 12 {
        return SourceLoc::default();
    }
    SourceLoc::new((p.file.0 << 20) | p.line)
}

/// Inverse of [`encode_srcloc`]: (file id, line).
pub fn decode_srcloc(l: SourceLoc) -> Option<(u32, u32)> {
    if l.is_default() { None } else { Some((l.bits() >> 20, l.bits() & 0xfffff)) }
}

fn flags() -> MemFlagsData {
    MemFlagsData::new()
}

pub struct Lowerer<'a, 'b> {
    f: &'a ssa::Function,
    syms: &'a Symbols,
    cfg: TargetFrontendConfig,
    b: FunctionBuilder<'b>,
    vals: SecondaryMap<ssa::Value, Option<ir::Value>>,
    tuples: HashMap<ssa::Value, Vec<ir::Value>>,
    blocks: SecondaryMap<ssa::Block, Option<ir::Block>>,
    slots: SecondaryMap<ssa::Slot, Option<ir::StackSlot>>,
    funcs: HashMap<String, FuncRef>,
    globals: HashMap<String, GlobalValue>,
    sret: Option<ir::Value>,
    level: u8,
    /// Loop nesting, for the branch layout (optimized builds only).
    loops: Option<ssa::loops::LoopInfo>,
    /// How many branch edges enter each block.
    npreds: SecondaryMap<ssa::Block, u32>,
    /// Loop headers whose test is copied into their latches (see [`Lowerer::rotation`]).
    rotated: SecondaryMap<ssa::Block, bool>,
    /// Values of rotated headers used elsewhere: defined again by each copy, so
    /// read through a frontend variable outside their header.
    vars: HashMap<ssa::Value, (Variable, ssa::Block)>,
    /// The SSA block being lowered (or whose test is being copied).
    cur: Option<ssa::Block>,
    optimize: bool,
}

type R<T> = Result<T, String>;

/// The most values a loop header may have to be copied into its latches.
const ROTATE_MAX: usize = 8;

/// Lower `f` into `func` (whose signature is already set) for `opts`'s
/// GOAMD64 level; `opts.optimize` also lays out likely branches to fall through.
pub fn lower_function(
    f: &ssa::Function,
    syms: &Symbols,
    cfg: TargetFrontendConfig,
    opts: &crate::Options,
    func: &mut ir::Function,
    fbc: &mut FunctionBuilderContext,
) -> R<()> {
    let b = FunctionBuilder::new(func, fbc);
    let mut l = Lowerer {
        f,
        syms,
        cfg,
        b,
        vals: SecondaryMap::new(),
        tuples: HashMap::new(),
        blocks: SecondaryMap::new(),
        slots: SecondaryMap::new(),
        funcs: HashMap::new(),
        globals: HashMap::new(),
        sret: None,
        level: opts.goamd64,
        loops: None,
        npreds: SecondaryMap::new(),
        rotated: SecondaryMap::new(),
        vars: HashMap::new(),
        cur: None,
        optimize: opts.optimize,
    };
    l.run()?;
    l.b.seal_all_blocks();
    l.b.finalize(cfg);
    Ok(())
}

impl Lowerer<'_, '_> {
    /// Whether the `then` successor of `sb`'s branch on `cond` should be the
    /// fall-through: it is the likely one (gc's likelyadjust: a successor in a
    /// deeper loop is likelier, so a loop's body falls through from its header
    /// and leaving the loop is the taken branch) and the condition is an integer
    /// compare whose complement is free. Cranelift emits blocks in reverse
    /// postorder with a branch's second target first after the branch, so only
    /// the order of `brif`'s targets decides which edge is taken.
    fn falls_to_then(
        &self,
        sb: ssa::Block,
        cond: ssa::Value,
        then: ssa::Block,
        els: ssa::Block,
    ) -> bool {
        let Some(loops) = &self.loops else { return false };
        let (dt, dd) = (loops.depth(then), loops.depth(els));
        if dt <= dd || dt < loops.depth(sb) {
            return false;
        }
        let d = &self.f.values[cond];
        d.op.is_compare() && d.args.first().is_some_and(|&a| !self.f.values[a].ty.is_float())
    }

    /// Loop rotation, as gc's `loop rotate` pass gets it by layout: the test
    /// of a loop header is copied to the end of each latch, so an iteration
    /// ends with one conditional branch back to the body instead of a jump to
    /// the header and a branch there (Cranelift lays blocks out in reverse
    /// postorder, where a header always precedes its body). A header qualifies
    /// when it is small (at most [`ROTATE_MAX`] pure or load values), ends in
    /// a two-way branch with exactly one target inside the loop, and is not its
    /// own latch. Its values used outside it become frontend variables, defined
    /// by the header and by each copy; Cranelift's SSA construction adds the
    /// block parameters this needs.
    fn rotation(&mut self, dt: &ssa::dom::DomTree) {
        let f = self.f;
        let Some(loops) = &self.loops else { return };
        for l in &loops.loops {
            let h = l.header;
            let hd = &f.blocks[h];
            let Term::If { then, els, .. } = &hd.term else { continue };
            let inside = |b: ssa::Block| l.blocks.contains(&b);
            if inside(then.block) == inside(els.block) || l.latches.contains(&h) {
                continue;
            }
            let small = hd.insts.len() <= ROTATE_MAX
                && hd.insts.iter().all(|&v| {
                    let op = f.values[v].op;
                    op != Op::Proj && matches!(op.effect(), ssa::Effect::Pure | ssa::Effect::Read)
                });
            let jumps = l
                .latches
                .iter()
                .all(|&b| matches!(&f.blocks[b].term, Term::Jump(bc) if bc.block == h));
            if !small || !jumps {
                continue;
            }
            self.rotated[h] = true;
        }
        // values of rotated headers used outside them: one pass over the function
        let mut home: HashMap<ssa::Value, ssa::Block> = HashMap::new();
        for &h in &dt.rpo {
            if self.rotated[h] {
                for &v in f.blocks[h].params.iter().chain(&f.blocks[h].insts) {
                    home.insert(v, h);
                }
            }
        }
        if home.is_empty() {
            return;
        }
        let mut outside: Vec<ssa::Value> = Vec::new();
        for &b in &dt.rpo {
            let bd = &f.blocks[b];
            let uses = bd.insts.iter().flat_map(|&u| f.values[u].args.iter().copied());
            for v in uses.chain(bd.term.uses()) {
                if home.get(&v).is_some_and(|&h| h != b) {
                    outside.push(v);
                }
            }
        }
        for v in outside {
            if !self.vars.contains_key(&v) {
                let var = self.b.declare_var(cl_type(f.values[v].ty));
                self.vars.insert(v, (var, home[&v]));
            }
        }
    }

    /// Defines the variables of rotated header `h` from the current lowering
    /// of its values (the header itself or a copy).
    fn define_vars(&mut self, h: ssa::Block) {
        let f = self.f;
        for &v in f.blocks[h].params.iter().chain(&f.blocks[h].insts) {
            if let (Some(&(var, _)), Some(x)) = (self.vars.get(&v), self.vals[v]) {
                self.b.def_var(var, x);
            }
        }
    }

    /// Ends the current block with a copy of rotated header `h`'s values and
    /// test, its parameters bound to `args` (the latch's jump arguments).
    fn copy_header(&mut self, h: ssa::Block, args: &[ssa::Value]) -> R<()> {
        let f = self.f;
        let hd = &f.blocks[h];
        let bound: Vec<ir::Value> = args.iter().map(|&a| self.get(a)).collect::<R<_>>()?;
        let saved: Vec<(ssa::Value, Option<ir::Value>)> =
            hd.params.iter().chain(&hd.insts).map(|&v| (v, self.vals[v])).collect();
        let latch = self.cur;
        for (&p, x) in hd.params.iter().zip(bound) {
            self.vals[p] = Some(x);
        }
        self.cur = Some(h);
        for &v in &hd.insts {
            self.b.set_srcloc(encode_srcloc(f.values[v].pos));
            self.value(v)?;
        }
        self.define_vars(h);
        self.b.set_srcloc(encode_srcloc(hd.term_pos));
        let Term::If { cond, then, els } = &hd.term else {
            unreachable!("rotated header ends in If")
        };
        self.branch(h, *cond, then, els, false)?;
        for (v, x) in saved {
            self.vals[v] = x;
        }
        self.cur = latch;
        Ok(())
    }

    fn run(&mut self) -> R<()> {
        let f = self.f;
        let (cfg, dt) = ssa::dom::DomTree::compute(f);
        if self.optimize {
            self.loops = Some(ssa::loops::LoopInfo::new(&cfg, &dt));
        }
        for &b in &f.layout {
            self.npreds[b] = cfg.preds(b).len() as u32;
        }
        if self.optimize {
            self.rotation(&dt);
        }
        let entry = f.entry().ok_or("function has no blocks")?;
        for (ss, d) in f.slots.iter() {
            let shift = d.align.max(1).trailing_zeros() as u8;
            let s = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                d.size,
                shift,
            ));
            self.slots[ss] = Some(s);
        }
        // create blocks and insert them in layout order
        for &sb in &f.layout {
            if !dt.is_reachable(sb) {
                continue;
            }
            let cb = self.b.create_block();
            self.blocks[sb] = Some(cb);
            if sb == entry {
                self.b.append_block_params_for_function_params(cb);
            } else {
                for &p in &f.blocks[sb].params {
                    let v = self.b.append_block_param(cb, cl_type(f.values[p].ty));
                    self.vals[p] = Some(v);
                }
            }
            // Cranelift refuses a cold entry block (a function that only panics).
            if f.blocks[sb].term == Term::Exit && Some(&sb) != f.layout.first() {
                self.b.set_cold_block(cb);
            }
        }
        for &sb in &f.layout {
            if let Some(cb) = self.blocks[sb] {
                self.b.switch_to_block(cb);
            }
        }
        let ecb = self.blocks[entry].ok_or("entry block missing")?;
        let params = self.b.block_params(ecb).to_vec();
        let skip = if needs_sret(&f.sig.results) && !f.sig.noreturn {
            self.sret = params.first().copied();
            1
        } else {
            0
        };
        for (&p, &v) in f.blocks[entry].params.iter().zip(&params[skip..]) {
            self.vals[p] = Some(v);
        }
        for &sb in &dt.rpo {
            let cb = self.blocks[sb].ok_or("block missing")?;
            self.b.switch_to_block(cb);
            self.cur = Some(sb);
            if sb == entry && self.level >= 2 && f.name == "main.init" {
                // the first Go code to run: check the CPU before anything else
                self.b.set_srcloc(encode_srcloc(f.pos));
                let sig = ssa::Signature::default();
                let r = self.func_ref(crate::cpucheck::SYMBOL, &sig)?;
                self.b.ins().call(r, &[]);
            }
            for &v in &f.blocks[sb].insts {
                self.b.set_srcloc(encode_srcloc(f.values[v].pos));
                self.value(v)?;
            }
            if self.rotated[sb] {
                self.define_vars(sb);
            }
            self.b.set_srcloc(encode_srcloc(f.blocks[sb].term_pos));
            self.term(sb)?;
        }
        Ok(())
    }

    fn get(&mut self, v: ssa::Value) -> R<ir::Value> {
        if let Some(&(var, home)) = self.vars.get(&v) {
            if self.cur != Some(home) {
                return Ok(self.b.use_var(var));
            }
        }
        self.vals[v].ok_or_else(|| format!("{v} used before it was lowered"))
    }

    fn args(&mut self, v: ssa::Value) -> R<Vec<ir::Value>> {
        self.f.values[v].args.iter().map(|&a| self.get(a)).collect()
    }

    fn block_args(&mut self, vs: &[ssa::Value]) -> R<Vec<BlockArg>> {
        vs.iter().map(|&v| self.get(v).map(BlockArg::Value)).collect()
    }

    fn target(&mut self, t: &ssa::BlockCall) -> R<(ir::Block, Vec<BlockArg>)> {
        let b = self.blocks[t.block].ok_or_else(|| format!("jump to missing {}", t.block))?;
        Ok((b, self.block_args(&t.args)?))
    }

    fn func_ref(&mut self, name: &str, sig: &ssa::Signature) -> R<FuncRef> {
        if let Some(&r) = self.funcs.get(name) {
            return Ok(r);
        }
        let Some(Decl::Func(id)) = self.syms.get(name) else {
            return Err(format!("call of undeclared function {name}"));
        };
        let sigref = self.b.import_signature(cl_signature(sig));
        let uref = self
            .b
            .func
            .declare_imported_user_function(UserExternalName { namespace: 0, index: id.as_u32() });
        let r = self.b.import_function(ExtFuncData {
            name: ExternalName::user(uref),
            signature: sigref,
            colocated: true,
            patchable: false,
        });
        self.funcs.insert(name.to_string(), r);
        Ok(r)
    }

    fn sym_value(&mut self, name: &str) -> R<ir::Value> {
        match self.syms.get(name) {
            Some(Decl::Func(_)) => {
                let sig = self.syms.func_sig(name).cloned().unwrap_or_default();
                let r = self.func_ref(name, &sig)?;
                Ok(self.b.ins().func_addr(types::I64, r))
            }
            Some(Decl::Data(id)) => {
                let gv = match self.globals.get(name) {
                    Some(&g) => g,
                    None => {
                        let uref = self.b.func.declare_imported_user_function(UserExternalName {
                            namespace: 1,
                            index: id.as_u32(),
                        });
                        let g = self.b.create_global_value(GlobalValueData::Symbol {
                            name: ExternalName::user(uref),
                            offset: ir::immediates::Imm64::new(0),
                            colocated: true,
                            tls: false,
                        });
                        self.globals.insert(name.to_string(), g);
                        g
                    }
                };
                Ok(self.b.ins().symbol_value(types::I64, gv))
            }
            None => Err(format!("undeclared symbol {name}")),
        }
    }

    fn const_arg(&self, v: ssa::Value, i: usize) -> Option<i64> {
        self.f.const_int(self.f.values[v].args[i])
    }

    fn value(&mut self, v: ssa::Value) -> R<()> {
        let f = self.f;
        let d = &f.values[v];
        let ty = cl_type(d.ty);
        let a = if d.op == Op::Proj { Vec::new() } else { self.args(v)? };
        let arg_ty = d.args.first().map(|&x| self.f.values[x].ty);
        let is_float = d.ty.is_float() || arg_ty.is_some_and(|t| t.is_float());
        let r: ir::Value = match d.op {
            Op::Const => self.b.ins().iconst(ty, d.aux_int),
            Op::ConstF => {
                let x = f64::from_bits(d.aux_int as u64);
                if d.ty == Type::F32 {
                    self.b.ins().f32const(x as f32)
                } else {
                    self.b.ins().f64const(x)
                }
            }
            Op::SymAddr => {
                let Aux::Sym(name) = &d.aux else { return Err("SymAddr without symbol".into()) };
                let base = self.sym_value(name)?;
                if d.aux_int != 0 { self.b.ins().iadd_imm_s(base, d.aux_int) } else { base }
            }
            Op::SlotAddr => {
                let ss = d.slot().and_then(|s| self.slots[s]).ok_or("bad slot")?;
                self.b.ins().stack_addr(types::I64, ss, 0)
            }
            Op::Copy => a[0],
            Op::Add if is_float => self.b.ins().fadd(a[0], a[1]),
            Op::Add => self.b.ins().iadd(a[0], a[1]),
            Op::Sub if is_float => self.b.ins().fsub(a[0], a[1]),
            Op::Sub => self.b.ins().isub(a[0], a[1]),
            Op::Mul if is_float => self.b.ins().fmul(a[0], a[1]),
            Op::Mul => self.b.ins().imul(a[0], a[1]),
            Op::MulHi => self.b.ins().smulhi(a[0], a[1]),
            Op::MulHiU => self.b.ins().umulhi(a[0], a[1]),
            Op::Div if is_float => self.b.ins().fdiv(a[0], a[1]),
            Op::Div | Op::Mod => self.signed_div(d.op, v, ty, a[0], a[1]),
            Op::DivU => self.b.ins().udiv(a[0], a[1]),
            Op::ModU => self.b.ins().urem(a[0], a[1]),
            Op::Neg if is_float => self.b.ins().fneg(a[0]),
            Op::Neg => self.b.ins().ineg(a[0]),
            Op::And => self.b.ins().band(a[0], a[1]),
            Op::Or => self.b.ins().bor(a[0], a[1]),
            Op::Xor => self.b.ins().bxor(a[0], a[1]),
            Op::Com => self.b.ins().bnot(a[0]),
            Op::Not => self.b.ins().bxor_imm_s(a[0], 1),
            Op::Shl | Op::ShrU | Op::ShrS => self.shift(d.op, d.aux_int == 1, ty, a[0], a[1]),
            Op::RotL => self.b.ins().rotl(a[0], a[1]),
            Op::Ctz => self.b.ins().ctz(a[0]),
            Op::Clz => self.b.ins().clz(a[0]),
            Op::PopCount => self.b.ins().popcnt(a[0]),
            Op::Sqrt => self.b.ins().sqrt(a[0]),
            Op::Abs => self.b.ins().fabs(a[0]),
            Op::Floor | Op::Ceil | Op::RoundTrunc if self.level < 2 => self.round_sw(d.op, a[0]),
            Op::Floor => self.b.ins().floor(a[0]),
            Op::Ceil => self.b.ins().ceil(a[0]),
            Op::RoundTrunc => self.b.ins().trunc(a[0]),
            Op::Fma if self.level < 3 => self.fma_call(ty, &a)?,
            Op::Fma => self.b.ins().fma(a[0], a[1], a[2]),
            Op::Eq | Op::Neq | Op::Less | Op::Leq | Op::LessU | Op::LeqU if is_float => {
                let cc = match d.op {
                    Op::Eq => FloatCC::Equal,
                    Op::Neq => FloatCC::NotEqual,
                    Op::Less => FloatCC::LessThan,
                    _ => FloatCC::LessThanOrEqual,
                };
                self.b.ins().fcmp(cc, a[0], a[1])
            }
            Op::Eq | Op::Neq | Op::Less | Op::Leq | Op::LessU | Op::LeqU => {
                let cc = match d.op {
                    Op::Eq => IntCC::Equal,
                    Op::Neq => IntCC::NotEqual,
                    Op::Less => IntCC::SignedLessThan,
                    Op::Leq => IntCC::SignedLessThanOrEqual,
                    Op::LessU => IntCC::UnsignedLessThan,
                    _ => IntCC::UnsignedLessThanOrEqual,
                };
                self.b.ins().icmp(cc, a[0], a[1])
            }
            Op::Select => self.b.ins().select(a[0], a[1], a[2]),
            Op::IsInBounds => self.b.ins().icmp(IntCC::UnsignedLessThan, a[0], a[1]),
            Op::IsSliceInBounds => self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, a[0], a[1]),
            Op::IsNonNil => self.b.ins().icmp_imm_s(IntCC::NotEqual, a[0], 0),
            Op::SignExt => self.b.ins().sextend(ty, a[0]),
            Op::ZeroExt => self.b.ins().uextend(ty, a[0]),
            Op::Trunc => self.b.ins().ireduce(ty, a[0]),
            Op::CvtSToF => self.b.ins().fcvt_from_sint(ty, a[0]),
            Op::CvtUToF => self.b.ins().fcvt_from_uint(ty, a[0]),
            Op::CvtFToS => self.float_to_int(ty, a[0], true),
            Op::CvtFToU => self.float_to_int(ty, a[0], false),
            Op::FPromote => self.b.ins().fpromote(types::F64, a[0]),
            Op::FDemote => self.b.ins().fdemote(types::F32, a[0]),
            Op::Bitcast => {
                let from = cl_type(arg_ty.unwrap_or(Type::I64));
                if from == ty { a[0] } else { self.b.ins().bitcast(ty, MemFlagsData::new(), a[0]) }
            }
            Op::AddPtr => self.b.ins().iadd(a[0], a[1]),
            Op::OffPtr => self.b.ins().iadd_imm_s(a[0], d.aux_int),
            Op::Load => {
                let (p, off) = self.addr(a[0], d.aux_int);
                self.b.ins().load(ty, flags(), p, off)
            }
            Op::Store => {
                let (p, off) = self.addr(a[0], d.aux_int);
                self.b.ins().store(flags(), a[1], p, off);
                return Ok(());
            }
            Op::Zero => {
                self.zero(a[0], d.aux_int as u64);
                return Ok(());
            }
            Op::Move => {
                self.copy(a[0], a[1], d.aux_int as u64);
                return Ok(());
            }
            Op::NilCheck => {
                self.nil_check(a[0])?;
                return Ok(());
            }
            Op::Call | Op::CallInd => return self.call(v, &a),
            Op::Proj => {
                let t = self.tuples.get(&d.args[0]).ok_or("Proj of a non-tuple")?;
                *t.get(d.aux_int as usize).ok_or("Proj index out of range")?
            }
        };
        self.vals[v] = Some(r);
        Ok(())
    }

    /// `Floor`, `Ceil`, `RoundTrunc` without SSE4.1's ROUNDSD, branch-free and
    /// with ROUNDSD's results for every input (−0 kept, NaN quieted, payload
    /// kept). With `a = |x| < 2^52` (2^23 for f32):
    /// `r = (a + 2^52) − 2^52` rounds `a` to nearest; `r − (r > a)` is
    /// `trunc(a)`; its sign is set from `x`. Inputs that are already integral
    /// (|x| ≥ 2^52, ±Inf) and NaN give `x + 0`. Then floor subtracts `x < t`
    /// (1 or +0) and ceil adds `x > t` (1 or −0), which keeps the sign of zeros.
    fn round_sw(&mut self, op: Op, x: ir::Value) -> ir::Value {
        let fty = self.b.func.dfg.value_type(x);
        let f32 = fty == types::F32;
        let ity = if f32 { types::I32 } else { types::I64 };
        let fc = |l: &mut Self, v: f64| {
            if f32 { l.b.ins().f32const(v as f32) } else { l.b.ins().f64const(v) }
        };
        // bit patterns: 1.0, +0.0, -0.0
        let (one_bits, pz_bits, nz_bits) = if f32 {
            (1f32.to_bits() as i64, 0, (-0f32).to_bits() as i32 as i64)
        } else {
            (1f64.to_bits() as i64, 0, (-0f64).to_bits() as i64)
        };
        // cond ? 1.0 : other, through an integer select (cmov)
        let one_or = |l: &mut Self, cond: ir::Value, other: i64| {
            let one = l.b.ins().iconst(ity, one_bits);
            let oth = l.b.ins().iconst(ity, other);
            let bits = l.b.ins().select(cond, one, oth);
            l.b.ins().bitcast(fty, MemFlagsData::new(), bits)
        };
        let big = fc(self, if f32 { 8388608.0 } else { 4503599627370496.0 });
        let a = self.b.ins().fabs(x);
        let s = self.b.ins().fadd(a, big);
        let r = self.b.ins().fsub(s, big);
        let gt = self.b.ins().fcmp(FloatCC::GreaterThan, r, a);
        let adj = one_or(self, gt, pz_bits);
        let ta = self.b.ins().fsub(r, adj);
        let t = self.b.ins().fcopysign(ta, x);
        let zero = fc(self, 0.0);
        let same = self.b.ins().fadd(x, zero);
        let small = self.b.ins().fcmp(FloatCC::LessThan, a, big);
        let tb = self.b.ins().bitcast(ity, MemFlagsData::new(), t);
        let sb = self.b.ins().bitcast(ity, MemFlagsData::new(), same);
        let rb = self.b.ins().select(small, tb, sb);
        let t = self.b.ins().bitcast(fty, MemFlagsData::new(), rb);
        match op {
            Op::Floor => {
                let lt = self.b.ins().fcmp(FloatCC::LessThan, x, t);
                let d = one_or(self, lt, pz_bits);
                self.b.ins().fsub(t, d)
            }
            Op::Ceil => {
                let gt = self.b.ins().fcmp(FloatCC::GreaterThan, x, t);
                let d = one_or(self, gt, nz_bits);
                self.b.ins().fadd(t, d)
            }
            _ => t,
        }
    }

    /// `Fma` below v3: a direct call of the runtime's correctly rounded `fma`
    /// (`fmaf` for f32).
    fn fma_call(&mut self, ty: ir::Type, a: &[ir::Value]) -> R<ir::Value> {
        let (name, t) = if ty == types::F32 { ("fmaf", Type::F32) } else { ("fma", Type::F64) };
        let sig = ssa::Signature { params: vec![t; 3], results: vec![t], noreturn: false };
        let r = self.func_ref(name, &sig)?;
        let call = self.b.ins().call(r, &a[..3]);
        Ok(self.b.inst_results(call)[0])
    }

    /// Split an offset that does not fit a 32-bit displacement.
    fn addr(&mut self, p: ir::Value, off: i64) -> (ir::Value, i32) {
        match i32::try_from(off) {
            Ok(o) => (p, o),
            Err(_) => (self.b.ins().iadd_imm_s(p, off), 0),
        }
    }

    /// Go's signed `/` and `%`: the divisor is non-zero (checked before), and
    /// `x / -1` is `-x` (no trap for MinInt), `x % -1` is 0.
    fn signed_div(
        &mut self,
        op: Op,
        v: ssa::Value,
        ty: ir::Type,
        x: ir::Value,
        y: ir::Value,
    ) -> ir::Value {
        match self.const_arg(v, 1) {
            Some(-1) => {
                return if op == Op::Div {
                    self.b.ins().ineg(x)
                } else {
                    self.b.ins().iconst(ty, 0)
                };
            }
            Some(c) if c != 0 => {
                return if op == Op::Div {
                    self.b.ins().sdiv(x, y)
                } else {
                    self.b.ins().srem(x, y)
                };
            }
            _ => {}
        }
        let is_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
        let one = self.b.ins().iconst(ty, 1);
        let safe = self.b.ins().select(is_m1, one, y);
        if op == Op::Div {
            let q = self.b.ins().sdiv(x, safe);
            let neg = self.b.ins().ineg(x);
            self.b.ins().select(is_m1, neg, q)
        } else {
            self.b.ins().srem(x, safe) // x % 1 == 0 == x % -1
        }
    }

    /// Go shifts: the count is unsigned; ≥ width gives 0 or the sign fill.
    fn shift(
        &mut self,
        op: Op,
        bounded: bool,
        ty: ir::Type,
        x: ir::Value,
        c: ir::Value,
    ) -> ir::Value {
        let w = ty.bits() as i64;
        if bounded {
            return match op {
                Op::Shl => self.b.ins().ishl(x, c),
                Op::ShrU => self.b.ins().ushr(x, c),
                _ => self.b.ins().sshr(x, c),
            };
        }
        let cty = self.b.func.dfg.value_type(c);
        // a count type narrower than the width (i8 count, 64-bit width) still
        // compares correctly as unsigned: 64 < 256
        let in_range = if (cty.bits() as i64) < 64 && w >= 1i64 << cty.bits() {
            self.b.ins().iconst(types::I8, 1)
        } else {
            self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, c, w)
        };
        match op {
            Op::ShrS => {
                let max = self.b.ins().iconst(cty, w - 1);
                let cc = self.b.ins().select(in_range, c, max);
                self.b.ins().sshr(x, cc)
            }
            _ => {
                let r =
                    if op == Op::Shl { self.b.ins().ishl(x, c) } else { self.b.ins().ushr(x, c) };
                let zero = self.b.ins().iconst(ty, 0);
                self.b.ins().select(in_range, r, zero)
            }
        }
    }

    /// gc's CVTTSD2SQ/CVTTSD2SL semantics: NaN and out of range give MinInt.
    fn float_to_signed(&mut self, bits: u32, x: ir::Value) -> ir::Value {
        let ity = if bits == 64 { types::I64 } else { types::I32 };
        let fty = self.b.func.dfg.value_type(x);
        let lim = 2f64.powi(bits as i32 - 1);
        let (lo, hi) = if fty == types::F32 {
            (self.b.ins().f32const(-(lim as f32)), self.b.ins().f32const(lim as f32))
        } else {
            (self.b.ins().f64const(-lim), self.b.ins().f64const(lim))
        };
        let ge = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
        let lt = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
        let ok = self.b.ins().band(ge, lt);
        let sat = self.b.ins().fcvt_to_sint_sat(ity, x);
        let min = self.b.ins().iconst(ity, if bits == 64 { i64::MIN } else { i32::MIN as i64 });
        self.b.ins().select(ok, sat, min)
    }

    fn float_to_int(&mut self, ty: ir::Type, x: ir::Value, signed: bool) -> ir::Value {
        let bits = ty.bits();
        if signed || bits < 64 {
            // narrow results go through int32 (int8/16, uint8/16) or int64 (uint32), as gc
            let via = if bits == 64 || (!signed && bits == 32) { 64 } else { 32 };
            let r = self.float_to_signed(via, x);
            let rty = self.b.func.dfg.value_type(r);
            return if rty == ty { r } else { self.b.ins().ireduce(ty, r) };
        }
        // uint64: x < 2^63 ? int64(x) : int64(x - 2^63) | MinInt64
        let fty = self.b.func.dfg.value_type(x);
        let two63 = if fty == types::F32 {
            self.b.ins().f32const(2f32.powi(63))
        } else {
            self.b.ins().f64const(2f64.powi(63))
        };
        let small = self.b.ins().fcmp(FloatCC::LessThan, x, two63);
        let a = self.float_to_signed(64, x);
        let xm = self.b.ins().fsub(x, two63);
        let bb = self.float_to_signed(64, xm);
        let min = self.b.ins().iconst(types::I64, i64::MIN);
        let big = self.b.ins().bor(bb, min);
        self.b.ins().select(small, a, big)
    }

    fn zero(&mut self, p: ir::Value, size: u64) {
        if size <= 256 {
            self.b.emit_small_memset(self.cfg, p, 0, size, 1, flags());
        } else {
            let z = self.b.ins().iconst(types::I8, 0);
            let n = self.b.ins().iconst(types::I64, size as i64);
            self.b.call_memset(self.cfg, p, z, n);
        }
    }

    fn copy(&mut self, dst: ir::Value, src: ir::Value, size: u64) {
        if size <= 256 {
            self.b.emit_small_memory_copy(self.cfg, dst, src, size, 1, 1, true, flags());
        } else {
            let n = self.b.ins().iconst(types::I64, size as i64);
            self.b.call_memmove(self.cfg, dst, src, n);
        }
    }

    /// `if p == nil { runtime.panicmem() }` with a cold panic block.
    fn nil_check(&mut self, p: ir::Value) -> R<()> {
        let cont = self.b.create_block();
        let fail = self.b.create_block();
        self.b.set_cold_block(fail);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        self.b.ins().brif(is_nil, fail, &[], cont, &[]);
        self.b.switch_to_block(fail);
        let sig = ssa::Signature { params: vec![], results: vec![], noreturn: true };
        let r = self.func_ref("runtime.panicmem", &sig)?;
        self.b.ins().call(r, &[]);
        self.b.ins().trap(TrapCode::unwrap_user(1));
        self.b.switch_to_block(cont);
        Ok(())
    }

    fn call(&mut self, v: ssa::Value, a: &[ir::Value]) -> R<()> {
        let f = self.f;
        let d = &f.values[v];
        let Aux::Call(c) = &d.aux else { return Err("call without signature".into()) };
        let sret = !c.sig.noreturn && needs_sret(&c.sig.results);
        let mut args = Vec::with_capacity(a.len() + 1);
        let buf = if sret {
            let (_, size, align) = layout(&c.sig.results);
            let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                size,
                align.trailing_zeros() as u8,
            ));
            let p = self.b.ins().stack_addr(types::I64, ss, 0);
            args.push(p);
            Some(p)
        } else {
            None
        };
        let inst = if d.op == Op::Call {
            let name = c.callee.as_deref().ok_or("call without callee")?;
            args.extend_from_slice(a);
            let r = self.func_ref(name, &c.sig)?;
            self.b.ins().call(r, &args)
        } else {
            args.extend_from_slice(&a[1..]);
            let sigref = self.b.import_signature(cl_signature(&c.sig));
            self.b.ins().call_indirect(sigref, a[0], &args)
        };
        let results: Vec<ir::Value> = if let Some(p) = buf {
            let (offs, _, _) = layout(&c.sig.results);
            let tys = c.sig.results.clone();
            tys.iter()
                .zip(offs)
                .map(|(&t, o)| self.b.ins().load(cl_type(t), MemFlagsData::trusted(), p, o as i32))
                .collect()
        } else {
            self.b.inst_results(inst).to_vec()
        };
        match results.len() {
            0 => {}
            1 => self.vals[v] = Some(results[0]),
            _ => {
                self.tuples.insert(v, results);
            }
        }
        Ok(())
    }

    fn is_latch(&self, b: ssa::Block, h: ssa::Block) -> bool {
        self.loops
            .as_ref()
            .is_some_and(|li| li.loops.iter().any(|l| l.header == h && l.latches.contains(&b)))
    }

    /// `sb`'s two-way branch. With `layout`, the likely target is laid out to
    /// fall through ([`Lowerer::falls_to_then`]).
    fn branch(
        &mut self,
        sb: ssa::Block,
        cond: ssa::Value,
        then: &ssa::BlockCall,
        els: &ssa::BlockCall,
        layout: bool,
    ) -> R<()> {
        let mut c = self.get(cond)?;
        let mut taken = self.target(then)?;
        let mut fall = self.target(els)?;
        let mut taken_block = then.block;
        if layout && self.falls_to_then(sb, cond, then.block, els.block) {
            // Cranelift lays the second target out right after this
            // block: branch on the complement so `then` falls through
            // (`icmp eq (icmp cc x y), 0` folds to the complement cc).
            c = self.b.ins().icmp_imm_u(IntCC::Equal, c, 0);
            std::mem::swap(&mut taken, &mut fall);
            taken_block = els.block;
        }
        if self.optimize && !taken.1.is_empty() && self.npreds[taken_block] > 1 {
            // Cranelift puts a critical edge's moves right after the
            // branch, between it and the fall-through. A block of our
            // own has one predecessor and goes after the fall-through.
            let e = self.b.create_block();
            self.b.ins().brif(c, e, &[], fall.0, &fall.1);
            self.b.switch_to_block(e);
            self.b.ins().jump(taken.0, &taken.1);
        } else {
            self.b.ins().brif(c, taken.0, &taken.1, fall.0, &fall.1);
        }
        Ok(())
    }

    fn term(&mut self, sb: ssa::Block) -> R<()> {
        let f = self.f;
        let t = &f.blocks[sb].term;
        match t {
            Term::None => return Err(format!("{sb} is not terminated")),
            Term::Jump(bc)
                if self.rotated[bc.block]
                    && self.cur != Some(bc.block)
                    && self.is_latch(sb, bc.block) =>
            {
                self.copy_header(bc.block, &bc.args)?;
            }
            Term::Jump(bc) => {
                let (b, args) = self.target(bc)?;
                self.b.ins().jump(b, &args);
            }
            Term::If { cond, then, els } => {
                self.branch(sb, *cond, then, els, true)?;
            }
            Term::Switch { index, targets, default } => {
                let i = self.get(*index)?;
                let ity = self.b.func.dfg.value_type(i);
                let (db, da) = self.target(default)?;
                let n = targets.len() as i64;
                // br_table takes an i32 index: range-check at full width first
                let in_range = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, i, n);
                let table_block = self.b.create_block();
                self.b.ins().brif(in_range, table_block, &[], db, &da);
                self.b.switch_to_block(table_block);
                let i32v = match ity.bits() {
                    64 => self.b.ins().ireduce(types::I32, i),
                    32 => i,
                    _ => self.b.ins().uextend(types::I32, i),
                };
                let def = self.b.func.dfg.block_call(db, &da);
                let mut calls = Vec::new();
                for t in targets {
                    let (b, args) = self.target(t)?;
                    calls.push(self.b.func.dfg.block_call(b, &args));
                }
                let jt = self.b.create_jump_table(JumpTableData::new(def, &calls));
                self.b.ins().br_table(i32v, jt);
            }
            Term::Ret(vs) => {
                let vals: Vec<ir::Value> = vs.iter().map(|&v| self.get(v)).collect::<R<_>>()?;
                if let Some(p) = self.sret {
                    let (offs, _, _) = layout(&self.f.sig.results);
                    for (&v, o) in vals.iter().zip(offs) {
                        self.b.ins().store(MemFlagsData::trusted(), v, p, o as i32);
                    }
                    self.b.ins().return_(&[]);
                } else {
                    self.b.ins().return_(&vals);
                }
            }
            Term::Exit => {
                self.b.ins().trap(TrapCode::unwrap_user(1));
            }
        }
        Ok(())
    }
}
