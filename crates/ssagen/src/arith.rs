//! Arithmetic with Go's semantics.
//!
//! * Integer ops compute in the operand's width (`Add <i8>` wraps at 8 bits).
//! * `x / y`, `x % y`: unless `y` is a non-zero constant, an explicit
//!   `y != 0` check branches to `runtime.panicdivide`; the SSA ops give Go's
//!   results for `MinInt / -1` (MinInt) and `MinInt % -1` (0) themselves.
//! * Shifts: the count may be of any integer type and is read as unsigned by
//!   the SSA op (count ≥ width gives 0 or the sign fill); a *signed* count
//!   that is not a constant is first checked `0 <= count` →
//!   `runtime.panicshift`. Constant counts below the width mark the op
//!   (`aux_int` 1); constant counts ≥ width fold to 0 / the sign fill.
//! * Conversions: integer ↔ integer by truncation or sign/zero extension of
//!   the *source*; integer → float by the source's signedness; float →
//!   integer with `CvtFToS`/`CvtFToU` of the target type, which codegen
//!   lowers as gc does on amd64 (CVTTSD2SQ: out of range gives MinInt; the
//!   uint64 path subtracts 2^63).

use crate::expr::{Val, const_bits};
use crate::func::Fb;
use crate::shape;
use ssa::{Op, Type, Value};
use types::TypeId;
use types::ir::{BinaryOp, Expr, UnaryOp};

impl Fb<'_, '_> {
    pub fn scalar_ty(&self, t: TypeId) -> Type {
        shape::scalar_type(&self.g.tt, t).unwrap_or(Type::I64)
    }

    pub fn unary_expr(&mut self, op: UnaryOp, x: &Expr, ty: TypeId) -> Val {
        let p = self.pos;
        if self.g.tt.is_complex(ty) {
            self.ice("complex arithmetic is not supported");
            return self.zero_val(ty);
        }
        let v = self.expr1(x);
        self.pos = p;
        let r = match op {
            UnaryOp::Plus => v,
            UnaryOp::Neg => self.unary(Op::Neg, v),
            UnaryOp::Not => self.unary(Op::Not, v),
            UnaryOp::BitNot => self.unary(Op::Com, v),
        };
        Val::one(r)
    }

    pub fn binary_expr(&mut self, op: BinaryOp, x: &Expr, y: &Expr, ty: TypeId) -> Val {
        let p = self.pos;
        if self.g.tt.is_complex(ty) {
            self.ice("complex arithmetic is not supported");
            return self.zero_val(ty);
        }
        let a = self.expr1(x);
        let b = self.expr1(y);
        self.pos = p;
        let ycv = y.const_value().map(const_bits);
        let ysigned = !self.g.tt.is_unsigned(y.ty);
        Val::one(self.binop(op, a, b, ty, ycv, ysigned))
    }

    /// `a op b` for operands of type `ty` (`b` of any integer type for
    /// shifts); `bconst` is `b`'s value when it is a constant.
    pub fn binop(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        ty: TypeId,
        bconst: Option<i64>,
        bsigned: bool,
    ) -> Value {
        let tt = &self.g.tt;
        let float = tt.is_float(ty);
        let unsigned = tt.is_unsigned(ty);
        match op {
            BinaryOp::Add => self.binary(Op::Add, a, b),
            BinaryOp::Sub => self.binary(Op::Sub, a, b),
            BinaryOp::Mul => self.binary(Op::Mul, a, b),
            BinaryOp::Div | BinaryOp::Rem => {
                if float {
                    return self.binary(Op::Div, a, b);
                }
                let sop = match (op, unsigned) {
                    (BinaryOp::Div, false) => Op::Div,
                    (BinaryOp::Div, true) => Op::DivU,
                    (_, false) => Op::Mod,
                    (_, true) => Op::ModU,
                };
                if bconst.is_none_or(|c| c == 0) {
                    let z = self.zero_of(self.ty(b));
                    let ok = self.cmp(Op::Neq, b, z);
                    self.check(ok, crate::rt::PANIC_DIVIDE, &[]);
                }
                self.binary(sop, a, b)
            }
            BinaryOp::And => self.binary(Op::And, a, b),
            BinaryOp::Or => self.binary(Op::Or, a, b),
            BinaryOp::Xor => self.binary(Op::Xor, a, b),
            BinaryOp::AndNot => {
                let nb = self.unary(Op::Com, b);
                self.binary(Op::And, a, nb)
            }
            BinaryOp::Shl | BinaryOp::Shr => {
                let sop = match (op, unsigned) {
                    (BinaryOp::Shl, _) => Op::Shl,
                    (_, true) => Op::ShrU,
                    (_, false) => Op::ShrS,
                };
                self.shift(sop, a, b, bconst, bsigned)
            }
        }
    }

    pub fn shift(
        &mut self,
        op: Op,
        a: Value,
        b: Value,
        bconst: Option<i64>,
        bsigned: bool,
    ) -> Value {
        let ty = self.ty(a);
        let width = ty.bits() as i64;
        if let Some(c) = bconst {
            // constant counts are non-negative (the checker rejects others)
            let c = if bsigned || c >= 0 { c } else { i64::MAX };
            if c >= width || c < 0 {
                return match op {
                    Op::ShrS => {
                        let w = self.iconst(Type::I64, width - 1);
                        self.ins_full(Op::ShrS, ty, &[a, w], 1, ssa::Aux::None)
                    }
                    _ => self.zero_of(ty),
                };
            }
            return self.ins_full(op, ty, &[a, b], 1, ssa::Aux::None);
        }
        if bsigned {
            let bt = self.ty(b);
            let z = self.zero_of(bt);
            let ok = self.cmp(Op::Leq, z, b);
            self.check(ok, crate::rt::PANIC_SHIFT, &[]);
        }
        self.ins(op, ty, &[a, b])
    }

    /// Numeric conversion of `v` from `from` to `to`.
    pub fn convert_num(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        let tt = &self.g.tt;
        if tt.is_complex(from) || tt.is_complex(to) {
            self.ice("complex numbers are not supported");
            let t = self.scalar_ty(to);
            return self.zero_of(t);
        }
        let ft = self.ty(v);
        let tty = self.scalar_ty(to);
        let from_float = ft.is_float();
        let to_float = tty.is_float();
        let from_unsigned = tt.is_unsigned(from);
        let to_unsigned = tt.is_unsigned(to);
        match (from_float, to_float) {
            (false, false) => self.int_resize(v, tty, !from_unsigned),
            (false, true) => {
                if from_unsigned {
                    if ft.bits() < 64 {
                        let w = self.conv(Op::ZeroExt, Type::I64, v);
                        self.conv(Op::CvtSToF, tty, w)
                    } else {
                        self.conv(Op::CvtUToF, tty, v)
                    }
                } else {
                    let w = self.int_resize(v, Type::I64, true);
                    self.conv(Op::CvtSToF, tty, w)
                }
            }
            (true, false) => {
                let op = if to_unsigned { Op::CvtFToU } else { Op::CvtFToS };
                self.conv(op, tty, v)
            }
            (true, true) => {
                if ft == tty {
                    v
                } else if tty == Type::F64 {
                    self.conv(Op::FPromote, Type::F64, v)
                } else {
                    self.conv(Op::FDemote, Type::F32, v)
                }
            }
        }
    }

    /// Resize an integer (or bool, or pointer) value to `to`.
    pub fn int_resize(&mut self, v: Value, to: Type, signed: bool) -> Value {
        let ft = self.ty(v);
        if ft == to {
            return v;
        }
        if ft == Type::Ptr || to == Type::Ptr {
            let w = if ft == Type::Ptr { self.conv(Op::Bitcast, Type::I64, v) } else { v };
            let w = self.int_resize(w, Type::I64, signed);
            return if to == Type::Ptr {
                self.conv(Op::Bitcast, Type::Ptr, w)
            } else {
                self.int_resize(w, to, signed)
            };
        }
        if ft.bits() > to.bits() {
            self.conv(Op::Trunc, to, v)
        } else if signed && ft != Type::Bool {
            self.conv(Op::SignExt, to, v)
        } else {
            self.conv(Op::ZeroExt, to, v)
        }
    }

    /// An integer value of Go type `t` widened to int64 (index operands).
    pub fn to_i64(&mut self, v: Value, t: TypeId) -> Value {
        let signed = !self.g.tt.is_unsigned(t);
        self.int_resize(v, Type::I64, signed)
    }
}
