//! Intrinsics: calls of some library functions become SSA ops, which codegen
//! lowers per GOAMD64 level (issue 7). The table maps gc symbol names to ops;
//! the functions keep their Go bodies (used when they are called through a
//! function value, and at `-l`-independent: intrinsics are applied always,
//! as in gc).
//!
//! | function | SSA |
//! | --- | --- |
//! | `math.Sqrt`, `math.Abs`, `math.Floor`, `math.Ceil`, `math.Trunc`, `math.FMA` | `Sqrt`, `Abs`, `Floor`, `Ceil`, `RoundTrunc`, `Fma` |
//! | `math/bits.OnesCount{,8,16,32,64}` | `PopCount` (zero-extended operand) |
//! | `math/bits.LeadingZeros{,8,16,32,64}`, `Len{,8,16,32,64}` | `Clz` (`Len` = width − Clz) |
//! | `math/bits.TrailingZeros{,8,16,32,64}` | `Ctz` |
//! | `math/bits.RotateLeft{,8,16,32,64}` | `RotL` |
//!
//! Results are converted to `int` where the Go function returns `int`.

use crate::expr::Val;
use crate::func::Fb;
use ssa::{Op, Type};
use types::ir::Call;

#[derive(Clone, Copy)]
enum Intr {
    Float1(Op),
    Fma,
    Bits { op: Op, width: Type, len: bool },
    Rot(Type),
}

fn lookup(name: &str) -> Option<Intr> {
    let f1 = |op| Some(Intr::Float1(op));
    match name {
        "math.Sqrt" => f1(Op::Sqrt),
        "math.Abs" => f1(Op::Abs),
        "math.Floor" => f1(Op::Floor),
        "math.Ceil" => f1(Op::Ceil),
        "math.Trunc" => f1(Op::RoundTrunc),
        "math.FMA" => Some(Intr::Fma),
        _ => {
            let rest = name.strip_prefix("math/bits.")?;
            let (base, w) = match rest.trim_end_matches(|c: char| c.is_ascii_digit()) {
                b if b.len() == rest.len() => (b, Type::I64),
                b => {
                    let w = match &rest[b.len()..] {
                        "8" => Type::I8,
                        "16" => Type::I16,
                        "32" => Type::I32,
                        "64" => Type::I64,
                        _ => return None,
                    };
                    (b, w)
                }
            };
            match base {
                "OnesCount" => Some(Intr::Bits { op: Op::PopCount, width: w, len: false }),
                "LeadingZeros" => Some(Intr::Bits { op: Op::Clz, width: w, len: false }),
                "TrailingZeros" => Some(Intr::Bits { op: Op::Ctz, width: w, len: false }),
                "Len" => Some(Intr::Bits { op: Op::Clz, width: w, len: true }),
                "RotateLeft" => Some(Intr::Rot(w)),
                _ => None,
            }
        }
    }
}

impl Fb<'_, '_> {
    /// Lower a call of `name` as an intrinsic, if it is one.
    pub fn intrinsic(&mut self, name: &str, c: &Call) -> Option<Vec<Val>> {
        let intr = lookup(name)?;
        if c.multi {
            return None;
        }
        // decide before evaluating anything
        let tys: Vec<Type> = c.args.iter().map(|a| self.scalar_ty(a.ty)).collect();
        let ok = match intr {
            Intr::Float1(_) => tys == [Type::F64],
            Intr::Fma => tys == [Type::F64, Type::F64, Type::F64],
            Intr::Bits { width, .. } => tys == [width],
            Intr::Rot(width) => tys.len() == 2 && tys[0] == width && tys[1].is_int(),
        };
        if !ok {
            return None;
        }
        let p = self.pos;
        let r = match intr {
            Intr::Float1(op) => {
                if c.args.len() != 1 {
                    return None;
                }
                let x = self.expr1(&c.args[0]);
                self.pos = p;
                self.unary(op, x)
            }
            Intr::Fma => {
                if c.args.len() != 3 {
                    return None;
                }
                let a = self.expr1(&c.args[0]);
                let b = self.expr1(&c.args[1]);
                let d = self.expr1(&c.args[2]);
                self.pos = p;
                self.ins(Op::Fma, Type::F64, &[a, b, d])
            }
            Intr::Bits { op, width, len } => {
                if c.args.len() != 1 {
                    return None;
                }
                let x = self.expr1(&c.args[0]);
                self.pos = p;
                let r = self.unary(op, x);
                let r = self.int_resize(r, Type::I64, false);
                if len {
                    let w = self.int(width.bits() as i64);
                    self.binary(Op::Sub, w, r)
                } else {
                    r
                }
            }
            Intr::Rot(width) => {
                if c.args.len() != 2 {
                    return None;
                }
                let x = self.expr1(&c.args[0]);
                let k = self.expr1(&c.args[1]);
                self.pos = p;
                self.ins(Op::RotL, width, &[x, k])
            }
        };
        Some(vec![Val::one(r)])
    }
}
