//! deadcode (gc's `deadcode`; runs as early/opt/gcse/generic/late deadcode).
//!
//! Contract
//! * Needs: a verified function (unreachable blocks allowed).
//! * Does: removes blocks unreachable from the entry (their values become
//!   dead), pure values nothing live uses, and block parameters nothing live
//!   uses (with the matching jump arguments). Ordered values (loads, stores,
//!   checks, calls) are always live.
//! * Invalidates: the CFG and dominator tree when blocks are removed.
//! * Must follow: nothing; every other pass may leave dead values behind and
//!   relies on a later deadcode.

use super::PassCtx;
use super::util::{incoming, remove_insts, remove_params};
use crate::cfg::Cfg;
use crate::{Function, Value, ValueDef};
use cranelift_entity::{EntitySet, SecondaryMap};

pub fn deadcode(f: &mut Function, _cx: &mut PassCtx) {
    remove_unreachable(f);
    remove_dead_values(f);
}

/// Drop blocks that cannot be reached from the entry; returns whether any was.
pub fn remove_unreachable(f: &mut Function) -> bool {
    let cfg = Cfg::new(f);
    let mut reach = EntitySet::new();
    for &b in &cfg.rpo {
        reach.insert(b);
    }
    let before = f.layout.len();
    let layout = std::mem::take(&mut f.layout);
    for &b in &layout {
        if reach.contains(b) {
            f.layout.push(b);
        } else if f.blocks.is_valid(b) {
            let bd = &mut f.blocks[b];
            for &v in bd.params.iter().chain(bd.insts.iter()) {
                f.values[v].def = ValueDef::Dead;
            }
            bd.params.clear();
            bd.insts.clear();
            bd.term = crate::Term::None;
        }
    }
    f.layout.len() != before
}

/// Liveness from the ordered values and the terminators' own operands
/// (conditions, indexes, results); jump arguments are live only if the
/// parameter they feed is.
pub fn remove_dead_values(f: &mut Function) {
    let preds = incoming(f);
    let mut live: EntitySet<Value> = EntitySet::new();
    let mut work: Vec<Value> = Vec::new();
    let mark = |v: Value, live: &mut EntitySet<Value>, work: &mut Vec<Value>| {
        if !live.contains(v) {
            live.insert(v);
            work.push(v);
        }
    };
    let entry = f.entry();
    for &b in &f.layout {
        let bd = &f.blocks[b];
        if Some(b) == entry {
            for &p in &bd.params {
                mark(p, &mut live, &mut work);
            }
        }
        for &v in &bd.insts {
            if f.values[v].op.effect().is_ordered() {
                mark(v, &mut live, &mut work);
            }
        }
        match &bd.term {
            crate::Term::If { cond, .. } => mark(*cond, &mut live, &mut work),
            crate::Term::Switch { index, .. } => mark(*index, &mut live, &mut work),
            crate::Term::Ret(vs) => {
                for &v in vs {
                    mark(v, &mut live, &mut work);
                }
            }
            _ => {}
        }
    }
    while let Some(v) = work.pop() {
        match f.values[v].def {
            ValueDef::Inst(_) => {
                for &a in &f.values[v].args {
                    mark(a, &mut live, &mut work);
                }
            }
            ValueDef::Param(b, i) => {
                let mut seen: Vec<crate::Block> = Vec::new();
                for &p in &preds[b] {
                    if seen.contains(&p) {
                        continue;
                    }
                    seen.push(p);
                    for t in f.blocks[p].term.targets() {
                        if t.block == b
                            && let Some(&a) = t.args.get(i as usize)
                        {
                            mark(a, &mut live, &mut work);
                        }
                    }
                }
            }
            ValueDef::Dead => {}
        }
    }
    let mut dead = EntitySet::new();
    let mut any = false;
    for &b in &f.layout {
        for &v in &f.blocks[b].insts {
            if !live.contains(v) {
                dead.insert(v);
                any = true;
            }
        }
    }
    if any {
        remove_insts(f, &dead);
    }
    let mut keep_params: SecondaryMap<crate::Block, Vec<bool>> = SecondaryMap::new();
    let mut blocks = Vec::new();
    for &b in &f.layout {
        if Some(b) == entry {
            continue;
        }
        let k: Vec<bool> = f.blocks[b].params.iter().map(|&p| live.contains(p)).collect();
        if k.iter().any(|&x| !x) {
            keep_params[b] = k;
            blocks.push(b);
        }
    }
    for b in blocks {
        let k = std::mem::take(&mut keep_params[b]);
        remove_params(f, b, &k);
    }
}
