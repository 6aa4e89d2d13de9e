//! prove (gc's `prove.go`): removes branches whose outcome follows from the
//! branches that dominate them, chiefly bounds checks.
//!
//! Contract
//! * Needs: a verified function. Works best after opt (constants second,
//!   `Sub x c` as written) and generic CSE, but numbers equal pure values
//!   itself, so it does not depend on them.
//! * Does: walks the dominator tree keeping a fact table ([`facts`]) of the
//!   conditions that hold on the way (signed/unsigned orderings, constant
//!   bounds, known booleans and pointer equalities), seeded with what holds
//!   everywhere (`nonneg` values such as lengths are ≥ 0, `x & y <= x`) and
//!   with induction variables ([`super::loopbce`]). An `If` whose condition
//!   (or its negation) contradicts the facts becomes a jump to the other
//!   target: `IsInBounds`/`IsSliceInBounds` checks proved in range lose
//!   their panic edge. Shifts whose count is proved below the width are
//!   marked bounded (`aux_int = 1`).
//! * Reports (`-d=ssa/prove/debug=1`, gc's wording): `Proved IsInBounds`,
//!   `Disproved Less64`, ... at the branch's position, `Induction variable:
//!   limits [0,?), increment 1` at the loop header's, `Proved Lsh64x64
//!   bounded` at the shift's.
//! * Invalidates: the CFG (edges removed; blocks may become unreachable).
//!   Must follow: a deadcode pass (the removed checks and their panic
//!   blocks), before check bce.

pub mod facts;

use super::PassCtx;
use super::loopbce::{self, IndVar, MAX_INC, MIN_EXC};
use crate::dom::DomTree;
use crate::{Block, Function, Op, Term, Type, Value, ValueDef};
use facts::{Dom, EQ, Facts, GT, LT, Node};
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Branch {
    Unknown,
    Positive,
    Negative,
}

/// What the walk decided, applied once it is over.
#[derive(Default)]
struct Decisions {
    /// Blocks whose `If` loses one edge (the branch that cannot be taken).
    removed: HashMap<Block, Branch>,
    order: Vec<Block>,
    bounded: Vec<Value>,
}

pub fn prove(f: &mut Function, cx: &mut PassCtx) {
    let (cfg, dt) = DomTree::compute(f);
    if dt.rpo.is_empty() {
        return;
    }
    let dec = {
        let mut ft = Facts::new(f, &dt.rpo);
        let mut w =
            Walk { cfg: &cfg, dt: &dt, dec: Decisions::default(), layout_pos: HashMap::new() };
        for (i, &b) in f.layout.iter().enumerate() {
            w.layout_pos.insert(b, i);
        }
        w.run(&mut ft, cx);
        w.dec
    };
    for b in dec.order {
        let br = dec.removed[&b];
        let t = std::mem::take(&mut f.blocks[b].term);
        f.blocks[b].term = match t {
            Term::If { then, els, .. } => {
                Term::Jump(if br == Branch::Negative { then } else { els })
            }
            other => other,
        };
    }
    for v in dec.bounded {
        f.values[v].aux_int = 1;
    }
}

struct Walk<'a> {
    cfg: &'a crate::cfg::Cfg,
    dt: &'a DomTree,
    dec: Decisions,
    layout_pos: HashMap<Block, usize>,
}

enum Work {
    Descend(Block),
    Simplify(Block),
}

impl Walk<'_> {
    fn run(&mut self, ft: &mut Facts, cx: &mut PassCtx) {
        let f = ft.f;
        let zero = Node::Const(Type::I64, 0);
        ft.checkpoint();
        // Facts that hold wherever the values exist.
        let uses = f.use_counts();
        for &b in &self.dt.rpo {
            let all = f.blocks[b].params.iter().chain(f.blocks[b].insts.iter());
            for &v in all {
                if uses[v] == 0 || !f.values[v].ty.is_int() {
                    continue;
                }
                let d = &f.values[v];
                let n = ft.node(v);
                if ft.always_nonneg(v)
                    || matches!(d.op, Op::Ctz | Op::Clz | Op::PopCount) && !d.is_param()
                {
                    ft.update(n, zero, Dom::Signed, GT | EQ);
                }
                if d.op == Op::And && !d.is_param() && d.args.len() == 2 {
                    let (a0, a1) = (ft.node(d.args[0]), ft.node(d.args[1]));
                    ft.update(n, a1, Dom::Unsigned, LT | EQ);
                    ft.update(n, a0, Dom::Unsigned, LT | EQ);
                }
            }
        }
        for (len, cap) in ft.len_cap_pairs() {
            ft.restrict(&[Dom::Signed, Dom::Unsigned], len, cap, LT | EQ);
        }
        if ft.unsat {
            // Nothing sensible can be proved in a function whose facts
            // contradict themselves (the code is unreachable anyway).
            ft.restore();
            return;
        }
        let ivs = loopbce::find_ind_vars(ft, self.cfg, self.dt, cx);
        let mut by_entry: HashMap<Block, IndVar> = HashMap::new();
        for iv in ivs {
            by_entry.insert(iv.entry, iv);
        }

        let entry = self.dt.rpo[0];
        let mut work = vec![Work::Descend(entry)];
        while let Some(w) = work.pop() {
            match w {
                Work::Descend(b) => {
                    let parent = self.dt.idom(b);
                    let br = parent.map(|p| self.get_branch(f, p, b)).unwrap_or(Branch::Unknown);
                    ft.checkpoint();
                    if let Some(iv) = by_entry.get(&b) {
                        add_ind_var(ft, iv);
                    }
                    if let (Some(p), true) = (parent, br != Branch::Unknown) {
                        add_branch(ft, f, p, br);
                        if ft.unsat {
                            self.remove_branch(ft, cx, p, br);
                            ft.restore();
                            continue;
                        }
                    }
                    work.push(Work::Simplify(b));
                    let mut kids: Vec<Block> = self.dt.children(b).to_vec();
                    kids.sort_by_key(|k| std::cmp::Reverse(self.layout_pos.get(k).copied()));
                    for k in kids {
                        work.push(Work::Descend(k));
                    }
                }
                Work::Simplify(b) => {
                    self.simplify(ft, cx, b);
                    ft.restore();
                }
            }
        }
        ft.restore();
    }

    /// How `b` is reached from its immediate dominator `p`: only through
    /// p's then edge (Positive), only through its else edge (Negative).
    fn get_branch(&self, f: &Function, p: Block, b: Block) -> Branch {
        if self.dec.removed.contains_key(&p) {
            return Branch::Unknown;
        }
        let Term::If { then, els, .. } = &f.blocks[p].term else { return Branch::Unknown };
        if self.dt.dominates(then.block, b) && self.cfg.preds(then.block).len() == 1 {
            return Branch::Positive;
        }
        if self.dt.dominates(els.block, b) && self.cfg.preds(els.block).len() == 1 {
            return Branch::Negative;
        }
        Branch::Unknown
    }

    fn remove_branch(&mut self, ft: &Facts, cx: &mut PassCtx, b: Block, br: Branch) {
        if self.dec.removed.contains_key(&b) {
            return;
        }
        let f = ft.f;
        if cx.debug > 0
            && let Term::If { cond, .. } = &f.blocks[b].term
        {
            let verb = if br == Branch::Positive { "Disproved" } else { "Proved" };
            let d = &f.values[*cond];
            let name = match d.def {
                ValueDef::Param(pb, _) if Some(pb) == f.entry() => "Arg".to_string(),
                ValueDef::Param(..) => "Phi".to_string(),
                _ => {
                    let opnd = d.args.first().map(|&a| f.values[a].ty).unwrap_or(d.ty);
                    d.op.gc_name(opnd)
                }
            };
            cx.report(f.blocks[b].term_pos, format!("{verb} {name}"));
        }
        self.dec.removed.insert(b, br);
        self.dec.order.push(b);
    }

    fn simplify(&mut self, ft: &mut Facts, cx: &mut PassCtx, b: Block) {
        let f = ft.f;
        for &v in &f.blocks[b].insts {
            let d = &f.values[v];
            if !matches!(d.op, Op::Shl | Op::ShrS | Op::ShrU) || d.aux_int == 1 || d.args.len() != 2
            {
                continue;
            }
            let by = ft.node(d.args[1]);
            let Some(lim) = ft.has_limit(by) else { continue };
            let bits = d.ty.bits() as i64;
            if lim.umax < bits as u64 || (lim.max < bits && ft.is_nonneg(by)) {
                self.dec.bounded.push(v);
                if cx.debug > 0 {
                    let cb = f.values[d.args[1]].ty.bits();
                    let name = match d.op {
                        Op::Shl => format!("Lsh{bits}x{cb}"),
                        Op::ShrS => format!("Rsh{bits}x{cb}"),
                        _ => format!("Rsh{bits}Ux{cb}"),
                    };
                    cx.report(d.pos, format!("Proved {name} bounded"));
                }
            }
        }
        if self.dec.removed.contains_key(&b) {
            return;
        }
        let Term::If { then, els, .. } = &f.blocks[b].term else { return };
        if then.block == els.block {
            return;
        }
        for (child, br) in [(then.block, Branch::Positive), (els.block, Branch::Negative)] {
            if self.get_branch(f, b, child) != Branch::Unknown {
                continue;
            }
            ft.checkpoint();
            add_branch(ft, f, b, br);
            let unsat = ft.unsat;
            ft.restore();
            if unsat {
                self.remove_branch(ft, cx, b, br);
                break;
            }
        }
    }
}

/// What a comparison teaches on its true edge: domains and relation.
fn domain_relation(op: Op, operand: Type) -> Option<(&'static [Dom], u8)> {
    const SU: &[Dom] = &[Dom::Signed, Dom::Unsigned];
    const S: &[Dom] = &[Dom::Signed];
    const U: &[Dom] = &[Dom::Unsigned];
    const P: &[Dom] = &[Dom::Pointer];
    if operand == Type::Ptr {
        return match op {
            Op::Eq => Some((P, EQ)),
            Op::Neq => Some((P, LT | GT)),
            _ => None,
        };
    }
    if !operand.is_intlike() {
        return None;
    }
    Some(match op {
        Op::Eq => (SU, EQ),
        Op::Neq => (SU, LT | GT),
        Op::Less => (S, LT),
        Op::Leq => (S, LT | EQ),
        Op::LessU => (U, LT),
        Op::LeqU => (U, LT | EQ),
        Op::IsInBounds => (SU, LT),
        Op::IsSliceInBounds => (SU, LT | EQ),
        _ => return None,
    })
}

/// Add what taking `br` out of `b` teaches (gc's `addBranchRestrictions`).
fn add_branch(ft: &mut Facts, f: &Function, b: Block, br: Branch) {
    let Term::If { cond, .. } = &f.blocks[b].term else { return };
    let c = ft.node(*cond);
    ft.set_bool(c, br == Branch::Positive);
    let Some((op, args)) = ft.op_of(c) else { return };
    if args.len() != 2 {
        return;
    }
    let Some((doms, r)) = domain_relation(op, f.values[args[0]].ty) else { return };
    let (a0, a1) = (ft.node(args[0]), ft.node(args[1]));
    let mut d: Vec<Dom> = doms.to_vec();
    if d == [Dom::Signed] && ft.is_nonneg(a0) && ft.is_nonneg(a1) {
        d.push(Dom::Unsigned);
    }
    match op {
        Op::IsInBounds | Op::IsSliceInBounds => match br {
            Branch::Negative => {
                let mut d = vec![Dom::Unsigned];
                if ft.is_nonneg(a0) {
                    d.push(Dom::Signed);
                }
                ft.restrict(&d, a0, a1, r ^ (LT | EQ | GT));
            }
            _ => {
                ft.update(Node::Const(Type::I64, 0), a0, Dom::Signed, LT | EQ);
                ft.restrict(&d, a0, a1, r);
            }
        },
        _ => {
            let r = if br == Branch::Negative { r ^ (LT | EQ | GT) } else { r };
            ft.restrict(&d, a0, a1, r);
        }
    }
}

/// Add an induction variable's bounds (gc's `addIndVarRestrictions`).
fn add_ind_var(ft: &mut Facts, iv: &IndVar) {
    let mut d = vec![Dom::Signed];
    if ft.is_nonneg(iv.min) && ft.is_nonneg(iv.max) {
        d.push(Dom::Unsigned);
    }
    let lo = if iv.flags & MIN_EXC == 0 { LT | EQ } else { LT };
    ft.restrict(&d, iv.min, iv.ind, lo);
    let hi = if iv.flags & MAX_INC == 0 { LT } else { LT | EQ };
    ft.restrict(&d, iv.ind, iv.max, hi);
}
