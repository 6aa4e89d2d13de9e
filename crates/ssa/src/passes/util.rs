//! Helpers shared by the passes: batch replacement of values, block-parameter
//! removal, incoming edges, purity, constants.

use crate::{Block, Function, Op, Type, Value, ValueData, ValueDef};
use cranelift_entity::SecondaryMap;
use cranelift_entity::packed_option::PackedOption;

/// A set of pending replacements `old → new`, applied to every use at once.
pub struct Replacements {
    map: SecondaryMap<Value, PackedOption<Value>>,
    any: bool,
}

impl Default for Replacements {
    fn default() -> Self {
        Self::new()
    }
}

impl Replacements {
    pub fn new() -> Replacements {
        Replacements { map: SecondaryMap::new(), any: false }
    }

    pub fn is_empty(&self) -> bool {
        !self.any
    }

    pub fn set(&mut self, old: Value, new: Value) {
        if old != new {
            self.map[old] = new.into();
            self.any = true;
        }
    }

    /// Follow the chain of replacements (bounded, so a cycle cannot hang).
    pub fn resolve(&self, mut v: Value) -> Value {
        for _ in 0..64 {
            match self.map.get(v).and_then(|p| p.expand()) {
                Some(n) if n != v => v = n,
                _ => break,
            }
        }
        v
    }

    /// Rewrite every use in the layout's values and terminators.
    pub fn apply(&self, f: &mut Function) {
        if !self.any {
            return;
        }
        for i in 0..f.layout.len() {
            let b = f.layout[i];
            for k in 0..f.blocks[b].insts.len() {
                let v = f.blocks[b].insts[k];
                for a in 0..f.values[v].args.len() {
                    let x = f.values[v].args[a];
                    f.values[v].args[a] = self.resolve(x);
                }
            }
            let mut t = std::mem::take(&mut f.blocks[b].term);
            t.map_uses(|x| self.resolve(x));
            f.blocks[b].term = t;
        }
    }
}

/// Is `v` a pure operation (not ordered, not a parameter)?
pub fn is_pure_inst(f: &Function, v: Value) -> bool {
    matches!(f.values[v].def, ValueDef::Inst(_)) && !f.values[v].op.effect().is_ordered()
}

/// For every block, the blocks whose terminator targets it (one entry per
/// target slot, so `If → b b` appears twice), in layout order.
pub fn incoming(f: &Function) -> SecondaryMap<Block, Vec<Block>> {
    let mut m: SecondaryMap<Block, Vec<Block>> = SecondaryMap::new();
    for &b in &f.layout {
        if !f.blocks.is_valid(b) {
            continue;
        }
        for s in f.blocks[b].term.successors() {
            m[s].push(b);
        }
    }
    m
}

/// Every argument passed to parameter `i` of `b` by the layout's jumps.
pub fn incoming_args(f: &Function, preds: &[Block], b: Block, i: usize) -> Vec<Value> {
    let mut out = Vec::new();
    let mut seen: Vec<Block> = Vec::new();
    for &p in preds {
        if seen.contains(&p) {
            continue;
        }
        seen.push(p);
        for t in f.blocks[p].term.targets() {
            if t.block == b
                && let Some(&a) = t.args.get(i)
            {
                out.push(a);
            }
        }
    }
    out
}

/// Remove the parameters of `b` whose `keep` entry is false, and the
/// matching arguments of every jump to `b`. Removed parameters become dead;
/// their uses must be gone (or replaced) already. The entry block's
/// parameters are the signature's and are never removed.
pub fn remove_params(f: &mut Function, b: Block, keep: &[bool]) {
    if Some(b) == f.entry() || keep.iter().all(|&k| k) {
        return;
    }
    let params = std::mem::take(&mut f.blocks[b].params);
    let mut kept = Vec::new();
    for (i, &p) in params.iter().enumerate() {
        if keep.get(i).copied().unwrap_or(true) {
            f.values[p].def = ValueDef::Param(b, kept.len() as u32);
            kept.push(p);
        } else {
            f.values[p].def = ValueDef::Dead;
        }
    }
    f.blocks[b].params = kept;
    for i in 0..f.layout.len() {
        let p = f.layout[i];
        for t in f.blocks[p].term.targets_mut() {
            if t.block == b {
                let mut k = 0;
                t.args.retain(|_| {
                    let r = keep.get(k).copied().unwrap_or(true);
                    k += 1;
                    r
                });
            }
        }
    }
}

/// Mark the listed instructions dead and drop them from their blocks.
pub fn remove_insts(f: &mut Function, dead: &cranelift_entity::EntitySet<Value>) {
    for i in 0..f.layout.len() {
        let b = f.layout[i];
        let mut insts = std::mem::take(&mut f.blocks[b].insts);
        insts.retain(|&v| {
            if dead.contains(v) {
                f.values[v].def = ValueDef::Dead;
                false
            } else {
                true
            }
        });
        f.blocks[b].insts = insts;
    }
}

/// The integer constant of `v` (a `Const` of an integer, bool or pointer type).
pub fn iconst(f: &Function, v: Value) -> Option<i64> {
    f.const_int(v)
}

/// A new `Const` value inserted at `at` in `b`.
pub fn insert_const(f: &mut Function, b: Block, at: usize, ty: Type, c: i64) -> Value {
    let mut d = ValueData::new(Op::Const, ty, Vec::new());
    d.aux_int = ty.canon_int(c);
    f.insert_inst(b, at, d)
}

/// Turn `v` into a constant in place (keeps its position and uses).
pub fn set_const(f: &mut Function, v: Value, c: i64) {
    let d = &mut f.values[v];
    d.op = Op::Const;
    d.args.clear();
    d.aux = crate::Aux::None;
    d.aux_int = d.ty.canon_int(c);
}

/// Turn `v` into a copy of `x` in place.
pub fn set_copy(f: &mut Function, v: Value, x: Value) {
    let d = &mut f.values[v];
    d.op = Op::Copy;
    d.args = vec![x];
    d.aux = crate::Aux::None;
    d.aux_int = 0;
}

/// The block defining `v` (instruction or parameter).
pub fn def_block(f: &Function, v: Value) -> Option<Block> {
    f.values.get(v).and_then(|d| d.block())
}

/// Unsigned mask of a width in bits (64 → all ones).
pub fn mask(bits: u32) -> u64 {
    if bits >= 64 { u64::MAX } else { (1u64 << bits) - 1 }
}
