//! generic cse (gc's `generic cse`): value numbering over the dominator tree.
//!
//! Contract
//! * Needs: a verified function; opt first (it puts constant operands of
//!   commutative ops second, and folds what would otherwise hide equalities).
//! * Does: walks the dominator tree in preorder with a scoped table keyed by
//!   (op, type, arguments, aux_int, aux); arguments are first redirected to
//!   their leaders, and commutative ops key on sorted arguments. A pure
//!   (or `PureGuarded`: a dominating division ran already, so it is safe)
//!   value equal to one in a dominating position is replaced by it. Ordered
//!   values (loads, stores, checks, calls), block parameters and copies are
//!   never merged. The `nonneg` flag stays on the value it was set on.
//! * Invalidates: nothing structural; the replaced values become unused.
//! * Must follow: deadcode (`gcse deadcode`) to delete them.

use super::PassCtx;
use super::util::Replacements;
use crate::dom::DomTree;
use crate::{Aux, Block, Function, Op, Type, Value, ValueDef};
use std::collections::HashMap;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    op: Op,
    ty: Type,
    args: Vec<Value>,
    aux_int: i64,
    aux: Aux,
}

pub fn cse(f: &mut Function, _cx: &mut PassCtx) {
    let (_cfg, dt) = DomTree::compute(f);
    let Some(entry) = f.entry() else { return };
    let mut table: HashMap<Key, Value> = HashMap::new();
    let mut repl = Replacements::new();
    // explicit stack: (block, keys added in it, children visited?)
    let mut stack: Vec<(Block, Vec<Key>, bool)> = vec![(entry, Vec::new(), false)];
    while let Some(top) = stack.last_mut() {
        if top.2 {
            let (_, keys, _) = stack.pop().unwrap_or((entry, Vec::new(), true));
            for k in keys {
                table.remove(&k);
            }
            continue;
        }
        top.2 = true;
        let b = top.0;
        let mut added = Vec::new();
        for i in 0..f.blocks[b].insts.len() {
            let v = f.blocks[b].insts[i];
            for a in 0..f.values[v].args.len() {
                let x = f.values[v].args[a];
                f.values[v].args[a] = repl.resolve(x);
            }
            let d = &f.values[v];
            if d.op.effect().is_ordered() || d.op == Op::Copy || !matches!(d.def, ValueDef::Inst(_))
            {
                continue;
            }
            let mut args = d.args.clone();
            if d.op.is_commutative() && args.len() == 2 && args[1] < args[0] {
                args.swap(0, 1);
            }
            let key = Key { op: d.op, ty: d.ty, args, aux_int: d.aux_int, aux: d.aux.clone() };
            match table.get(&key) {
                Some(&leader) => repl.set(v, leader),
                None => {
                    table.insert(key.clone(), v);
                    added.push(key);
                }
            }
        }
        if let Some(top) = stack.last_mut() {
            top.1 = added;
        }
        for &c in dt.children(b).iter().rev() {
            stack.push((c, Vec::new(), false));
        }
    }
    repl.apply(f);
}
