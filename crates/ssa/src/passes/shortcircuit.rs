//! short circuit (gc's `shortcircuit`).
//!
//! Contract
//! * Needs: a verified function.
//! * Does: the `&&`/`||` join pattern — a block with no values whose `If`
//!   branches on one of its own Bool parameters — is bypassed on every edge
//!   that passes a constant for that parameter: the edge goes straight to the
//!   successor the constant selects, with the successor's arguments (the
//!   join's parameters in them replaced by that edge's arguments).
//!   Blocks whose parameters are used outside their own terminator are left
//!   alone (a bypassing edge would leave those uses undominated).
//! * Invalidates: the CFG and dominator tree.
//! * Must follow: deadcode (the join may become unreachable), opt.

use super::PassCtx;
use crate::{BlockCall, Function, Op, Term, ValueDef};

pub fn shortcircuit(f: &mut Function, _cx: &mut PassCtx) {
    for _ in 0..8 {
        if !round(f) {
            break;
        }
    }
}

fn round(f: &mut Function) -> bool {
    let mut changed = false;
    for i in 0..f.layout.len() {
        let b = f.layout[i];
        if Some(b) == f.entry() || !f.blocks[b].insts.is_empty() {
            continue;
        }
        let Term::If { cond, then, els } = f.blocks[b].term.clone() else { continue };
        let Some(ci) = f.blocks[b].params.iter().position(|&p| p == cond) else { continue };
        if then.block == b || els.block == b {
            continue;
        }
        let params = f.blocks[b].params.clone();
        // Only when b's parameters are used by b's own terminator alone: a
        // block dominated by b may use them directly, and a bypassing edge
        // would leave such a use undominated.
        if used_elsewhere(f, b, &params) {
            continue;
        }
        // translate a target of b for an edge that passes `args` to b
        let translate = |t: &BlockCall, args: &[crate::Value]| -> BlockCall {
            let a = t
                .args
                .iter()
                .map(|&x| match params.iter().position(|&p| p == x) {
                    Some(k) => args[k],
                    None => x,
                })
                .collect();
            BlockCall::new(t.block, a)
        };
        for k in 0..f.layout.len() {
            let p = f.layout[k];
            if p == b {
                continue;
            }
            let mut term = std::mem::take(&mut f.blocks[p].term);
            for t in term.targets_mut() {
                if t.block != b || t.args.len() != params.len() {
                    continue;
                }
                let c = t.args[ci];
                let d = &f.values[c];
                if d.op != Op::Const || !matches!(d.def, ValueDef::Inst(_)) {
                    continue;
                }
                let to = if d.aux_int != 0 { &then } else { &els };
                *t = translate(to, &t.args);
                changed = true;
            }
            f.blocks[p].term = term;
        }
    }
    changed
}

/// Is one of `params` (of block `b`) used anywhere but in `b`'s terminator?
fn used_elsewhere(f: &Function, b: crate::Block, params: &[crate::Value]) -> bool {
    for &blk in &f.layout {
        let data = &f.blocks[blk];
        for &v in &data.insts {
            if f.values[v].args.iter().any(|a| params.contains(a)) {
                return true;
            }
        }
        if blk != b && data.term.uses().iter().any(|a| params.contains(a)) {
            return true;
        }
    }
    false
}
