//! `FuncBuilder`: appends values and terminators at a current block and
//! position; the helpers used by the tree-IR → SSA builder and by tests.
//! Checks (bounds, nil, division, shift count) come out as explicit values and
//! branches to cold `Exit` blocks calling the runtime, as gc's ssagen emits them.

use crate::{
    Aux, Block, BlockCall, CallAux, Function, Op, Signature, Slot, Term, Type, Value, ValueData,
};
use syntax::Pos;

pub struct FuncBuilder<'a> {
    pub func: &'a mut Function,
    cur: Block,
    /// Position given to every value and terminator created from now on.
    pub pos: Pos,
}

impl<'a> FuncBuilder<'a> {
    /// Start building `func`; creates the entry block (with the signature's
    /// parameters) when the function has none, and positions at the entry.
    pub fn new(func: &'a mut Function) -> FuncBuilder<'a> {
        let cur = match func.entry() {
            Some(b) => b,
            None => {
                let b = func.create_block();
                for t in func.sig.params.clone() {
                    func.append_block_param(b, t);
                }
                b
            }
        };
        FuncBuilder { func, cur, pos: Pos::NONE }
    }

    pub fn params(&self) -> Vec<Value> {
        let e = self.func.entry().unwrap_or(self.cur);
        self.func.blocks[e].params.clone()
    }

    pub fn create_block(&mut self) -> Block {
        self.func.create_block()
    }

    pub fn switch_to(&mut self, b: Block) {
        self.cur = b;
    }

    pub fn current(&self) -> Block {
        self.cur
    }

    pub fn is_terminated(&self) -> bool {
        self.func.blocks[self.cur].term != Term::None
    }

    pub fn param(&mut self, b: Block, ty: Type) -> Value {
        self.func.append_block_param(b, ty)
    }

    pub fn slot(&mut self, size: u32, align: u32, name: &str) -> Slot {
        self.func.create_slot(size, align, name)
    }

    /// Append a value with everything spelled out.
    pub fn ins_full(&mut self, op: Op, ty: Type, args: &[Value], aux_int: i64, aux: Aux) -> Value {
        let mut d = ValueData::new(op, ty, args.to_vec());
        d.aux_int = aux_int;
        d.aux = aux;
        d.pos = self.pos;
        self.func.append_inst(self.cur, d)
    }

    pub fn ins(&mut self, op: Op, ty: Type, args: &[Value]) -> Value {
        self.ins_full(op, ty, args, 0, Aux::None)
    }

    pub fn iconst(&mut self, ty: Type, v: i64) -> Value {
        self.ins_full(Op::Const, ty, &[], ty.canon_int(v), Aux::None)
    }

    pub fn fconst(&mut self, ty: Type, v: f64) -> Value {
        self.ins_full(Op::ConstF, ty, &[], v.to_bits() as i64, Aux::None)
    }

    pub fn sym_addr(&mut self, sym: &str, off: i64) -> Value {
        self.ins_full(Op::SymAddr, Type::Ptr, &[], off, Aux::Sym(sym.into()))
    }

    pub fn slot_addr(&mut self, s: Slot) -> Value {
        self.ins_full(Op::SlotAddr, Type::Ptr, &[], 0, Aux::Slot(s))
    }

    /// A binary op whose result has the type of `a` (arithmetic, bits, shifts).
    pub fn binary(&mut self, op: Op, a: Value, b: Value) -> Value {
        let ty = self.func.ty(a);
        self.ins(op, ty, &[a, b])
    }

    pub fn unary(&mut self, op: Op, a: Value) -> Value {
        let ty = self.func.ty(a);
        self.ins(op, ty, &[a])
    }

    /// A comparison (or check) producing a Bool.
    pub fn cmp(&mut self, op: Op, a: Value, b: Value) -> Value {
        self.ins(op, Type::Bool, &[a, b])
    }

    pub fn convert(&mut self, op: Op, to: Type, a: Value) -> Value {
        self.ins(op, to, &[a])
    }

    pub fn load(&mut self, ty: Type, ptr: Value, off: i64) -> Value {
        self.ins_full(Op::Load, ty, &[ptr], off, Aux::None)
    }

    pub fn store(&mut self, ptr: Value, off: i64, v: Value) -> Value {
        self.ins_full(Op::Store, Type::Void, &[ptr, v], off, Aux::None)
    }

    pub fn off_ptr(&mut self, ptr: Value, off: i64) -> Value {
        self.ins_full(Op::OffPtr, Type::Ptr, &[ptr], off, Aux::None)
    }

    pub fn call(&mut self, callee: &str, sig: Signature, args: &[Value]) -> Value {
        let ty = if sig.noreturn { Type::Void } else { sig.call_type() };
        let aux = Aux::Call(Box::new(CallAux { callee: Some(callee.into()), sig }));
        self.ins_full(Op::Call, ty, args, 0, aux)
    }

    /// Call through a code pointer; a closure context, if any, is in `args`.
    pub fn call_ind(&mut self, sig: Signature, code: Value, args: &[Value]) -> Value {
        let ty = if sig.noreturn { Type::Void } else { sig.call_type() };
        let aux = Aux::Call(Box::new(CallAux { callee: None, sig }));
        let mut all = vec![code];
        all.extend_from_slice(args);
        self.ins_full(Op::CallInd, ty, &all, 0, aux)
    }

    /// The results of a call as values (none, the call itself, or `Proj`s).
    pub fn results(&mut self, call: Value) -> Vec<Value> {
        let results = match self.func.values[call].call_aux() {
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

    fn terminate(&mut self, t: Term) {
        let b = &mut self.func.blocks[self.cur];
        b.term = t;
        b.term_pos = self.pos;
    }

    pub fn jump(&mut self, to: Block, args: &[Value]) {
        self.terminate(Term::Jump(BlockCall::new(to, args.to_vec())));
    }

    pub fn branch(
        &mut self,
        cond: Value,
        then: Block,
        targs: &[Value],
        els: Block,
        eargs: &[Value],
    ) {
        self.terminate(Term::If {
            cond,
            then: BlockCall::new(then, targs.to_vec()),
            els: BlockCall::new(els, eargs.to_vec()),
        });
    }

    pub fn ret(&mut self, vals: &[Value]) {
        self.terminate(Term::Ret(vals.to_vec()));
    }

    /// Call a runtime function that never returns and end the block with Exit.
    pub fn panic_call(&mut self, callee: &str, args: &[Value]) {
        let params = args.iter().map(|&a| self.func.ty(a)).collect();
        let sig = Signature { params, results: Vec::new(), noreturn: true };
        self.call(callee, sig, args);
        self.terminate(Term::Exit);
    }

    /// Continue in a new block if `ok` holds, else call `callee(args)` (noreturn).
    pub fn check(&mut self, ok: Value, callee: &str, args: &[Value]) {
        let cont = self.create_block();
        let fail = self.create_block();
        self.branch(ok, cont, &[], fail, &[]);
        self.switch_to(fail);
        self.panic_call(callee, args);
        self.switch_to(cont);
    }

    /// `IsInBounds(idx, len)` else `runtime.panicIndex(idx, len)`.
    pub fn bounds_check(&mut self, idx: Value, len: Value) {
        let ok = self.cmp(Op::IsInBounds, idx, len);
        self.check(ok, "runtime.panicIndex", &[idx, len]);
    }

    /// `NilCheck(ptr)`: panics with a nil dereference if `ptr` is nil.
    pub fn nil_check(&mut self, ptr: Value) -> Value {
        self.ins(Op::NilCheck, Type::Void, &[ptr])
    }

    /// Go's `x / y` or `x % y` (`op` one of Div DivU Mod ModU) on integers,
    /// with the explicit `y == 0 → runtime.panicdivide` check.
    pub fn div_checked(&mut self, op: Op, x: Value, y: Value) -> Value {
        let ty = self.func.ty(y);
        let zero = self.iconst(ty, 0);
        let ok = self.cmp(Op::Neq, y, zero);
        self.check(ok, "runtime.panicdivide", &[]);
        self.binary(op, x, y)
    }

    /// Go's shift by a *signed* count: panics (`runtime.panicshift`) if negative.
    pub fn shift_signed(&mut self, op: Op, x: Value, count: Value) -> Value {
        let ty = self.func.ty(count);
        let zero = self.iconst(ty, 0);
        let ok = self.cmp(Op::Leq, zero, count);
        self.check(ok, "runtime.panicshift", &[]);
        self.binary(op, x, count)
    }
}
