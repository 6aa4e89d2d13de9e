//! nilcheckelim (gc's `nilcheckelim`): removes nil checks of pointers known
//! to be non-nil.
//!
//! Contract
//! * Needs: a verified function; works best after opt and generic CSE
//!   (the same pointer is then one value).
//! * Does: walks the dominator tree with the set of pointers known non-nil
//!   at that point, and deletes `NilCheck p` / folds `IsNonNil p` to true
//!   when `p` is in it. A pointer is non-nil when it is
//!   - inherently: the address of a stack slot or symbol (`SlotAddr`,
//!     `SymAddr`), an `OffPtr`/`AddPtr` (derived from a pointer: Go never
//!     offsets a nil pointer without a check first, as gc assumes), the
//!     result of an allocation (`runtime.newobject`, `makeslice`, ...), or a
//!     block parameter whose every incoming argument is non-nil;
//!   - or after a dominating `NilCheck p`, a load or store through `p` (or
//!     through `p` plus an offset below 4096: it would have faulted), or on
//!     the true edge of `If (IsNonNil p)` / `p != nil` (false edge of
//!     `p == nil`).
//! * Reports (`-d=ssa/nilcheckelim/debug=1`): `removed nil check` at each
//!   deleted check (gc's `-d=nil` wording).
//! * Invalidates: nothing structural (values are deleted or become
//!   constants). Must follow: generic deadcode (the folded conditions).

use super::PassCtx;
use super::util::set_const;
use crate::dom::DomTree;
use crate::{Block, Function, Op, Term, Value, ValueDef};
use cranelift_entity::EntitySet;

/// Runtime functions returning a fresh, non-nil pointer.
const ALLOCATORS: &[&str] = &[
    "runtime.newobject",
    "runtime.makeslice",
    "runtime.mallocgc",
    "runtime.growslice",
    "runtime.makemap_small",
    "runtime.makemap",
];

/// Offsets below this fault like the pointer itself (gc's minZeroPage).
const MIN_ZERO_PAGE: i64 = 4096;

/// Follow copies to the value a pointer is.
fn base(f: &Function, mut v: Value) -> Value {
    for _ in 0..16 {
        let d = &f.values[v];
        if d.op == Op::Copy && matches!(d.def, ValueDef::Inst(_)) && d.args.len() == 1 {
            v = d.args[0];
        } else {
            break;
        }
    }
    v
}

fn inherently_nonnil(f: &Function, v: Value) -> bool {
    let d = &f.values[v];
    if !matches!(d.def, ValueDef::Inst(_)) {
        return false;
    }
    match d.op {
        Op::SlotAddr | Op::SymAddr | Op::OffPtr | Op::AddPtr => true,
        Op::Call => d
            .call_aux()
            .and_then(|c| c.callee.as_deref())
            .is_some_and(|c| ALLOCATORS.contains(&c) && d.ty == crate::Type::Ptr),
        _ => false,
    }
}

/// The pointer a memory access through `addr` proves non-nil (`addr` itself,
/// or the base of a small constant offset).
fn accessed(f: &Function, addr: Value) -> Vec<Value> {
    let a = base(f, addr);
    let mut out = vec![a];
    let d = &f.values[a];
    if d.op == Op::OffPtr && (0..MIN_ZERO_PAGE).contains(&d.aux_int) && d.args.len() == 1 {
        out.push(base(f, d.args[0]));
    }
    out
}

pub fn nilcheckelim(f: &mut Function, cx: &mut PassCtx) {
    let (cfg, dt) = DomTree::compute(f);
    if dt.rpo.is_empty() {
        return;
    }
    let mut nonnil: EntitySet<Value> = EntitySet::new();
    for &b in &dt.rpo {
        for &v in &f.blocks[b].insts {
            if inherently_nonnil(f, v) {
                nonnil.insert(v);
            }
        }
    }
    // Block parameters fed only non-nil pointers.
    let preds = super::util::incoming(f);
    let mut changed = true;
    let mut rounds = 0;
    while changed && rounds < 16 {
        changed = false;
        rounds += 1;
        for &b in &dt.rpo {
            for (i, &p) in f.blocks[b].params.iter().enumerate() {
                if nonnil.contains(p) || f.values[p].ty != crate::Type::Ptr || Some(b) == f.entry()
                {
                    continue;
                }
                let args = super::util::incoming_args(f, &preds[b], b, i);
                if !args.is_empty() && args.iter().all(|&a| nonnil.contains(base(f, a))) {
                    nonnil.insert(p);
                    changed = true;
                }
            }
        }
    }

    let mut removed: Vec<Value> = Vec::new();
    let mut folded: Vec<Value> = Vec::new();
    enum Work {
        Visit(Block),
        Clear(Value),
    }
    let mut work = vec![Work::Visit(dt.rpo[0])];
    while let Some(w) = work.pop() {
        let b = match w {
            Work::Clear(p) => {
                nonnil.remove(p);
                continue;
            }
            Work::Visit(b) => b,
        };
        let learn = |p: Value, nonnil: &mut EntitySet<Value>, work: &mut Vec<Work>| {
            if !nonnil.contains(p) {
                nonnil.insert(p);
                work.push(Work::Clear(p));
            }
        };
        // Facts from the branch that leads here.
        if let [p] = cfg.preds(b)
            && let Term::If { cond, then, els } = &f.blocks[*p].term
            && then.block != els.block
        {
            let d = &f.values[*cond];
            let on_then = then.block == b;
            let ptr = match d.op {
                Op::IsNonNil if on_then => Some(d.args[0]),
                Op::Neq | Op::Eq
                    if d.args.len() == 2 && f.values[d.args[0]].ty == crate::Type::Ptr =>
                {
                    let is_nil = |v: Value| f.const_int(base(f, v)) == Some(0);
                    let other = if is_nil(d.args[1]) {
                        Some(d.args[0])
                    } else if is_nil(d.args[0]) {
                        Some(d.args[1])
                    } else {
                        None
                    };
                    other.filter(|_| (d.op == Op::Neq) == on_then)
                }
                _ => None,
            };
            if let Some(p) = ptr {
                learn(base(f, p), &mut nonnil, &mut work);
            }
        }
        for &v in &f.blocks[b].insts {
            let d = &f.values[v];
            match d.op {
                Op::NilCheck => {
                    let p = base(f, d.args[0]);
                    if nonnil.contains(p) {
                        removed.push(v);
                        if cx.debug > 0 {
                            cx.report(d.pos, "removed nil check");
                        }
                    } else {
                        learn(p, &mut nonnil, &mut work);
                    }
                }
                Op::IsNonNil if nonnil.contains(base(f, d.args[0])) => folded.push(v),
                Op::Load | Op::Store | Op::Zero
                    if d.op == Op::Zero || (0..MIN_ZERO_PAGE).contains(&d.aux_int) =>
                {
                    for p in accessed(f, d.args[0]) {
                        learn(p, &mut nonnil, &mut work);
                    }
                }
                Op::Move => {
                    for &a in &d.args[..2.min(d.args.len())] {
                        for p in accessed(f, a) {
                            learn(p, &mut nonnil, &mut work);
                        }
                    }
                }
                _ => {}
            }
        }
        let mut kids = dt.children(b).to_vec();
        kids.reverse();
        for k in kids {
            work.push(Work::Visit(k));
        }
    }
    for v in removed {
        f.remove_inst(v);
    }
    for v in folded {
        set_const(f, v, 1);
    }
}
