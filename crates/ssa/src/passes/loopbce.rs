//! Induction variables for prove (gc's `loopbce.go`, `findIndVar`).
//!
//! A loop header `b(…, i, …)` ending in `If (Less i max) → body exit` (or
//! `Leq`, or the operands swapped for a loop counting down), where `i` is a
//! parameter of the header that receives `init` on one incoming edge and
//! `i + step` (a non-zero constant step) on the other, is an induction
//! variable when the body block has the header as its only predecessor and
//! dominates the increment, and the increment cannot wrap around. Inside
//! the body `min <= i < max` holds (bounds inclusive or exclusive per
//! `flags`), which prove adds as facts when it enters the body.
//!
//! Not a pass of its own: prove calls [`find_ind_vars`].

use super::PassCtx;
use super::prove::facts::{Facts, Node};
use crate::cfg::Cfg;
use crate::dom::DomTree;
use crate::{Block, Op, Term, Type, ValueDef};

/// The minimum is exclusive (default inclusive).
pub const MIN_EXC: u8 = 1;
/// The maximum is inclusive (default exclusive).
pub const MAX_INC: u8 = 2;

#[derive(Clone, Copy, Debug)]
pub struct IndVar {
    pub ind: Node,
    pub min: Node,
    pub max: Node,
    /// The loop body's first block: the facts hold in the blocks it dominates.
    pub entry: Block,
    pub flags: u8,
}

/// `ind` is a header parameter fed by `init` and `ind + inc`: (init, inc, block of the increment).
fn parse_ind_var(ft: &Facts, cfg: &Cfg, ind: Node) -> Option<(Node, i64, Block)> {
    let f = ft.f;
    let Node::Val(p) = ind else { return None };
    let ValueDef::Param(pb, idx) = f.values[p].def else { return None };
    let preds = cfg.preds(pb);
    if preds.len() != 2 || preds[0] == preds[1] {
        return None;
    }
    let args = super::util::incoming_args(f, preds, pb, idx as usize);
    if args.len() != 2 {
        return None;
    }
    for (k, &a) in args.iter().enumerate() {
        let n = ft.node(a);
        let Node::Val(nv) = n else { continue };
        let Some((op, xs)) = ft.op_of(n) else { continue };
        if !matches!(op, Op::Add | Op::Sub) || f.values[nv].ty != Type::I64 {
            continue;
        }
        let (x0, x1) = (ft.node(xs[0]), ft.node(xs[1]));
        let inc = match op {
            Op::Add if x0 == ind => ft.as_const(x1),
            Op::Add if x1 == ind => ft.as_const(x0),
            Op::Sub if x0 == ind => ft.as_const(x1).and_then(|c| c.checked_neg()),
            _ => None,
        };
        let Some(inc) = inc else { continue };
        let init = ft.node(args[1 - k]);
        let nb = f.values[nv].block()?;
        return Some((init, inc, nb));
    }
    None
}

/// `v == x - k` with `x` known non-negative (a length): (x, k).
fn find_knn(ft: &Facts, v: Node) -> Option<(Node, i64)> {
    let (x, k) = match ft.op_of(v) {
        Some((Op::Sub, a)) => (ft.node(a[0]), ft.as_const(ft.node(a[1]))?),
        Some((Op::Add, a)) => {
            let (a0, a1) = (ft.node(a[0]), ft.node(a[1]));
            match (ft.as_const(a0), ft.as_const(a1)) {
                (Some(c), _) => (a1, c.checked_neg()?),
                (_, Some(c)) => (a0, c.checked_neg()?),
                _ => return None,
            }
        }
        _ => (v, 0),
    };
    (ft.as_const(x).is_none() && ft.nonneg_structural(x, 0)).then_some((x, k))
}

pub fn find_ind_vars(ft: &Facts, cfg: &Cfg, dt: &DomTree, cx: &mut PassCtx) -> Vec<IndVar> {
    let f = ft.f;
    let mut out = Vec::new();
    for &b in &dt.rpo {
        let Term::If { cond, then, .. } = &f.blocks[b].term else { continue };
        if cfg.preds(b).len() != 2 {
            continue;
        }
        let c = ft.node(*cond);
        let Some((op, args)) = ft.op_of(c) else { continue };
        let inclusive = match op {
            Op::Leq => true,
            Op::Less => false,
            _ => continue,
        };
        if f.values[args[0]].ty != Type::I64 {
            continue;
        }
        let (mut ind, mut limit) = (ft.node(args[0]), ft.node(args[1]));
        let mut less = true;
        let parsed = match parse_ind_var(ft, cfg, ind) {
            Some(p) => Some(p),
            None => {
                let p = parse_ind_var(ft, cfg, limit);
                if p.is_some() {
                    std::mem::swap(&mut ind, &mut limit);
                    less = false;
                }
                p
            }
        };
        let Some((init, step, nxt_block)) = parsed else { continue };
        if step == 0 || (step > 0 && !less) || (step < 0 && less) {
            continue;
        }
        let entry = then.block;
        if cfg.preds(entry).len() != 1 || !dt.dominates(entry, nxt_block) {
            continue;
        }
        let ok = if step > 0 {
            if let Some(mut v) = ft.as_const(limit) {
                if !inclusive {
                    match v.checked_sub(1) {
                        Some(x) => v = x,
                        None => continue,
                    }
                }
                if let Some(i) = ft.as_const(init) {
                    if i > v {
                        continue;
                    }
                    let span = (v as i128 - i as i128) / step as i128 * step as i128;
                    v = (i as i128 + span) as i64;
                }
                v.checked_add(step).is_some()
            } else if step == 1 && !inclusive {
                true
            } else {
                match find_knn(ft, limit) {
                    Some((_, k)) if k >= 0 => {
                        if inclusive {
                            step <= k
                        } else {
                            k != i64::MAX && step <= k + 1
                        }
                    }
                    _ => false,
                }
            }
        } else if let Some(mut v) = ft.as_const(limit) {
            if !inclusive {
                match v.checked_add(1) {
                    Some(x) => v = x,
                    None => continue,
                }
            }
            if let Some(i) = ft.as_const(init) {
                if i < v {
                    continue;
                }
                let span = (i as i128 - v as i128) / (-(step as i128)) * (-(step as i128));
                v = (i as i128 - span) as i64;
            }
            v.checked_add(step).is_some()
        } else {
            step == -1 && !inclusive
        };
        if !ok {
            continue;
        }
        let (min, max, flags, inc) = if step > 0 {
            (init, limit, if inclusive { MAX_INC } else { 0 }, step)
        } else {
            (limit, init, MAX_INC | if inclusive { 0 } else { MIN_EXC }, -step)
        };
        if cx.debug >= 1 {
            let show = |n: Node| match ft.as_const(n) {
                Some(c) => c.to_string(),
                None => "?".to_string(),
            };
            let msg = format!(
                "Induction variable: limits {}{},{}{}, increment {}",
                if flags & MIN_EXC != 0 { "(" } else { "[" },
                show(min),
                show(max),
                if flags & MAX_INC == 0 { ")" } else { "]" },
                inc
            );
            cx.report(f.blocks[b].term_pos, msg);
        }
        out.push(IndVar { ind, min, max, entry, flags });
    }
    out
}
