//! Arithmetic rules: identities of `Add Sub Mul Neg` and float `Mul Div`,
//! reassociation of constants, multiplication by powers of two as shifts.
//! Integer rules hold with wrap-around at every width; float rules are only
//! those exact for every input including NaN, ±0 and ±Inf (gc's).
//! (Constant operands of commutative ops are already second.)

use super::{Rule, int, op1, op2, rules, shift, val, when};
use crate::Op;

pub(super) const RULES: &[Rule] = rules! {
    Add "(Add x (Const [0])) => x" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        when(m.k(y)? == 0)?;
        val(x)
    };
    Add "(Add (Add x (Const [c])) (Const [d])) => (Add x (Const [c+d]))" |m, v| {
        let (a, d) = m.xy(v);
        m.int(v)?;
        let d = m.k(d)?;
        let (x, c) = m.bin(a, Op::Add)?;
        let c = m.k(c)?;
        let ty = m.ty(v);
        let k = m.konst(ty, c.wrapping_add(d));
        op2(Op::Add, x, k)
    };
    Add "(Add (Sub x y) y) => x" |m, v| {
        let (a, y) = m.xy(v);
        m.int(v)?;
        let (x, y2) = m.bin(a, Op::Sub)?;
        when(y == y2)?;
        val(x)
    };
    Add "(Add y (Sub x y)) => x" |m, v| {
        let (y, a) = m.xy(v);
        m.int(v)?;
        let (x, y2) = m.bin(a, Op::Sub)?;
        when(y == y2)?;
        val(x)
    };
    Add "(Add x (Neg y)) => (Sub x y)" |m, v| {
        let (x, a) = m.xy(v);
        m.int(v)?;
        let y = m.un(a, Op::Neg)?;
        op2(Op::Sub, x, y)
    };
    Add "(Add (Neg y) x) => (Sub x y)" |m, v| {
        let (a, x) = m.xy(v);
        m.int(v)?;
        let y = m.un(a, Op::Neg)?;
        op2(Op::Sub, x, y)
    };
    Sub "(Sub x x) => (Const [0])" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        when(x == y)?;
        int(0)
    };
    Sub "(Sub x (Const [c])) => (Add x (Const [-c]))" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        let c = m.k(y)?;
        let ty = m.ty(v);
        let k = m.konst(ty, c.wrapping_neg());
        op2(Op::Add, x, k)
    };
    Sub "(Sub (Const [0]) x) => (Neg x)" |m, v| {
        let (z, x) = m.xy(v);
        m.int(v)?;
        when(m.k(z)? == 0)?;
        op1(Op::Neg, x)
    };
    Sub "(Sub (Add x y) x) => y" |m, v| {
        let (a, x) = m.xy(v);
        m.int(v)?;
        let (p, q) = m.bin(a, Op::Add)?;
        when(p == x)?;
        val(q)
    };
    Sub "(Sub (Add x y) y) => x" |m, v| {
        let (a, y) = m.xy(v);
        m.int(v)?;
        let (p, q) = m.bin(a, Op::Add)?;
        when(q == y)?;
        val(p)
    };
    Sub "(Sub x (Add x y)) => (Neg y)" |m, v| {
        let (x, a) = m.xy(v);
        m.int(v)?;
        let (p, q) = m.bin(a, Op::Add)?;
        when(p == x)?;
        op1(Op::Neg, q)
    };
    Sub "(Sub x (Neg y)) => (Add x y)" |m, v| {
        let (x, a) = m.xy(v);
        m.int(v)?;
        let y = m.un(a, Op::Neg)?;
        op2(Op::Add, x, y)
    };
    Mul "(Mul x (Const [0])) => (Const [0])" |m, v| {
        let (_, y) = m.xy(v);
        m.int(v)?;
        when(m.k(y)? == 0)?;
        int(0)
    };
    Mul "(Mul x (Const [1])) => x" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        when(m.k(y)? == 1)?;
        val(x)
    };
    Mul "(Mul x (Const [-1])) => (Neg x)" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        when(m.k(y)? == -1)?;
        op1(Op::Neg, x)
    };
    Mul "(Mul x (Const [c])) && isPowerOfTwo(c) => (Shl x (Const [log2(c)]))" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        let c = m.ku(y)?;
        when(c.is_power_of_two() && c > 1)?;
        let k = m.count(c.trailing_zeros());
        shift(Op::Shl, x, k)
    };
    Mul "(Mul x (Const [c])) && isPowerOfTwo(-c) => (Neg (Shl x (Const [log2(-c)])))" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        let c = m.k(y)?;
        let n = c.unsigned_abs();
        when(c < -1 && n.is_power_of_two() && n.trailing_zeros() < m.width(v) - 1)?;
        let ty = m.ty(v);
        let k = m.count(n.trailing_zeros());
        let s = m.ins(Op::Shl, ty, &[x, k], 1);
        op1(Op::Neg, s)
    };
    Mul "(Mul (Mul x (Const [c])) (Const [d])) => (Mul x (Const [c*d]))" |m, v| {
        let (a, d) = m.xy(v);
        m.int(v)?;
        let d = m.k(d)?;
        let (x, c) = m.bin(a, Op::Mul)?;
        let c = m.k(c)?;
        let ty = m.ty(v);
        let k = m.konst(ty, c.wrapping_mul(d));
        op2(Op::Mul, x, k)
    };
    Mul "(MulF x (ConstF [1])) => x" |m, v| {
        let (x, y) = m.xy(v);
        m.flt(v)?;
        when(m.kf(y)? == 1.0)?;
        val(x)
    };
    Mul "(MulF x (ConstF [-1])) => (NegF x)" |m, v| {
        let (x, y) = m.xy(v);
        m.flt(v)?;
        when(m.kf(y)? == -1.0)?;
        op1(Op::Neg, x)
    };
    Mul "(MulF x (ConstF [2])) => (AddF x x)" |m, v| {
        let (x, y) = m.xy(v);
        m.flt(v)?;
        when(m.kf(y)? == 2.0)?;
        op2(Op::Add, x, x)
    };
    Div "(DivF x (ConstF [1])) => x" |m, v| {
        let (x, y) = m.xy(v);
        m.flt(v)?;
        when(m.kf(y)? == 1.0)?;
        val(x)
    };
    Div "(DivF x (ConstF [c])) && reciprocalIsExact(c) => (MulF x (ConstF [1/c]))" |m, v| {
        let (x, y) = m.xy(v);
        m.flt(v)?;
        let c = m.kf(y)?;
        let r = exact_reciprocal(c, m.ty(v) == crate::Type::F32)?;
        let ty = m.ty(v);
        let k = m.ins(Op::ConstF, ty, &[], r.to_bits() as i64);
        op2(Op::Mul, x, k)
    };
    Neg "(Neg (Neg x)) => x" |m, v| {
        let a = m.x(v);
        let x = m.un(a, Op::Neg)?;
        val(x)
    };
    Neg "(Neg (Sub x y)) => (Sub y x)" |m, v| {
        let a = m.x(v);
        m.int(v)?;
        let (x, y) = m.bin(a, Op::Sub)?;
        op2(Op::Sub, y, x)
    };
};

/// `1/c` when it is exact and normal in the type (c a power of two), as
/// gc's `reciprocalIsExact`: then `x / c == x * (1/c)` for every `x`.
fn exact_reciprocal(c: f64, f32: bool) -> Option<f64> {
    if !c.is_finite() || c == 0.0 {
        return None;
    }
    let (min_exp, max_exp) = if f32 { (-126, 127) } else { (-1022, 1023) };
    let bits = c.abs().to_bits();
    let mant = bits & ((1u64 << 52) - 1);
    if mant != 0 || !c.is_normal() {
        return None;
    }
    let e = ((bits >> 52) & 0x7ff) as i32 - 1023;
    if e <= min_exp || e >= max_exp || -e <= min_exp || -e >= max_exp {
        return None;
    }
    let r = 1.0 / c;
    if f32 && (r as f32) as f64 != r {
        return None;
    }
    Some(r)
}
