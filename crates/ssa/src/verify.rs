//! The verifier: structure, typing rules of every op, block-parameter arity and
//! types, terminators, and dominance of every use. Returns all errors found;
//! never panics, whatever the function holds (`-d=ssa/check/on`).

use crate::cfg::Cfg;
use crate::dom::DomTree;
use crate::{Aux, Block, BlockCall, Function, Op, Term, Type, Value, ValueDef};
use cranelift_entity::EntitySet;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    pub func: String,
    /// `v12`, `b3` or empty for function-level problems.
    pub at: String,
    pub msg: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            write!(f, "{}: {}", self.func, self.msg)
        } else {
            write!(f, "{}: {}: {}", self.func, self.at, self.msg)
        }
    }
}

pub fn verify_program(p: &crate::Program) -> Result<(), Vec<VerifyError>> {
    let mut errs = Vec::new();
    for f in &p.funcs {
        if let Err(e) = verify_function(f) {
            errs.extend(e);
        }
    }
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

pub fn verify_function(f: &Function) -> Result<(), Vec<VerifyError>> {
    let mut v = Verifier { f, errs: Vec::new() };
    v.run();
    if v.errs.is_empty() { Ok(()) } else { Err(v.errs) }
}

struct Verifier<'a> {
    f: &'a Function,
    errs: Vec<VerifyError>,
}

impl Verifier<'_> {
    fn err(&mut self, at: impl fmt::Display, msg: impl Into<String>) {
        self.errs.push(VerifyError {
            func: self.f.name.clone(),
            at: at.to_string(),
            msg: msg.into(),
        });
    }

    fn valid_value(&self, v: Value) -> bool {
        self.f.values.is_valid(v) && self.f.values[v].def != ValueDef::Dead
    }

    fn run(&mut self) {
        let f = self.f;
        let Some(entry) = f.entry() else {
            self.err("", "function has no blocks");
            return;
        };
        // structure
        let mut seen_blocks = EntitySet::new();
        let mut seen_values = EntitySet::new();
        for &b in &f.layout {
            if !f.blocks.is_valid(b) {
                self.err(b, "block in layout does not exist");
                return;
            }
            if seen_blocks.contains(b) {
                self.err(b, "block appears twice in the layout");
            }
            seen_blocks.insert(b);
            for (i, &p) in f.blocks[b].params.iter().enumerate() {
                if !f.values.is_valid(p) || f.values[p].def != ValueDef::Param(b, i as u32) {
                    self.err(p, format!("block parameter {i} of {b} has the wrong definition"));
                } else if seen_values.contains(p) {
                    self.err(p, "value defined twice");
                } else if f.values[p].nonneg && !f.values[p].ty.is_int() {
                    self.err(p, format!("nonneg on a value of type {}", f.values[p].ty));
                }
                seen_values.insert(p);
            }
            for &v in &f.blocks[b].insts {
                if !f.values.is_valid(v) || f.values[v].def != ValueDef::Inst(b) {
                    self.err(v, format!("value listed in {b} is not defined there"));
                } else if seen_values.contains(v) {
                    self.err(v, "value defined twice");
                }
                seen_values.insert(v);
            }
        }
        if !self.errs.is_empty() {
            return;
        }
        let eparams: Vec<Type> = f.blocks[entry].params.iter().map(|&p| f.values[p].ty).collect();
        if eparams != f.sig.params {
            self.err(entry, "entry block parameters do not match the signature");
        }
        let cfg = Cfg::new(f);
        if !cfg.preds(entry).is_empty() {
            self.err(entry, "the entry block has predecessors");
        }
        for &b in &f.layout {
            for &v in &f.blocks[b].insts {
                self.check_value(v);
            }
            self.check_term(b, &seen_blocks);
        }
        if !self.errs.is_empty() {
            return;
        }
        // dominance
        let dt = DomTree::new(&cfg);
        for &b in &f.layout {
            if !dt.is_reachable(b) {
                continue;
            }
            let bd = &f.blocks[b];
            for (i, &v) in bd.insts.iter().enumerate() {
                for &a in &f.values[v].args {
                    if !dt.value_dominates(f, a, b, i) {
                        self.err(v, format!("use of {a} is not dominated by its definition"));
                    }
                }
            }
            for a in bd.term.uses() {
                if !dt.value_dominates(f, a, b, bd.insts.len()) {
                    self.err(
                        b,
                        format!("terminator's use of {a} is not dominated by its definition"),
                    );
                }
            }
        }
    }

    fn check_term(&mut self, b: Block, blocks: &EntitySet<Block>) {
        let f = self.f;
        let bd = &f.blocks[b];
        for u in bd.term.uses() {
            if !self.valid_value(u) {
                self.err(b, format!("terminator uses undefined value {u}"));
                return;
            }
        }
        match &bd.term {
            Term::None => self.err(b, "block has no terminator"),
            Term::If { cond, .. } => {
                if f.values[*cond].ty != Type::Bool {
                    self.err(b, format!("If condition {cond} is not bool"));
                }
            }
            Term::Switch { index, .. } => {
                if !f.values[*index].ty.is_int() {
                    self.err(b, format!("Switch index {index} is not an integer"));
                }
            }
            Term::Ret(vs) => {
                let tys: Vec<Type> = vs.iter().map(|&v| f.values[v].ty).collect();
                if f.sig.noreturn {
                    self.err(b, "Ret in a function that does not return");
                } else if tys != f.sig.results {
                    self.err(b, "Ret values do not match the signature's results");
                }
            }
            Term::Exit => {
                let ok = bd.insts.last().is_some_and(|&v| f.is_noreturn_call(v));
                if !ok {
                    self.err(b, "Exit block does not end with a call that does not return");
                }
            }
            Term::Jump(_) => {}
        }
        for t in bd.term.targets() {
            self.check_target(b, t, blocks);
        }
    }

    fn check_target(&mut self, b: Block, t: &BlockCall, blocks: &EntitySet<Block>) {
        let f = self.f;
        if !f.blocks.is_valid(t.block) || !blocks.contains(t.block) {
            self.err(b, format!("jump to {} which is not in the layout", t.block));
            return;
        }
        let params = &f.blocks[t.block].params;
        if params.len() != t.args.len() {
            self.err(
                b,
                format!("{} takes {} arguments, {} given", t.block, params.len(), t.args.len()),
            );
            return;
        }
        for (&p, &a) in params.iter().zip(&t.args) {
            if f.values[p].ty != f.values[a].ty {
                self.err(b, format!("argument {a} does not match the type of {p}"));
            }
        }
    }

    fn check_value(&mut self, v: Value) {
        let f = self.f;
        let d = &f.values[v];
        for &a in &d.args {
            if !self.valid_value(a) {
                self.err(v, format!("uses undefined value {a}"));
                return;
            }
        }
        if let Some(n) = d.op.arity()
            && d.args.len() != n
        {
            self.err(v, format!("{} takes {n} arguments, has {}", d.op, d.args.len()));
            return;
        }
        if d.op.aux_int() == crate::AuxIntKind::None && d.aux_int != 0 {
            self.err(v, format!("{} has no auxint", d.op));
        }
        let aux_ok = match d.op {
            Op::SymAddr => matches!(d.aux, Aux::Sym(_)),
            Op::SlotAddr => matches!(d.aux, Aux::Slot(s) if f.slots.is_valid(s)),
            Op::Call => matches!(&d.aux, Aux::Call(c) if c.callee.is_some()),
            Op::CallInd => matches!(&d.aux, Aux::Call(c) if c.callee.is_none()),
            _ => d.aux == Aux::None,
        };
        if !aux_ok {
            self.err(v, format!("{} has a wrong aux", d.op));
            return;
        }
        if d.nonneg && !d.ty.is_int() {
            self.err(v, format!("nonneg on a value of type {}", d.ty));
        }
        if let Err(m) = type_check(f, v) {
            self.err(v, m);
        }
    }
}

/// The typing rule of each op.
fn type_check(f: &Function, v: Value) -> Result<(), String> {
    let d = &f.values[v];
    let ty = d.ty;
    let at: Vec<Type> = d.args.iter().map(|&a| f.values[a].ty).collect();
    let same = |n: usize| at.iter().take(n).all(|&t| t == ty);
    let bad = || Err(format!("{} <{}> cannot take ({})", d.op, ty, names(&at)));
    if d.op == Op::Const && ty.is_intlike() && ty.canon_int(d.aux_int) != d.aux_int {
        return Err(format!("constant {} is not in canonical form for {ty}", d.aux_int));
    }
    let ok = match d.op {
        Op::Const => ty.is_intlike(),
        Op::ConstF => ty.is_float(),
        Op::SymAddr | Op::SlotAddr => ty == Type::Ptr,
        Op::Copy => ty.is_scalar() && at[0] == ty,
        Op::Add | Op::Sub | Op::Mul | Op::Div => (ty.is_int() || ty.is_float()) && same(2),
        Op::DivU | Op::Mod | Op::ModU => ty.is_int() && same(2),
        Op::Neg => (ty.is_int() || ty.is_float()) && same(1),
        Op::MulHi | Op::MulHiU => matches!(ty, Type::I32 | Type::I64) && same(2),
        Op::And | Op::Or | Op::Xor => (ty.is_int() || ty == Type::Bool) && same(2),
        Op::Com | Op::Ctz | Op::Clz | Op::PopCount => ty.is_int() && same(1),
        Op::Not => ty == Type::Bool && same(1),
        Op::Shl | Op::ShrS | Op::ShrU | Op::RotL => ty.is_int() && at[0] == ty && at[1].is_int(),
        Op::Sqrt | Op::Abs | Op::Floor | Op::Ceil | Op::RoundTrunc => ty.is_float() && same(1),
        Op::Fma => ty.is_float() && same(3),
        Op::Eq | Op::Neq => ty == Type::Bool && at[0].is_scalar() && at[0] == at[1],
        Op::Less | Op::Leq => {
            ty == Type::Bool && (at[0].is_int() || at[0].is_float()) && at[0] == at[1]
        }
        Op::LessU | Op::LeqU => {
            ty == Type::Bool && (at[0].is_int() || at[0] == Type::Ptr) && at[0] == at[1]
        }
        Op::Select => ty.is_scalar() && at[0] == Type::Bool && at[1] == ty && at[2] == ty,
        Op::IsInBounds | Op::IsSliceInBounds => {
            ty == Type::Bool && at[0].is_int() && at[0] == at[1]
        }
        Op::IsNonNil => ty == Type::Bool && at[0] == Type::Ptr,
        Op::SignExt | Op::ZeroExt => {
            ty.is_int() && (at[0].is_int() || at[0] == Type::Bool) && at[0].bits() < ty.bits()
        }
        Op::Trunc => ty.is_int() && at[0].is_int() && at[0].bits() > ty.bits(),
        Op::CvtSToF | Op::CvtUToF => ty.is_float() && at[0].is_int(),
        Op::CvtFToS | Op::CvtFToU => ty.is_int() && at[0].is_float(),
        Op::FPromote => ty == Type::F64 && at[0] == Type::F32,
        Op::FDemote => ty == Type::F32 && at[0] == Type::F64,
        Op::Bitcast => {
            ty.is_scalar()
                && ty != Type::Bool
                && at[0].is_scalar()
                && at[0] != Type::Bool
                && ty.bytes() == at[0].bytes()
        }
        Op::AddPtr => ty == Type::Ptr && at[0] == Type::Ptr && at[1] == Type::I64,
        Op::OffPtr => ty == Type::Ptr && at[0] == Type::Ptr,
        Op::Load => ty.is_scalar() && at[0] == Type::Ptr,
        Op::Store => ty == Type::Void && at[0] == Type::Ptr && at[1].is_scalar(),
        Op::Zero => ty == Type::Void && at[0] == Type::Ptr && d.aux_int >= 0,
        Op::Move => ty == Type::Void && at[0] == Type::Ptr && at[1] == Type::Ptr && d.aux_int >= 0,
        Op::NilCheck => ty == Type::Void && at[0] == Type::Ptr,
        Op::Call | Op::CallInd => {
            let Aux::Call(c) = &d.aux else { return bad() };
            let args = if d.op == Op::CallInd {
                if at.first() != Some(&Type::Ptr) {
                    return Err("CallInd's first argument must be a code pointer".into());
                }
                &at[1..]
            } else {
                &at[..]
            };
            if args != c.sig.params.as_slice() {
                return Err(format!(
                    "call arguments ({}) do not match the signature ({})",
                    names(args),
                    names(&c.sig.params)
                ));
            }
            let want = if c.sig.noreturn { Type::Void } else { c.sig.call_type() };
            if ty != want {
                return Err(format!("call has type {ty}, its signature gives {want}"));
            }
            true
        }
        Op::Proj => {
            let src = &f.values[d.args[0]];
            match &src.aux {
                Aux::Call(c) if src.ty == Type::Tuple => {
                    let i = d.aux_int;
                    i >= 0 && (i as usize) < c.sig.results.len() && c.sig.results[i as usize] == ty
                }
                _ => false,
            }
        }
    };
    if ok { Ok(()) } else { bad() }
}

fn names(ts: &[Type]) -> String {
    ts.iter().map(|t| t.name()).collect::<Vec<_>>().join(", ")
}
