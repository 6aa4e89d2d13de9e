//! early fuse / late fuse (gc's `fuseEarly`, `fuseLate`).
//!
//! Contract
//! * Needs: a verified function.
//! * Does: merges a block ending in a plain jump into its target when it is
//!   the target's only predecessor (the target's parameters become the jump
//!   arguments); bypasses empty blocks (no parameters, no values) that only
//!   jump on; turns an `If`/`Switch` whose targets are all the same block with
//!   the same arguments into a plain jump (late fuse only). Repeats until
//!   nothing changes. Never touches the entry block's identity.
//! * Invalidates: the CFG, dominator tree and loop info.
//! * Must follow: deadcode (merged parameters leave unused values behind).

use super::PassCtx;
use super::util::{Replacements, incoming};
use crate::{BlockCall, Function, Term, ValueDef};

pub fn fuse_early(f: &mut Function, _cx: &mut PassCtx) {
    fuse(f, false);
}

pub fn fuse_late(f: &mut Function, _cx: &mut PassCtx) {
    fuse(f, true);
}

pub fn fuse(f: &mut Function, branches: bool) {
    for _ in 0..64 {
        // unreachable blocks would count as predecessors
        let mut changed = super::deadcode::remove_unreachable(f);
        if branches {
            changed |= fuse_branches(f);
        }
        changed |= bypass_empty(f);
        changed |= fuse_plain(f);
        if !changed {
            break;
        }
    }
}

/// `If c → b(x) b(x)` and `Switch` with identical targets become `Plain → b(x)`.
fn fuse_branches(f: &mut Function) -> bool {
    let mut changed = false;
    for i in 0..f.layout.len() {
        let b = f.layout[i];
        let single: Option<BlockCall> = {
            let ts = f.blocks[b].term.targets();
            match (&f.blocks[b].term, ts.first()) {
                (Term::If { .. } | Term::Switch { .. }, Some(first))
                    if ts.iter().all(|t| *t == *first) =>
                {
                    Some((*first).clone())
                }
                _ => None,
            }
        };
        if let Some(t) = single {
            f.blocks[b].term = Term::Jump(t);
            changed = true;
        }
    }
    changed
}

/// Redirect jumps to an empty block `c: Plain → d(args)` straight to `d`.
fn bypass_empty(f: &mut Function) -> bool {
    let entry = f.entry();
    let mut changed = false;
    for i in 0..f.layout.len() {
        let c = f.layout[i];
        if Some(c) == entry {
            continue;
        }
        let cd = &f.blocks[c];
        if !cd.params.is_empty() || !cd.insts.is_empty() {
            continue;
        }
        let Term::Jump(to) = &cd.term else { continue };
        if to.block == c {
            continue;
        }
        let to = to.clone();
        for k in 0..f.layout.len() {
            let p = f.layout[k];
            if p == c {
                continue;
            }
            for t in f.blocks[p].term.targets_mut() {
                if t.block == c {
                    *t = to.clone();
                    changed = true;
                }
            }
        }
    }
    changed
}

/// Merge `b: ... Plain → c(args)` with `c` when `b` is `c`'s only predecessor.
fn fuse_plain(f: &mut Function) -> bool {
    let entry = f.entry();
    let mut changed = false;
    let mut preds = incoming(f);
    let mut removed: cranelift_entity::EntitySet<crate::Block> = cranelift_entity::EntitySet::new();
    let mut any_removed = false;
    let mut r = Replacements::new();
    let mut i = 0;
    while i < f.layout.len() {
        let b = f.layout[i];
        i += 1;
        if removed.contains(b) {
            continue;
        }
        while let Term::Jump(t) = &f.blocks[b].term {
            let c = t.block;
            if c == b || Some(c) == entry || preds[c].len() != 1 || preds[c][0] != b {
                break;
            }
            let args = t.args.clone();
            // c's parameters become the arguments
            let params = std::mem::take(&mut f.blocks[c].params);
            for (&p, &a) in params.iter().zip(args.iter()) {
                r.set(p, a);
                f.values[p].def = ValueDef::Dead;
            }
            let insts = std::mem::take(&mut f.blocks[c].insts);
            for &v in &insts {
                f.values[v].def = ValueDef::Inst(b);
            }
            f.blocks[b].insts.extend(insts);
            let term = std::mem::take(&mut f.blocks[c].term);
            f.blocks[b].term_pos = f.blocks[c].term_pos;
            // c's successors now have b as predecessor
            for s in term.successors() {
                for p in preds[s].iter_mut() {
                    if *p == c {
                        *p = b;
                    }
                }
            }
            f.blocks[b].term = term;
            removed.insert(c);
            any_removed = true;
            changed = true;
        }
    }
    if any_removed {
        f.layout.retain(|&b| !removed.contains(b));
        r.apply(f);
    }
    changed
}
