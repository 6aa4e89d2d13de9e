//! opt (gc's `opt` and `late opt`): constant folding and algebraic
//! simplification by declarative rewrite rules, gc's `generic.rules`.
//!
//! Contract
//! * Needs: a verified function. Works best after phielim/copyelim (a block
//!   parameter with one incoming value hides a constant from the rules).
//! * Does: folds every pure op whose arguments are constants (with the
//!   interpreter's model of op.rs's semantics, [`crate::interp::eval_pure`]),
//!   puts constant operands of commutative ops second, then applies the rules
//!   of arith.rs, compare.rs, bits.rs, conv.rs and control.rs until nothing
//!   changes; `late opt` (after prove) adds divmod.rs, division and remainder
//!   by constants. Values are rewritten in place (their uses and positions
//!   stay); a value that becomes equal to another one becomes a `Copy`, and
//!   every use of a copy is redirected to its source before the pass ends.
//!   Branches on constants become jumps (the other successor is left
//!   unreachable). Ordered values (loads, stores, calls, checks) are never
//!   rewritten, only their arguments redirected.
//! * Invalidates: the CFG and dominator tree (folded branches); leaves dead
//!   values, dead copies and unreachable blocks.
//! * Must follow: deadcode (`opt deadcode`, `generic deadcode`), which removes
//!   what the rules orphaned and the blocks folded branches cut off; after
//!   `late opt`, `late cse` (the expansions of `x / c` and `x % c` repeat).
//!
//! # Rules
//! A rule is a [`Rule`]: the op it applies to, its text in gc's notation
//! (`(Add x (Const [0])) => x`, shown in `-d=ssa/opt/debug=2` reports) and a
//! matcher `fn(&mut Rw, Value) -> Option<Out>` written with the [`rules!`]
//! macro. A matcher reads the value through [`Rw`]'s helpers, which return
//! `None` on a mismatch so `?` reads as "and": `let (x, y) = m.xy(v);
//! when(m.k(y)? == 0)?; val(x)`. It answers with an [`Out`]: another value,
//! a constant, or a new op over new values it created with [`Rw::ins`]
//! (inserted just before the rewritten value, and simplified in turn).

mod arith;
mod bits;
mod compare;
mod control;
mod conv;
mod divmod;
pub mod magic;

use super::PassCtx;
use crate::interp::eval_pure;
use crate::{Block, Effect, Function, Op, Type, Value, ValueData, ValueDef};
use syntax::Pos;

/// What a rule turns a value into. Its type never changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Out {
    /// An existing value of the same type (the value becomes a `Copy`).
    Val(Value),
    /// An integer, bool or nil constant (canonicalized to the type's width).
    Int(i64),
    /// A float constant.
    Float(f64),
    /// The op over these arguments with this `aux_int`.
    Op(Op, Vec<Value>, i64),
}

/// One rewrite rule.
pub struct Rule {
    pub op: Op,
    /// The rule in gc's notation, for reports and documentation.
    pub text: &'static str,
    pub apply: fn(&mut Rw, Value) -> Option<Out>,
}

/// `rules! { Op "text" |m, v| body; ... }`: a table of [`Rule`]s.
macro_rules! rules {
    ($($op:ident $text:literal |$m:ident, $v:ident| $body:expr;)*) => {
        &[$($crate::passes::opt::Rule {
            op: $crate::Op::$op,
            text: $text,
            apply: |$m: &mut $crate::passes::opt::Rw, $v: $crate::Value| -> Option<$crate::passes::opt::Out> {
                $body
            },
        }),*]
    };
}
pub(crate) use rules;

/// `Some(())` when `b` holds: a guard inside a rule (`when(c > 0)?`).
pub fn when(b: bool) -> Option<()> {
    b.then_some(())
}
pub fn val(x: Value) -> Option<Out> {
    Some(Out::Val(x))
}
pub fn int(c: i64) -> Option<Out> {
    Some(Out::Int(c))
}
pub fn float(c: f64) -> Option<Out> {
    Some(Out::Float(c))
}
pub fn op1(op: Op, x: Value) -> Option<Out> {
    Some(Out::Op(op, vec![x], 0))
}
pub fn op2(op: Op, x: Value, y: Value) -> Option<Out> {
    Some(Out::Op(op, vec![x, y], 0))
}
/// A shift whose count is known to be below the width (`aux_int == 1`).
pub fn shift(op: Op, x: Value, c: Value) -> Option<Out> {
    Some(Out::Op(op, vec![x, c], 1))
}

/// The rewriting context a matcher sees: the function, read-only helpers, and
/// [`Rw::ins`] to create values before the one being rewritten.
pub struct Rw<'a> {
    pub f: &'a mut Function,
    block: Block,
    at: usize,
    inserted: usize,
    pos: Pos,
}

impl Rw<'_> {
    pub fn ty(&self, v: Value) -> Type {
        self.f.values[v].ty
    }
    pub fn op(&self, v: Value) -> Op {
        self.f.values[v].op
    }
    /// Bits of `v`'s type.
    pub fn width(&self, v: Value) -> u32 {
        self.f.values[v].ty.bits()
    }
    /// The first argument.
    pub fn x(&self, v: Value) -> Value {
        self.f.values[v].args[0]
    }
    /// The first two arguments.
    pub fn xy(&self, v: Value) -> (Value, Value) {
        let a = &self.f.values[v].args;
        (a[0], a[1])
    }
    /// `v` has an integer type (not bool, not ptr).
    pub fn int(&self, v: Value) -> Option<()> {
        when(self.ty(v).is_int())
    }
    /// `v` has a float type.
    pub fn flt(&self, v: Value) -> Option<()> {
        when(self.ty(v).is_float())
    }
    /// The integer constant `v` is (sign-extended from its width).
    pub fn k(&self, v: Value) -> Option<i64> {
        let d = &self.f.values[v];
        (d.op == Op::Const && matches!(d.def, ValueDef::Inst(_))).then_some(d.aux_int)
    }
    /// The integer constant `v` is, read as unsigned at its width.
    pub fn ku(&self, v: Value) -> Option<u64> {
        let c = self.k(v)?;
        Some(c as u64 & super::util::mask(self.width(v)))
    }
    /// The float constant `v` is.
    pub fn kf(&self, v: Value) -> Option<f64> {
        let d = &self.f.values[v];
        (d.op == Op::ConstF && matches!(d.def, ValueDef::Inst(_))).then(|| d.float())
    }
    /// `v` is an operation `op` (not a parameter): its arguments.
    pub fn is(&self, v: Value, op: Op) -> Option<&[Value]> {
        let d = &self.f.values[v];
        (d.op == op && matches!(d.def, ValueDef::Inst(_))).then_some(&d.args[..])
    }
    /// `v` is the unary op `op` of the result.
    pub fn un(&self, v: Value, op: Op) -> Option<Value> {
        self.is(v, op).and_then(|a| a.first().copied())
    }
    /// `v` is the binary op `op` of the result.
    pub fn bin(&self, v: Value, op: Op) -> Option<(Value, Value)> {
        self.is(v, op).and_then(|a| Some((*a.first()?, *a.get(1)?)))
    }
    /// The `aux_int` of `v`.
    pub fn aux(&self, v: Value) -> i64 {
        self.f.values[v].aux_int
    }

    /// Create `op <ty> args [aux]` just before the value being rewritten.
    pub fn ins(&mut self, op: Op, ty: Type, args: &[Value], aux: i64) -> Value {
        let mut d = ValueData::new(op, ty, args.to_vec());
        d.aux_int = aux;
        d.pos = self.pos;
        let at = self.at + self.inserted;
        self.inserted += 1;
        self.f.insert_inst(self.block, at, d)
    }
    /// An integer constant of type `ty`.
    pub fn konst(&mut self, ty: Type, c: i64) -> Value {
        self.ins(Op::Const, ty, &[], ty.canon_int(c))
    }
    /// A shift count (an `i64` constant).
    pub fn count(&mut self, c: u32) -> Value {
        self.konst(Type::I64, c as i64)
    }
}

/// Every rule, grouped by topic.
fn all_rules() -> impl Iterator<Item = &'static Rule> {
    arith::RULES
        .iter()
        .chain(divmod::RULES)
        .chain(compare::RULES)
        .chain(bits::RULES)
        .chain(conv::RULES)
        .chain(control::RULES)
}

/// The rules of each op, in table order. Division and remainder by
/// constants are strength-reduced only in `late opt`: prove reasons about
/// `x % c` and `x / c` (`a[i%15]` is in bounds), not about their expansions.
fn rules_by_op(late: bool) -> Vec<Vec<&'static Rule>> {
    let mut t: Vec<Vec<&'static Rule>> = vec![Vec::new(); Op::ALL.len()];
    for r in all_rules() {
        if !late && divmod::RULES.iter().any(|d| std::ptr::eq(d, r)) {
            continue;
        }
        t[r.op as usize].push(r);
    }
    t
}

/// How many rules there are (documentation and tests).
pub fn rule_count() -> usize {
    all_rules().count()
}

pub fn opt(f: &mut Function, cx: &mut PassCtx) {
    // file tests may name the pass `late opt` or `late_opt`
    let late = cx.pass.starts_with("late");
    let table = rules_by_op(late);
    for _round in 0..20 {
        let mut changed = false;
        for bi in 0..f.layout.len() {
            let b = f.layout[bi];
            changed |= opt_block(f, b, &table, cx);
            changed |= control::rewrite_term(f, b);
        }
        if !changed {
            break;
        }
    }
    remove_copies(f);
}

/// Follow `Copy` instructions to the value they copy.
fn resolve(f: &Function, mut v: Value) -> Value {
    for _ in 0..64 {
        let d = &f.values[v];
        if d.op == Op::Copy && d.args.len() == 1 && matches!(d.def, ValueDef::Inst(_)) {
            v = d.args[0];
        } else {
            break;
        }
    }
    v
}

fn opt_block(f: &mut Function, b: Block, table: &[Vec<&'static Rule>], cx: &mut PassCtx) -> bool {
    let mut changed = false;
    let mut i = 0;
    // a budget against rules that undo each other
    let mut budget = 64 * f.blocks[b].insts.len() + 256;
    while i < f.blocks[b].insts.len() {
        let v = f.blocks[b].insts[i];
        for a in 0..f.values[v].args.len() {
            let x = f.values[v].args[a];
            let r = resolve(f, x);
            if r != x {
                f.values[v].args[a] = r;
                changed = true;
            }
        }
        let op = f.values[v].op;
        if op == Op::Copy || op.effect().is_ordered() || budget == 0 {
            i += 1;
            continue;
        }
        budget -= 1;
        // canonical order: a constant operand of a commutative op goes second
        if op.is_commutative() {
            let (x, y) = (f.values[v].args[0], f.values[v].args[1]);
            if f.values[x].op.is_const() && !f.values[y].op.is_const() {
                f.values[v].args.swap(0, 1);
                changed = true;
            }
        }
        if let Some(out) = fold(f, v) {
            if apply(f, v, out) {
                changed = true;
            }
            i += 1;
            continue;
        }
        let mut m = Rw { f, block: b, at: i, inserted: 0, pos: Pos::NONE };
        m.pos = m.f.values[v].pos;
        let mut fired = None;
        for r in &table[op as usize] {
            if let Some(out) = (r.apply)(&mut m, v) {
                fired = Some((r, out));
                break;
            }
        }
        let inserted = m.inserted;
        let fired = fired.and_then(|(r, out)| apply(f, v, out).then_some(r));
        match fired {
            Some(r) => {
                changed = true;
                if cx.debug >= 2 {
                    let pos = f.values[v].pos;
                    cx.report(pos, format!("rewrite {v}: {}", r.text));
                }
                // stay at `i`: simplify the new values, then the rewritten
                // value again
            }
            None => {
                // values created by a matcher whose result was refused stay
                // unused; deadcode removes them
                i += 1 + inserted;
            }
        }
    }
    changed
}

/// Fold a pure op whose arguments are all constants.
fn fold(f: &Function, v: Value) -> Option<Out> {
    let d = &f.values[v];
    if matches!(d.op, Op::Const | Op::ConstF | Op::Copy | Op::SymAddr | Op::SlotAddr | Op::Proj)
        || !matches!(d.op.effect(), Effect::Pure | Effect::PureGuarded)
        || d.ty == Type::Ptr
        || d.args.is_empty()
    {
        return None;
    }
    let mut a = Vec::with_capacity(d.args.len());
    let mut at = Vec::with_capacity(d.args.len());
    for &x in &d.args {
        let xd = &f.values[x];
        if !matches!(xd.def, ValueDef::Inst(_)) {
            return None;
        }
        let bits = match (xd.op, xd.ty) {
            (Op::Const, _) => xd.aux_int as u64,
            (Op::ConstF, Type::F32) => (xd.float() as f32).to_bits() as u64,
            (Op::ConstF, _) => xd.aux_int as u64,
            _ => return None,
        };
        a.push(bits);
        at.push(xd.ty);
    }
    let r = eval_pure(d.op, d.ty, &at, &a, d.aux_int).ok()?;
    match d.ty {
        Type::F32 => {
            let x = f32::from_bits(r as u32);
            // as gc: never fold to a NaN (its sign and payload are the hardware's)
            (!x.is_nan()).then_some(Out::Float(x as f64))
        }
        Type::F64 => {
            let x = f64::from_bits(r);
            (!x.is_nan()).then_some(Out::Float(x))
        }
        _ => Some(Out::Int(r as i64)),
    }
}

/// Rewrite `v` in place; false if nothing changed (or the result is ill-typed).
fn apply(f: &mut Function, v: Value, out: Out) -> bool {
    let ty = f.values[v].ty;
    match out {
        Out::Val(x) => {
            if x == v || f.values[x].ty != ty {
                return false;
            }
            super::util::set_copy(f, v, x);
        }
        Out::Int(c) => {
            if !ty.is_intlike() {
                return false;
            }
            super::util::set_const(f, v, c);
            f.values[v].nonneg = false;
        }
        Out::Float(x) => {
            if !ty.is_float() {
                return false;
            }
            let x = if ty == Type::F32 { x as f32 as f64 } else { x };
            let d = &mut f.values[v];
            d.op = Op::ConstF;
            d.args.clear();
            d.aux = crate::Aux::None;
            d.aux_int = x.to_bits() as i64;
        }
        Out::Op(op, args, aux) => {
            let d = &mut f.values[v];
            if d.op == op && d.args == args && d.aux_int == aux {
                return false;
            }
            d.op = op;
            d.args = args;
            d.aux_int = aux;
            d.aux = crate::Aux::None;
        }
    }
    true
}

/// Redirect every use of a copy to its source.
fn remove_copies(f: &mut Function) {
    let mut r = super::util::Replacements::new();
    for &b in &f.layout {
        for &v in &f.blocks[b].insts {
            let d = &f.values[v];
            if d.op == Op::Copy && d.args.len() == 1 {
                r.set(v, resolve(f, v));
            }
        }
    }
    r.apply(f);
}
