//! copyelim (gc's `copyelim`; runs as early/late copyelim).
//!
//! Contract
//! * Needs: a verified function.
//! * Does: redirects every use of a `Copy` to the copy's source (following
//!   chains), in values and terminators. The copies become unused.
//! * Invalidates: nothing structural (no block or value is removed).
//! * Must follow: deadcode, to delete the unused copies.

use super::PassCtx;
use super::util::Replacements;
use crate::{Function, Op, ValueDef};

pub fn copyelim(f: &mut Function, _cx: &mut PassCtx) {
    let mut r = Replacements::new();
    for &b in &f.layout {
        for &v in &f.blocks[b].insts {
            let d = &f.values[v];
            if d.op == Op::Copy && d.args.len() == 1 && matches!(d.def, ValueDef::Inst(_)) {
                r.set(v, d.args[0]);
            }
        }
    }
    r.apply(f);
}
