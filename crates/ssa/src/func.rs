//! Functions: values, blocks with parameters, terminators, stack slots, layout.

use crate::{Aux, Block, Op, Signature, Slot, Type, Value, ValueData, ValueDef};
use cranelift_entity::PrimaryMap;
use syntax::Pos;

/// A jump target with the arguments bound to its block parameters.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct BlockCall {
    pub block: Block,
    pub args: Vec<Value>,
}

impl BlockCall {
    pub fn new(block: Block, args: Vec<Value>) -> BlockCall {
        BlockCall { block, args }
    }
}

/// How a block ends.
#[derive(Clone, PartialEq, Debug, Default)]
pub enum Term {
    /// Not terminated yet (only while building; the verifier rejects it).
    #[default]
    None,
    /// gc's `Plain`.
    Jump(BlockCall),
    /// Two-way branch on a Bool.
    If { cond: Value, then: BlockCall, els: BlockCall },
    /// Jump table on an integer index: `targets[index]`, or `default` when out of range.
    Switch { index: Value, targets: Vec<BlockCall>, default: BlockCall },
    /// Return the function's results.
    Ret(Vec<Value>),
    /// Control never reaches the end of the block: its last value is a call
    /// that does not return (a runtime panic, `os.Exit`). gc's `Exit`.
    Exit,
}

impl Term {
    pub fn targets(&self) -> Vec<&BlockCall> {
        match self {
            Term::Jump(t) => vec![t],
            Term::If { then, els, .. } => vec![then, els],
            Term::Switch { targets, default, .. } => {
                let mut v: Vec<&BlockCall> = targets.iter().collect();
                v.push(default);
                v
            }
            Term::None | Term::Ret(_) | Term::Exit => Vec::new(),
        }
    }

    pub fn targets_mut(&mut self) -> Vec<&mut BlockCall> {
        match self {
            Term::Jump(t) => vec![t],
            Term::If { then, els, .. } => vec![then, els],
            Term::Switch { targets, default, .. } => {
                let mut v: Vec<&mut BlockCall> = targets.iter_mut().collect();
                v.push(default);
                v
            }
            Term::None | Term::Ret(_) | Term::Exit => Vec::new(),
        }
    }

    pub fn successors(&self) -> Vec<Block> {
        self.targets().into_iter().map(|t| t.block).collect()
    }

    /// Every value the terminator reads (condition, index, results, block arguments).
    pub fn uses(&self) -> Vec<Value> {
        let mut v = Vec::new();
        match self {
            Term::If { cond, .. } => v.push(*cond),
            Term::Switch { index, .. } => v.push(*index),
            Term::Ret(r) => v.extend(r.iter().copied()),
            _ => {}
        }
        for t in self.targets() {
            v.extend(t.args.iter().copied());
        }
        v
    }

    /// Apply `f` to every value the terminator reads.
    pub fn map_uses(&mut self, mut f: impl FnMut(Value) -> Value) {
        match self {
            Term::If { cond, .. } => *cond = f(*cond),
            Term::Switch { index, .. } => *index = f(*index),
            Term::Ret(r) => r.iter_mut().for_each(|x| *x = f(*x)),
            _ => {}
        }
        for t in self.targets_mut() {
            t.args.iter_mut().for_each(|x| *x = f(*x));
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct BlockData {
    pub params: Vec<Value>,
    /// Operation values in execution order.
    pub insts: Vec<Value>,
    pub term: Term,
    pub term_pos: Pos,
}

/// A stack slot: `size` bytes aligned to `align` (a power of two ≤ 16).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SlotData {
    pub size: u32,
    pub align: u32,
    /// The Go variable it holds, for listings and dumps; may be empty.
    pub name: String,
}

#[derive(Clone, Debug)]
pub struct Function {
    /// Linker symbol, as gc names it (`main.add`, `main.(*T).M`).
    pub name: String,
    pub sig: Signature,
    pub pos: Pos,
    pub values: PrimaryMap<Value, ValueData>,
    pub blocks: PrimaryMap<Block, BlockData>,
    pub slots: PrimaryMap<Slot, SlotData>,
    /// Block order; the first is the entry. Blocks not listed are deleted.
    pub layout: Vec<Block>,
}

impl Function {
    pub fn new(name: impl Into<String>, sig: Signature) -> Function {
        Function {
            name: name.into(),
            sig,
            pos: Pos::NONE,
            values: PrimaryMap::new(),
            blocks: PrimaryMap::new(),
            slots: PrimaryMap::new(),
            layout: Vec::new(),
        }
    }

    pub fn entry(&self) -> Option<Block> {
        self.layout.first().copied()
    }

    /// A new block, appended to the layout.
    pub fn create_block(&mut self) -> Block {
        let b = self.blocks.push(BlockData::default());
        self.layout.push(b);
        b
    }

    pub fn append_block_param(&mut self, b: Block, ty: Type) -> Value {
        let n = self.blocks[b].params.len() as u32;
        let mut d = ValueData::new(Op::Copy, ty, Vec::new());
        d.def = ValueDef::Param(b, n);
        let v = self.values.push(d);
        self.blocks[b].params.push(v);
        v
    }

    /// Append an operation value at the end of `b`.
    pub fn append_inst(&mut self, b: Block, mut data: ValueData) -> Value {
        data.def = ValueDef::Inst(b);
        let v = self.values.push(data);
        self.blocks[b].insts.push(v);
        v
    }

    /// Insert an operation value at index `at` of `b`'s instruction list.
    pub fn insert_inst(&mut self, b: Block, at: usize, mut data: ValueData) -> Value {
        data.def = ValueDef::Inst(b);
        let v = self.values.push(data);
        let at = at.min(self.blocks[b].insts.len());
        self.blocks[b].insts.insert(at, v);
        v
    }

    /// Remove `v` from its block and mark it dead. Uses must be gone already.
    pub fn remove_inst(&mut self, v: Value) {
        if let ValueDef::Inst(b) = self.values[v].def {
            self.blocks[b].insts.retain(|&x| x != v);
        }
        self.values[v].def = ValueDef::Dead;
    }

    pub fn ty(&self, v: Value) -> Type {
        self.values[v].ty
    }

    pub fn op(&self, v: Value) -> Op {
        self.values[v].op
    }

    /// The integer of a `Const` value.
    pub fn const_int(&self, v: Value) -> Option<i64> {
        let d = &self.values[v];
        (d.op == Op::Const).then_some(d.aux_int)
    }

    /// How many times each value is used by values and terminators of the
    /// layout (dead code, copy elimination and CSE start from this).
    pub fn use_counts(&self) -> cranelift_entity::SecondaryMap<Value, u32> {
        let mut n = cranelift_entity::SecondaryMap::new();
        for &b in &self.layout {
            for &v in &self.blocks[b].insts {
                for &a in &self.values[v].args {
                    n[a] += 1;
                }
            }
            for a in self.blocks[b].term.uses() {
                n[a] += 1;
            }
        }
        n
    }

    /// Replace every use of `old` (in values and terminators) by `new`.
    pub fn replace_uses(&mut self, old: Value, new: Value) {
        for &b in &self.layout {
            for &v in &self.blocks[b].insts {
                for a in self.values[v].args.iter_mut() {
                    if *a == old {
                        *a = new;
                    }
                }
            }
            self.blocks[b].term.map_uses(|x| if x == old { new } else { x });
        }
    }

    /// Is `v` the last value of a `Exit` block's call that never returns?
    pub fn is_noreturn_call(&self, v: Value) -> bool {
        match &self.values[v].aux {
            Aux::Call(c) => c.sig.noreturn,
            _ => false,
        }
    }

    pub fn create_slot(&mut self, size: u32, align: u32, name: impl Into<String>) -> Slot {
        self.slots.push(SlotData { size, align, name: name.into() })
    }
}
