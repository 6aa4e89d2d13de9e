//! The per-function builder ([`Fb`]): blocks, instructions, and SSA variables.
//!
//! SSA form is built on the fly with Braun et al.'s algorithm ("Simple and
//! Efficient Construction of SSA Form", CC 2013), with block parameters in
//! place of phis: every scalar that changes along control flow (the leaves
//! of SSA-resident Go variables and the builder's own temporaries) is a
//! *variable*; [`Fb::write_var`] records its current value in the current
//! block and [`Fb::read_var`] finds it, walking to predecessors and adding a
//! block parameter where paths join. A block is *sealed* once all its
//! predecessors are known; parameters of unsealed blocks stay incomplete
//! until then. Jump arguments are not positional while building: each
//! parameter records its incoming value per predecessor, and
//! [`Fb::finish`] removes unreachable blocks and trivial parameters (all
//! incoming values the same) and only then writes the jump arguments.
//!
//! Positions: [`Fb::pos`] is given to every value and terminator created;
//! expression and statement lowering sets it to the node being lowered.

use crate::Gen;
use crate::locals::Home;
use crate::shape::FnShape;
use ssa::{
    Aux, Block, BlockCall, CallAux, Op, Signature, Slot, Term, Type, Value, ValueData, ValueDef,
};
use std::collections::{HashMap, HashSet};
use syntax::Pos;
use types::ir::{FuncId, LabelId, LocalId, TargetId};

/// How `return` works in the function being built.
#[derive(Clone, Debug, Default)]
pub enum RetMode {
    /// Results are returned as leaves; results passed by reference are
    /// written through these out pointers (one per result, `None` for leaves).
    #[default]
    Direct,
    /// The protected body of a function with `defer`: results live in their
    /// homes (the environment), the body returns nothing.
    Body,
}

pub struct Fb<'g, 'p> {
    pub g: &'g mut Gen<'p>,
    pub prog: &'p types::Program,
    pub f: ssa::Function,
    pub cur: Block,
    pub pos: Pos,
    var_tys: Vec<Type>,
    defs: HashMap<(u32, Block), Value>,
    sealed: HashSet<Block>,
    incomplete: HashMap<Block, Vec<(u32, Value)>>,
    preds: HashMap<Block, Vec<Block>>,
    param_var: HashMap<Value, u32>,
    incoming: HashMap<Value, Vec<(Block, Value)>>,
    /// The Go function being lowered (None for synthesized functions).
    pub gf: Option<FuncId>,
    pub homes: HashMap<LocalId, Home>,
    /// break / continue blocks of enclosing statements.
    pub targets: HashMap<TargetId, (Block, Option<Block>)>,
    pub labels: HashMap<LabelId, Block>,
    /// Labels whose gotos all precede them (see `stmt::forward_labels`).
    pub forward_labels: HashSet<LabelId>,
    pub ret_mode: RetMode,
    /// Out pointers of results passed by reference (parallel to the results).
    pub out_ptrs: Vec<Option<Value>>,
    /// The shape of the Go function being built.
    pub shape: Option<FnShape>,
    /// The `DeferFrame` of the function (in a protected body: loaded from the environment).
    pub defer_frame: Option<Value>,
    /// A slot whose address identifies this frame to `runtime.gorecover`.
    pub recover_marker: Option<Slot>,
    /// The body block of the next switch clause (for `fallthrough`).
    pub fallthrough_to: Option<Block>,
    pub(crate) temp_count: u32,
    /// Index operands of 64-bit unsigned type (see `index_value`).
    pub(crate) unsigned_idx: HashSet<Value>,
}

impl<'g, 'p> Fb<'g, 'p> {
    pub fn new(g: &'g mut Gen<'p>, name: String, sig: Signature, pos: Pos) -> Fb<'g, 'p> {
        let prog = g.prog;
        let mut f = ssa::Function::new(name, sig);
        f.pos = pos;
        let entry = f.create_block();
        for t in f.sig.params.clone() {
            f.append_block_param(entry, t);
        }
        let mut fb = Fb {
            g,
            prog,
            f,
            cur: entry,
            pos,
            var_tys: Vec::new(),
            defs: HashMap::new(),
            sealed: HashSet::new(),
            incomplete: HashMap::new(),
            preds: HashMap::new(),
            param_var: HashMap::new(),
            incoming: HashMap::new(),
            gf: None,
            homes: HashMap::new(),
            targets: HashMap::new(),
            labels: HashMap::new(),
            forward_labels: HashSet::new(),
            ret_mode: RetMode::Direct,
            out_ptrs: Vec::new(),
            shape: None,
            defer_frame: None,
            recover_marker: None,
            fallthrough_to: None,
            temp_count: 0,
            unsigned_idx: HashSet::new(),
        };
        fb.sealed.insert(entry);
        fb
    }

    pub fn entry(&self) -> Block {
        self.f.layout[0]
    }

    pub fn params(&self) -> Vec<Value> {
        self.f.blocks[self.entry()].params.clone()
    }

    pub fn ice(&mut self, msg: impl Into<String>) {
        let pos = if self.pos.is_known() { self.pos } else { self.f.pos };
        let m = format!("{}: {}", self.f.name, msg.into());
        self.g.ice(pos, m);
    }

    // ------------------------------------------------------------ blocks

    pub fn new_block(&mut self) -> Block {
        self.f.create_block()
    }

    pub fn switch_to(&mut self, b: Block) {
        self.cur = b;
    }

    pub fn terminated(&self) -> bool {
        self.f.blocks[self.cur].term != Term::None
    }

    /// Continue in a fresh block without predecessors (code after a jump,
    /// return or panic); it is dropped at the end.
    pub fn dead_block(&mut self) {
        let b = self.new_block();
        self.sealed.insert(b);
        self.cur = b;
    }

    fn add_pred(&mut self, from: Block, to: Block) {
        let v = self.preds.entry(to).or_default();
        if !v.contains(&from) {
            v.push(from);
        }
    }

    fn set_term(&mut self, t: Term) {
        let cur = self.cur;
        if self.f.blocks[cur].term != Term::None {
            return;
        }
        for s in t.successors() {
            self.add_pred(cur, s);
        }
        let bd = &mut self.f.blocks[cur];
        bd.term = t;
        bd.term_pos = self.pos;
    }

    pub fn jump(&mut self, to: Block) {
        self.set_term(Term::Jump(BlockCall::new(to, vec![])));
    }

    pub fn branch(&mut self, cond: Value, then: Block, els: Block) {
        self.set_term(Term::If {
            cond,
            then: BlockCall::new(then, vec![]),
            els: BlockCall::new(els, vec![]),
        });
    }

    pub fn switch_term(&mut self, index: Value, targets: Vec<Block>, default: Block) {
        self.set_term(Term::Switch {
            index,
            targets: targets.into_iter().map(|b| BlockCall::new(b, vec![])).collect(),
            default: BlockCall::new(default, vec![]),
        });
    }

    pub fn ret(&mut self, vals: Vec<Value>) {
        self.set_term(Term::Ret(vals));
    }

    /// All predecessors of `b` are known: complete its incomplete parameters.
    pub fn seal(&mut self, b: Block) {
        if !self.sealed.insert(b) {
            return;
        }
        let inc = self.incomplete.remove(&b).unwrap_or_default();
        for (v, p) in inc {
            self.add_param_operands(v, b, p);
        }
    }

    // ------------------------------------------------------------ variables

    pub fn new_var(&mut self, ty: Type) -> u32 {
        self.var_tys.push(ty);
        (self.var_tys.len() - 1) as u32
    }

    pub fn var_ty(&self, v: u32) -> Type {
        self.var_tys[v as usize]
    }

    pub fn write_var(&mut self, v: u32, val: Value) {
        self.defs.insert((v, self.cur), val);
    }

    pub fn read_var(&mut self, v: u32) -> Value {
        let cur = self.cur;
        self.read_var_in(v, cur)
    }

    fn read_var_in(&mut self, v: u32, b0: Block) -> Value {
        let mut chain = Vec::new();
        let mut b = b0;
        let val = loop {
            if let Some(&x) = self.defs.get(&(v, b)) {
                break x;
            }
            if !self.sealed.contains(&b) {
                let p = self.new_param(b, v);
                self.incomplete.entry(b).or_default().push((v, p));
                break p;
            }
            let ps = self.preds.get(&b).cloned().unwrap_or_default();
            if ps.len() == 1 {
                chain.push(b);
                b = ps[0];
                continue;
            }
            if ps.is_empty() {
                // the entry (variable never written: zero) or an unreachable block
                let ty = self.var_tys[v as usize];
                let d = zero_const_data(ty, self.pos);
                let x = if b == self.entry() {
                    self.f.insert_inst(b, 0, d)
                } else {
                    self.f.append_inst(b, d)
                };
                self.defs.insert((v, b), x);
                break x;
            }
            let p = self.new_param(b, v);
            self.add_param_operands(v, b, p);
            break p;
        };
        for c in chain {
            self.defs.insert((v, c), val);
        }
        self.defs.insert((v, b), val);
        val
    }

    fn new_param(&mut self, b: Block, v: u32) -> Value {
        let p = self.f.append_block_param(b, self.var_tys[v as usize]);
        self.param_var.insert(p, v);
        self.defs.insert((v, b), p);
        p
    }

    fn add_param_operands(&mut self, v: u32, b: Block, p: Value) {
        let ps = self.preds.get(&b).cloned().unwrap_or_default();
        for pr in ps {
            let x = self.read_var_in(v, pr);
            self.incoming.entry(p).or_default().push((pr, x));
        }
    }

    /// A fresh variable holding `val` now.
    pub fn temp_var(&mut self, val: Value) -> u32 {
        let ty = self.f.ty(val);
        let v = self.new_var(ty);
        self.write_var(v, val);
        v
    }

    // ------------------------------------------------------------ values

    pub fn ins_full(&mut self, op: Op, ty: Type, args: &[Value], aux_int: i64, aux: Aux) -> Value {
        let mut d = ValueData::new(op, ty, args.to_vec());
        d.aux_int = aux_int;
        d.aux = aux;
        d.pos = self.pos;
        self.f.append_inst(self.cur, d)
    }

    pub fn ins(&mut self, op: Op, ty: Type, args: &[Value]) -> Value {
        self.ins_full(op, ty, args, 0, Aux::None)
    }

    pub fn ty(&self, v: Value) -> Type {
        self.f.ty(v)
    }

    pub fn iconst(&mut self, ty: Type, v: i64) -> Value {
        let ty = if ty.is_scalar() { ty } else { Type::I64 };
        if ty.is_float() {
            return self.fconst(ty, v as f64);
        }
        self.ins_full(Op::Const, ty, &[], ty.canon_int(v), Aux::None)
    }

    pub fn fconst(&mut self, ty: Type, v: f64) -> Value {
        let v = if ty == Type::F32 { v as f32 as f64 } else { v };
        self.ins_full(Op::ConstF, ty, &[], v.to_bits() as i64, Aux::None)
    }

    pub fn zero_of(&mut self, ty: Type) -> Value {
        if ty.is_float() { self.fconst(ty, 0.0) } else { self.iconst(ty, 0) }
    }

    pub fn nil(&mut self) -> Value {
        self.iconst(Type::Ptr, 0)
    }

    pub fn int(&mut self, v: i64) -> Value {
        self.iconst(Type::I64, v)
    }

    pub fn bool_const(&mut self, b: bool) -> Value {
        self.iconst(Type::Bool, b as i64)
    }

    pub fn sym_addr(&mut self, sym: &str) -> Value {
        self.ins_full(Op::SymAddr, Type::Ptr, &[], 0, Aux::Sym(sym.into()))
    }

    pub fn slot_addr(&mut self, s: Slot) -> Value {
        self.ins_full(Op::SlotAddr, Type::Ptr, &[], 0, Aux::Slot(s))
    }

    pub fn new_slot(&mut self, size: u64, align: u64, name: &str) -> Slot {
        let align = align.clamp(1, 16).next_power_of_two() as u32;
        let size = u32::try_from(size).unwrap_or_else(|_| {
            self.ice("stack object too large");
            8
        });
        self.f.create_slot(size, align, name)
    }

    /// A zeroed temporary stack slot's address.
    pub fn temp_slot(&mut self, size: u64, align: u64) -> Value {
        self.temp_count += 1;
        let s = self.new_slot(size.max(1), align.max(1), "autotmp");
        let a = self.slot_addr(s);
        a
    }

    pub fn binary(&mut self, op: Op, a: Value, b: Value) -> Value {
        let ty = self.ty(a);
        self.ins(op, ty, &[a, b])
    }

    pub fn unary(&mut self, op: Op, a: Value) -> Value {
        let ty = self.ty(a);
        self.ins(op, ty, &[a])
    }

    pub fn cmp(&mut self, op: Op, a: Value, b: Value) -> Value {
        self.ins(op, Type::Bool, &[a, b])
    }

    pub fn conv(&mut self, op: Op, to: Type, a: Value) -> Value {
        self.ins(op, to, &[a])
    }

    pub fn load(&mut self, ty: Type, p: Value, off: i64) -> Value {
        self.ins_full(Op::Load, ty, &[p], off, Aux::None)
    }

    /// Flag the lengths and capacities among `vals` (the leaves of a value
    /// of type `ty`) `nonneg` when they were read from memory, received as
    /// parameters or returned by a call: such values never move before the
    /// point that produced them, so "≥ 0 wherever computed" holds (computed
    /// lengths such as `j - i` of a slicing are not flagged: a pure value may
    /// be moved above the checks that make it non-negative).
    pub fn mark_nonneg(&mut self, vals: &[Value], ty: types::TypeId) {
        let mask = crate::shape::nonneg_leaves(&self.g.tt, ty);
        if mask.len() != vals.len() {
            return;
        }
        let entry = self.entry();
        for (&v, nn) in vals.iter().zip(mask) {
            let d = &self.f.values[v];
            let ok = match d.def {
                ValueDef::Param(b, _) => b == entry,
                ValueDef::Inst(_) => match d.op {
                    Op::Load | Op::Call | Op::CallInd => true,
                    Op::Proj => d
                        .args
                        .first()
                        .is_some_and(|&c| matches!(self.f.values[c].op, Op::Call | Op::CallInd)),
                    _ => false,
                },
                ValueDef::Dead => false,
            };
            if nn && ok && d.ty == Type::I64 {
                self.f.values[v].nonneg = true;
            }
        }
    }

    pub fn store(&mut self, p: Value, off: i64, v: Value) {
        self.ins_full(Op::Store, Type::Void, &[p, v], off, Aux::None);
    }

    pub fn off_ptr(&mut self, p: Value, off: i64) -> Value {
        if off == 0 {
            return p;
        }
        self.ins_full(Op::OffPtr, Type::Ptr, &[p], off, Aux::None)
    }

    pub fn add_ptr(&mut self, p: Value, i: Value) -> Value {
        self.ins(Op::AddPtr, Type::Ptr, &[p, i])
    }

    pub fn zero_mem(&mut self, p: Value, size: u64) {
        if size > 0 {
            self.ins_full(Op::Zero, Type::Void, &[p], size as i64, Aux::None);
        }
    }

    pub fn move_mem(&mut self, dst: Value, src: Value, size: u64) {
        if size > 0 {
            self.ins_full(Op::Move, Type::Void, &[dst, src], size as i64, Aux::None);
        }
    }

    pub fn nil_check(&mut self, p: Value) {
        // addresses of slots and symbols are never nil
        if matches!(self.f.op(p), Op::SlotAddr | Op::SymAddr) {
            return;
        }
        self.ins(Op::NilCheck, Type::Void, &[p]);
    }

    /// Call `callee` with a signature built from the argument types.
    pub fn call(&mut self, callee: &str, args: &[Value], results: &[Type]) -> Vec<Value> {
        let params = args.iter().map(|&a| self.ty(a)).collect();
        let sig = Signature::new(params, results.to_vec());
        self.call_sig(callee, sig, args)
    }

    pub fn call_sig(&mut self, callee: &str, sig: Signature, args: &[Value]) -> Vec<Value> {
        let ty = if sig.noreturn { Type::Void } else { sig.call_type() };
        let aux = Aux::Call(Box::new(CallAux { callee: Some(callee.into()), sig }));
        let c = self.ins_full(Op::Call, ty, args, 0, aux);
        self.results_of(c)
    }

    pub fn call_ind(&mut self, sig: Signature, code: Value, args: &[Value]) -> Vec<Value> {
        let ty = if sig.noreturn { Type::Void } else { sig.call_type() };
        let aux = Aux::Call(Box::new(CallAux { callee: None, sig }));
        let mut all = vec![code];
        all.extend_from_slice(args);
        let c = self.ins_full(Op::CallInd, ty, &all, 0, aux);
        self.results_of(c)
    }

    fn results_of(&mut self, call: Value) -> Vec<Value> {
        let results = match self.f.values[call].call_aux() {
            Some(c) if !c.sig.noreturn => c.sig.results.clone(),
            _ => Vec::new(),
        };
        match results.len() {
            0 => Vec::new(),
            1 => vec![call],
            _ => results
                .iter()
                .enumerate()
                .map(|(i, &t)| self.ins_full(Op::Proj, t, &[call], i as i64, Aux::None))
                .collect(),
        }
    }

    /// Call a runtime function that never returns; ends the block (`Exit`).
    pub fn panic_call(&mut self, callee: &str, args: &[Value]) {
        let params = args.iter().map(|&a| self.ty(a)).collect();
        let sig = Signature { params, results: Vec::new(), noreturn: true };
        self.call_sig(callee, sig, args);
        self.set_term(Term::Exit);
        self.dead_block();
    }

    /// Continue if `ok`, else call `callee(args)` (which does not return).
    pub fn check(&mut self, ok: Value, callee: &str, args: &[Value]) {
        let cont = self.new_block();
        let fail = self.new_block();
        self.branch(ok, cont, fail);
        self.seal(cont);
        self.seal(fail);
        self.switch_to(fail);
        self.panic_call(callee, args);
        self.switch_to(cont);
    }

    /// Evaluate `then` or `els` into one set of values (of the given types)
    /// depending on `cond`; returns the merged values.
    pub fn if_else(
        &mut self,
        cond: Value,
        tys: &[Type],
        then: &mut dyn FnMut(&mut Self) -> Vec<Value>,
        els: &mut dyn FnMut(&mut Self) -> Vec<Value>,
    ) -> Vec<Value> {
        let vars: Vec<u32> = tys.iter().map(|&t| self.new_var(t)).collect();
        let bt = self.new_block();
        let be = self.new_block();
        let join = self.new_block();
        self.branch(cond, bt, be);
        self.seal(bt);
        self.seal(be);
        self.switch_to(bt);
        let vs = then(self);
        for (&v, &x) in vars.iter().zip(&vs) {
            self.write_var(v, x);
        }
        self.jump(join);
        self.switch_to(be);
        let vs = els(self);
        for (&v, &x) in vars.iter().zip(&vs) {
            self.write_var(v, x);
        }
        self.jump(join);
        self.seal(join);
        self.switch_to(join);
        vars.iter().map(|&v| self.read_var(v)).collect()
    }

    // ------------------------------------------------------------ finish

    /// Seal everything, drop unreachable blocks, remove trivial parameters,
    /// write jump arguments; returns the function.
    pub fn finish(mut self) -> ssa::Function {
        let blocks: Vec<Block> = self.f.layout.clone();
        for &b in &blocks {
            self.seal(b);
        }
        // reachability
        let entry = self.entry();
        let mut reach: HashSet<Block> = HashSet::new();
        let mut stack = vec![entry];
        while let Some(b) = stack.pop() {
            if !reach.insert(b) {
                continue;
            }
            for s in self.f.blocks[b].term.successors() {
                stack.push(s);
            }
        }
        // unterminated reachable blocks: fall off the end
        for &b in &blocks {
            if reach.contains(&b) && self.f.blocks[b].term == Term::None {
                let results = self.f.sig.results.clone();
                self.cur = b;
                if !results.is_empty() {
                    self.ice("missing return");
                }
                let vals: Vec<Value> = results.iter().map(|&t| self.zero_of(t)).collect();
                self.ret(vals);
            }
        }
        self.f.layout.retain(|b| reach.contains(b));
        for b in &blocks {
            if !reach.contains(b) {
                let insts = std::mem::take(&mut self.f.blocks[*b].insts);
                for v in insts {
                    self.f.values[v].def = ValueDef::Dead;
                }
                for p in std::mem::take(&mut self.f.blocks[*b].params) {
                    self.f.values[p].def = ValueDef::Dead;
                }
                self.f.blocks[*b].term = Term::None;
            }
        }
        // trivial parameters
        let mut subst: HashMap<Value, Value> = HashMap::new();
        fn resolve(s: &HashMap<Value, Value>, mut v: Value) -> Value {
            let mut n = 0;
            while let Some(&w) = s.get(&v) {
                v = w;
                n += 1;
                if n > 100_000 {
                    break;
                }
            }
            v
        }
        let layout = self.f.layout.clone();
        loop {
            let mut changed = false;
            for &b in &layout {
                for &p in &self.f.blocks[b].params {
                    if subst.contains_key(&p) {
                        continue;
                    }
                    let mut same: Option<Value> = None;
                    let mut trivial = true;
                    for &(pr, x) in self.incoming.get(&p).map(|v| v.as_slice()).unwrap_or(&[]) {
                        if !reach.contains(&pr) {
                            continue;
                        }
                        let x = resolve(&subst, x);
                        if x == p || Some(x) == same {
                            continue;
                        }
                        if same.is_some() {
                            trivial = false;
                            break;
                        }
                        same = Some(x);
                    }
                    if trivial {
                        if let Some(x) = same {
                            subst.insert(p, x);
                            changed = true;
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
        if !subst.is_empty() {
            let final_subst: HashMap<Value, Value> =
                subst.keys().map(|&k| (k, resolve(&subst, k))).collect();
            for &b in &layout {
                let insts = self.f.blocks[b].insts.clone();
                for v in insts {
                    for a in self.f.values[v].args.iter_mut() {
                        if let Some(&n) = final_subst.get(a) {
                            *a = n;
                        }
                    }
                }
                self.f.blocks[b].term.map_uses(|x| final_subst.get(&x).copied().unwrap_or(x));
                let params = self.f.blocks[b].params.clone();
                let mut kept = Vec::new();
                for p in params {
                    if final_subst.contains_key(&p) {
                        self.f.values[p].def = ValueDef::Dead;
                    } else {
                        self.f.values[p].def = ValueDef::Param(b, kept.len() as u32);
                        kept.push(p);
                    }
                }
                self.f.blocks[b].params = kept;
            }
            for inc in self.incoming.values_mut() {
                for (_, x) in inc.iter_mut() {
                    if let Some(&n) = final_subst.get(x) {
                        *x = n;
                    }
                }
            }
        }
        // jump arguments
        for &b in &layout {
            let succs = self.f.blocks[b].term.successors();
            let mut args_for: HashMap<Block, Vec<Value>> = HashMap::new();
            for s in succs {
                if args_for.contains_key(&s) {
                    continue;
                }
                let mut args = Vec::new();
                let params = self.f.blocks[s].params.clone();
                for &p in &params {
                    let x = self
                        .incoming
                        .get(&p)
                        .and_then(|inc| inc.iter().find(|(pr, _)| *pr == b).map(|(_, x)| *x));
                    match x {
                        Some(x) => args.push(x),
                        None => {
                            // cannot happen; keep the function well-formed
                            let ty = self.f.ty(p);
                            let d = zero_const_data(ty, Pos::NONE);
                            let z = self.f.append_inst(b, d);
                            args.push(z);
                            let name = self.f.name.clone();
                            self.g.ice(self.f.pos, format!("{name}: missing incoming value"));
                        }
                    }
                }
                args_for.insert(s, args);
            }
            for t in self.f.blocks[b].term.targets_mut() {
                if let Some(a) = args_for.get(&t.block) {
                    t.args = a.clone();
                }
            }
        }
        self.f
    }
}

fn zero_const_data(ty: Type, pos: Pos) -> ValueData {
    let (op, ty) = if ty.is_float() {
        (Op::ConstF, ty)
    } else if ty.is_scalar() {
        (Op::Const, ty)
    } else {
        (Op::Const, Type::I64)
    };
    let mut d = ValueData::new(op, ty, vec![]);
    d.pos = pos;
    d
}

/// Build a Go function (and, with `defer`, its protected body).
pub fn build_go_func(g: &mut Gen<'_>, id: FuncId) {
    let prog = g.prog;
    let fd = &prog.funcs[id];
    if fd.body.is_none() {
        return;
    }
    if fd.has_defer {
        crate::defers::build_defer_func(g, id);
    } else {
        crate::locals::build_plain_func(g, id);
    }
}
