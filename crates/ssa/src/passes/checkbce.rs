//! check bce (gc's `checkbce`): reports every bounds check left.
//!
//! Contract
//! * Needs: generic deadcode to have run (only live checks are reported).
//! * Does: with `-d=ssa/check_bce/debug=1`, one `Found IsInBounds` /
//!   `Found IsSliceInBounds` report per check value, at its position, in
//!   block layout order. Changes nothing.
//! * Invalidates: nothing. Must follow: nothing.

use super::PassCtx;
use crate::{Function, Op};

pub fn checkbce(f: &mut Function, cx: &mut PassCtx) {
    if cx.debug == 0 {
        return;
    }
    for &b in &f.layout {
        for &v in &f.blocks[b].insts {
            let d = &f.values[v];
            if matches!(d.op, Op::IsInBounds | Op::IsSliceInBounds) {
                let (pos, msg) = (d.pos, format!("Found {}", d.op));
                cx.report(pos, msg);
            }
        }
    }
}
