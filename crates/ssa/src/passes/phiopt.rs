//! phiopt (gc's `phiopt`): Bool block parameters decided by the branch that
//! leads to them.
//!
//! Contract
//! * Needs: a verified function.
//! * Does: for a join `j` reached only through `If c` of a block `d` — one
//!   edge per branch, each branch either going to `j` directly or through an
//!   empty block — a Bool parameter of `j` receiving (true, false) becomes
//!   `c`, (false, true) `Not c`, (true, x) `Or c x`, (x, false) `And c x`.
//!   The new value is placed at the top of `j`, the parameter removed.
//! * Invalidates: nothing structural.
//! * Must follow: deadcode; fuse then removes the now argument-less diamond.

use super::PassCtx;
use super::util::{Replacements, incoming, remove_params};
use crate::{Block, Function, Op, Term, Type, Value, ValueData};

pub fn phiopt(f: &mut Function, _cx: &mut PassCtx) {
    let preds = incoming(f);
    let mut r = Replacements::new();
    let entry = f.entry();
    let blocks = f.layout.clone();
    for j in blocks {
        if Some(j) == entry || f.blocks[j].params.is_empty() || preds[j].len() != 2 {
            continue;
        }
        let Some(shape) = diamond(f, &preds, j) else { continue };
        let mut keep = vec![true; f.blocks[j].params.len()];
        let mut new_vals = Vec::new();
        for (i, &p) in f.blocks[j].params.clone().iter().enumerate() {
            if f.values[p].ty != Type::Bool {
                continue;
            }
            let (a, b) = (shape.then_args[i], shape.else_args[i]);
            let ca = f.const_int(a);
            let cb = f.const_int(b);
            let c = shape.cond;
            let nv = match (ca, cb) {
                (Some(1), Some(0)) => Some((Op::Copy, vec![c])),
                (Some(0), Some(1)) => Some((Op::Not, vec![c])),
                (Some(1), None) => Some((Op::Or, vec![c, b])),
                (None, Some(0)) => Some((Op::And, vec![c, a])),
                _ => None,
            };
            if let Some((op, args)) = nv {
                let mut d = ValueData::new(op, Type::Bool, args);
                d.pos = f.values[p].pos;
                new_vals.push((p, d));
                keep[i] = false;
            }
        }
        if new_vals.is_empty() {
            continue;
        }
        for (k, (p, d)) in new_vals.into_iter().enumerate() {
            let v = f.insert_inst(j, k, d);
            r.set(p, v);
        }
        r.apply(f);
        r = Replacements::new();
        remove_params(f, j, &keep);
    }
}

/// The two ways into a join: the branch condition and the arguments each
/// branch passes to the join.
pub struct Diamond {
    pub dom: Block,
    pub cond: Value,
    pub then_args: Vec<Value>,
    pub else_args: Vec<Value>,
    /// The empty blocks on the then/else paths (None: direct edge).
    pub then_arm: Option<Block>,
    pub else_arm: Option<Block>,
}

/// Recognize `d: If c → t e` where `t` and `e` each reach `j` directly or via
/// one parameter-less block that only jumps to `j` and has `d` as its only
/// predecessor. `j`'s two incoming edges are exactly these. Arms with values
/// are accepted when `allow_values` (branchelim decides what it can hoist).
pub fn diamond_with(
    f: &Function,
    preds: &cranelift_entity::SecondaryMap<Block, Vec<Block>>,
    j: Block,
    allow_values: bool,
) -> Option<Diamond> {
    let (p0, p1) = (preds[j][0], preds[j][1]);
    // the arm is either the dom itself or a single-pred plain block
    let arm_of = |p: Block| -> Option<(Block, Option<Block>)> {
        let pd = &f.blocks[p];
        if let Term::Jump(t) = &pd.term
            && t.block == j
            && pd.params.is_empty()
            && (allow_values || pd.insts.is_empty())
            && preds[p].len() == 1
        {
            return Some((preds[p][0], Some(p)));
        }
        Some((p, None))
    };
    let (d0, a0) = arm_of(p0)?;
    let (d1, a1) = arm_of(p1)?;
    if d0 != d1 || d0 == j {
        return None;
    }
    let d = d0;
    let Term::If { cond, then, els } = &f.blocks[d].term else { return None };
    // which path is the then path?
    let path_target = |a: Option<Block>| a.unwrap_or(j);
    let (then_arm, else_arm) = if path_target(a0) == then.block && path_target(a1) == els.block {
        (a0, a1)
    } else if path_target(a1) == then.block && path_target(a0) == els.block {
        (a1, a0)
    } else {
        return None;
    };
    if then.block == els.block {
        return None;
    }
    let args_via = |arm: Option<Block>, direct: &crate::BlockCall| -> Option<Vec<Value>> {
        match arm {
            Some(a) => match &f.blocks[a].term {
                Term::Jump(t) => Some(t.args.clone()),
                _ => None,
            },
            None => Some(direct.args.clone()),
        }
    };
    let then_args = args_via(then_arm, then)?;
    let else_args = args_via(else_arm, els)?;
    let n = f.blocks[j].params.len();
    if then_args.len() != n || else_args.len() != n {
        return None;
    }
    Some(Diamond { dom: d, cond: *cond, then_args, else_args, then_arm, else_arm })
}

fn diamond(
    f: &Function,
    preds: &cranelift_entity::SecondaryMap<Block, Vec<Block>>,
    j: Block,
) -> Option<Diamond> {
    diamond_with(f, preds, j, false)
}
