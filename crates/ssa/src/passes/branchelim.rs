//! branchelim (gc's `branchelim`): small diamonds become `Select`s.
//!
//! Contract
//! * Needs: a verified function; best after prove and late opt.
//! * Does: for a join reached only through `If c` of a block `d` (each
//!   branch direct or through one plain block of at most two pure,
//!   unguarded values), whose parameters are all integers of 16 bits or more
//!   or pointers, none feeding a load or store address (gc's rule: a
//!   conditional move on an address makes the load data-dependent): the arm
//!   values are hoisted into `d`, each parameter becomes
//!   `Select c then else`, and the join is merged into `d`.
//! * Invalidates: CFG, dominator tree, loops.
//! * Must follow: late fuse / deadcode (the arms are left unreachable).

use super::PassCtx;
use super::phiopt::diamond_with;
use super::util::{Replacements, incoming};
use crate::{Function, Op, Type, Value, ValueData, ValueDef};
use cranelift_entity::EntitySet;

const MAX_ARM_VALUES: usize = 2;

pub fn branchelim(f: &mut Function, _cx: &mut PassCtx) {
    let load_addr = load_addresses(f);
    for _ in 0..256 {
        if !round(f, &load_addr) {
            break;
        }
    }
}

/// Values that (through pure arithmetic) compute a load or store address.
fn load_addresses(f: &Function) -> EntitySet<Value> {
    let mut set = EntitySet::new();
    let mut work = Vec::new();
    for &b in &f.layout {
        for &v in &f.blocks[b].insts {
            let d = &f.values[v];
            if matches!(d.op, Op::Load | Op::Store | Op::Zero | Op::Move) {
                let n = if d.op == Op::Move { 2 } else { 1 };
                for &a in d.args.iter().take(n) {
                    work.push(a);
                }
            }
        }
    }
    while let Some(v) = work.pop() {
        if set.contains(v) {
            continue;
        }
        set.insert(v);
        let d = &f.values[v];
        if matches!(
            d.op,
            Op::AddPtr
                | Op::OffPtr
                | Op::Add
                | Op::Sub
                | Op::Mul
                | Op::Shl
                | Op::SignExt
                | Op::ZeroExt
        ) && matches!(d.def, ValueDef::Inst(_))
        {
            work.extend(d.args.iter().copied());
        }
    }
    set
}

fn hoistable(f: &Function, arm: Option<crate::Block>) -> bool {
    match arm {
        None => true,
        Some(a) => {
            let insts = &f.blocks[a].insts;
            insts.len() <= MAX_ARM_VALUES
                && insts.iter().all(|&v| f.values[v].op.effect() == crate::Effect::Pure)
        }
    }
}

fn round(f: &mut Function, load_addr: &EntitySet<Value>) -> bool {
    let preds = incoming(f);
    let entry = f.entry();
    for idx in 0..f.layout.len() {
        let j = f.layout[idx];
        if Some(j) == entry || f.blocks[j].params.is_empty() || preds[j].len() != 2 {
            continue;
        }
        let Some(dm) = diamond_with(f, &preds, j, true) else { continue };
        if !hoistable(f, dm.then_arm) || !hoistable(f, dm.else_arm) {
            continue;
        }
        let ok = f.blocks[j].params.iter().all(|&p| {
            let t = f.values[p].ty;
            (matches!(t, Type::I16 | Type::I32 | Type::I64 | Type::Ptr)) && !load_addr.contains(p)
        });
        if !ok {
            continue;
        }
        // hoist arm values into the dom block
        let d = dm.dom;
        for arm in [dm.then_arm, dm.else_arm].into_iter().flatten() {
            let insts = std::mem::take(&mut f.blocks[arm].insts);
            for &v in &insts {
                f.values[v].def = ValueDef::Inst(d);
            }
            f.blocks[d].insts.extend(insts);
        }
        // selects, then the join's values and terminator
        let mut r = Replacements::new();
        let params = std::mem::take(&mut f.blocks[j].params);
        let pos = f.blocks[d].term_pos;
        for (i, &p) in params.iter().enumerate() {
            let (a, b) = (dm.then_args[i], dm.else_args[i]);
            let mut sd = ValueData::new(Op::Select, f.values[p].ty, vec![dm.cond, a, b]);
            sd.pos = pos;
            let s = f.append_inst(d, sd);
            f.values[p].def = ValueDef::Dead;
            r.set(p, s);
        }
        let insts = std::mem::take(&mut f.blocks[j].insts);
        for &v in &insts {
            f.values[v].def = ValueDef::Inst(d);
        }
        f.blocks[d].insts.extend(insts);
        f.blocks[d].term = std::mem::take(&mut f.blocks[j].term);
        f.blocks[d].term_pos = f.blocks[j].term_pos;
        let arms: Vec<crate::Block> = [dm.then_arm, dm.else_arm].into_iter().flatten().collect();
        for a in &arms {
            f.blocks[*a].term = crate::Term::None;
        }
        f.layout.retain(|&b| b != j && !arms.contains(&b));
        r.apply(f);
        return true;
    }
    false
}
