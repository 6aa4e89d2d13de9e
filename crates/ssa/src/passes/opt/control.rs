//! Control-flow rules: `Select` on constants and with equal arms, and the
//! terminator rewrites (not table rules, since a terminator is no value):
//! `If` on a constant and `Switch` on a constant become jumps (deadcode then
//! removes the block no longer reached), `If (Not c)` swaps its targets, and
//! an `If` whose two targets are the same jump becomes that jump.

use super::{Rule, op1, rules, val, when};
use crate::{Block, Function, Op, Term, Type, ValueDef};

pub(super) const RULES: &[Rule] = rules! {
    Select "(Select (Const [c]) x y) => c ? x : y" |m, v| {
        let a = m.f.values[v].args.clone();
        val(if m.k(a[0])? != 0 { a[1] } else { a[2] })
    };
    Select "(Select _ x x) => x" |m, v| {
        let a = &m.f.values[v].args;
        when(a[1] == a[2])?;
        val(a[1])
    };
    Select "(Select <bool> c (Const [1]) (Const [0])) => c" |m, v| {
        let a = m.f.values[v].args.clone();
        when(m.ty(v) == Type::Bool && m.k(a[1])? == 1 && m.k(a[2])? == 0)?;
        val(a[0])
    };
    Select "(Select <bool> c (Const [0]) (Const [1])) => (Not c)" |m, v| {
        let a = m.f.values[v].args.clone();
        when(m.ty(v) == Type::Bool && m.k(a[1])? == 0 && m.k(a[2])? == 1)?;
        op1(Op::Not, a[0])
    };
    Select "(Select (Not c) x y) => (Select c y x)" |m, v| {
        let a = m.f.values[v].args.clone();
        let c = m.un(a[0], Op::Not)?;
        Some(super::Out::Op(Op::Select, vec![c, a[2], a[1]], 0))
    };
};

/// The integer constant a terminator operand is.
fn konst(f: &Function, v: crate::Value) -> Option<i64> {
    let d = &f.values[v];
    (d.op == Op::Const && matches!(d.def, ValueDef::Inst(_))).then_some(d.aux_int)
}

/// Apply the terminator rules to `b`; true if it changed. Operands are
/// redirected past copies first.
pub(super) fn rewrite_term(f: &mut Function, b: Block) -> bool {
    let mut changed = false;
    let mut t = std::mem::take(&mut f.blocks[b].term);
    t.map_uses(|x| {
        let r = super::resolve(f, x);
        changed |= r != x;
        r
    });
    let new = match &t {
        // (If (Const [c]) then else) => (Plain c ? then : else)
        Term::If { cond, then, els } => {
            if let Some(c) = konst(f, *cond) {
                Some(Term::Jump(if c != 0 { then.clone() } else { els.clone() }))
            } else if let Some(c) = f.values[*cond].op.eq(&Op::Not).then(|| f.values[*cond].args[0])
                && matches!(f.values[*cond].def, ValueDef::Inst(_))
            {
                // (If (Not c) then else) => (If c else then)
                Some(Term::If { cond: c, then: els.clone(), els: then.clone() })
            } else if then == els {
                // (If _ t t) => (Plain t)
                Some(Term::Jump(then.clone()))
            } else {
                None
            }
        }
        // (Switch (Const [i]) targets default) => (Plain targets[i] or default)
        Term::Switch { index, targets, default } => konst(f, *index).map(|i| {
            let t = usize::try_from(i).ok().and_then(|i| targets.get(i)).unwrap_or(default);
            Term::Jump(t.clone())
        }),
        _ => None,
    };
    if let Some(n) = new {
        t = n;
        changed = true;
    }
    f.blocks[b].term = t;
    changed
}
