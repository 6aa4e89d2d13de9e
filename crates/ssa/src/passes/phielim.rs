//! phielim: block-parameter elimination (gc's `phielim` for its phis; runs
//! as early/late phielim).
//!
//! Contract
//! * Needs: a verified function.
//! * Does: a parameter of a (non-entry) block whose incoming arguments are
//!   all one value `w` or the parameter itself is replaced by `w`, when `w`
//!   dominates the block; two parameters of one block that receive the same
//!   arguments on every edge become one. Repeats until nothing changes. The
//!   removed parameters and their jump arguments disappear.
//! * Invalidates: nothing structural (no block is added or removed).
//! * Must follow: deadcode, for the values only the removed arguments used.

use super::PassCtx;
use super::util::{Replacements, incoming, incoming_args, remove_params};
use crate::dom::DomTree;
use crate::{Block, Function, Value, ValueDef};

pub fn phielim(f: &mut Function, _cx: &mut PassCtx) {
    for _ in 0..32 {
        if !round(f) {
            break;
        }
    }
}

/// Does the definition of `w` dominate the top of `b` (strictly above it)?
fn available_at_top(f: &Function, dt: &DomTree, w: Value, b: Block) -> bool {
    match f.values.get(w).map(|d| d.def) {
        Some(ValueDef::Inst(d)) | Some(ValueDef::Param(d, _)) => d != b && dt.dominates(d, b),
        _ => false,
    }
}

fn round(f: &mut Function) -> bool {
    let (cfg, dt) = DomTree::compute(f);
    let preds = incoming(f);
    let mut r = Replacements::new();
    let mut removals: Vec<(Block, Vec<bool>)> = Vec::new();
    let entry = f.entry();
    for &b in &f.layout {
        if Some(b) == entry || !dt.is_reachable(b) || f.blocks[b].params.is_empty() {
            continue;
        }
        let np = f.blocks[b].params.len();
        // arguments per parameter, over reachable predecessors only
        let reach_preds: Vec<Block> =
            preds[b].iter().copied().filter(|&p| dt.is_reachable(p)).collect();
        if reach_preds.is_empty() {
            continue;
        }
        let args: Vec<Vec<Value>> = (0..np).map(|i| incoming_args(f, &reach_preds, b, i)).collect();
        let mut keep = vec![true; np];
        for i in 0..np {
            let p = f.blocks[b].params[i];
            let mut w: Option<Value> = None;
            let mut ok = true;
            for &a in &args[i] {
                if a == p {
                    continue;
                }
                match w {
                    None => w = Some(a),
                    Some(x) if x == a => {}
                    Some(_) => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok
                && let Some(w) = w
                && available_at_top(f, &dt, w, b)
            {
                r.set(p, w);
                keep[i] = false;
                continue;
            }
            // the same arguments as an earlier kept parameter?
            for j in 0..i {
                if keep[j]
                    && args[j] == args[i]
                    && f.values[f.blocks[b].params[j]].ty == f.values[p].ty
                {
                    let q = f.blocks[b].params[j];
                    r.set(p, q);
                    keep[i] = false;
                    break;
                }
            }
        }
        if keep.iter().any(|&k| !k) {
            removals.push((b, keep));
        }
        let _ = &cfg;
    }
    if removals.is_empty() {
        return false;
    }
    r.apply(f);
    for (b, keep) in removals {
        remove_params(f, b, &keep);
    }
    true
}
