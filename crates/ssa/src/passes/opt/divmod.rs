//! Division and remainder by constants: by ±1 and powers of two with shifts
//! (signed division rounds toward zero: a bias of `2^k - 1` is added to
//! negative dividends), by other constants with a multiplication by a magic
//! number (magic.rs) as gc does, `MulHi`/`MulHiU` for 64-bit operands and a
//! widening multiply for narrower ones. `x % c` becomes `x - (x / c) * c`.
//! A divisor of 0 is left alone (the dominating check panics).

use super::magic::{smagic, umagic};
use super::{Rule, int, op1, op2, rules, shift, val, when};
use crate::{Op, Type};

pub(super) const RULES: &[Rule] = rules! {
    DivU "(DivU x (Const [1])) => x" |m, v| {
        let (x, y) = m.xy(v);
        when(m.k(y)? == 1)?;
        val(x)
    };
    DivU "(DivU x (Const [c])) && isPowerOfTwo(c) => (ShrU x (Const [log2(c)]))" |m, v| {
        let (x, y) = m.xy(v);
        let c = m.ku(y)?;
        when(c.is_power_of_two() && c > 1)?;
        let k = m.count(c.trailing_zeros());
        shift(Op::ShrU, x, k)
    };
    DivU "(DivU <i64> x (Const [c])) && c > 1<<63 => (ZeroExt (LeqU (Const [c]) x))" |m, v| {
        let (x, y) = m.xy(v);
        let c = m.ku(y)?;
        when(m.ty(v) == Type::I64 && c > 1 << 63)?;
        let b = m.ins(Op::LeqU, Type::Bool, &[y, x], 0);
        op1(Op::ZeroExt, b)
    };
    DivU "(DivU <n ≤ 32> x (Const [c])) => (Trunc (MulHiU <i64> (ZeroExt x) (Const [M<<(64-n-s)])))" |m, v| {
        let (x, y) = m.xy(v);
        let n = m.width(v);
        when(n <= 32)?;
        let (s, mm) = umagic(n, m.ku(y)?)?;
        let k = mm << (64 - n - s);
        when(k >> 64 == 0)?;
        let x64 = m.ins(Op::ZeroExt, Type::I64, &[x], 0);
        let kc = m.konst(Type::I64, k as u64 as i64);
        let hi = m.ins(Op::MulHiU, Type::I64, &[x64, kc], 0);
        op1(Op::Trunc, hi)
    };
    DivU "(DivU <i64> x (Const [c])) && M even => (ShrU (MulHiU x (Const [M/2])) (Const [s-1]))" |m, v| {
        let (x, y) = m.xy(v);
        when(m.ty(v) == Type::I64)?;
        let (s, mm) = umagic(64, m.ku(y)?)?;
        when(mm & 1 == 0)?;
        let kc = m.konst(Type::I64, (mm >> 1) as u64 as i64);
        let hi = m.ins(Op::MulHiU, Type::I64, &[x, kc], 0);
        let sc = m.count(s - 1);
        shift(Op::ShrU, hi, sc)
    };
    DivU "(DivU <i64> x (Const [c])) => (ShrU (Avg x (MulHiU x (Const [M-2^64]))) (Const [s-1]))" |m, v| {
        // Avg x h = ((x - h) >> 1) + h = ⌊(x + h) / 2⌋ without overflow (h ≤ x)
        let (x, y) = m.xy(v);
        when(m.ty(v) == Type::I64)?;
        let (s, mm) = umagic(64, m.ku(y)?)?;
        let kc = m.konst(Type::I64, mm as u64 as i64);
        let hi = m.ins(Op::MulHiU, Type::I64, &[x, kc], 0);
        let d = m.ins(Op::Sub, Type::I64, &[x, hi], 0);
        let one = m.count(1);
        let h = m.ins(Op::ShrU, Type::I64, &[d, one], 1);
        let avg = m.ins(Op::Add, Type::I64, &[h, hi], 0);
        let sc = m.count(s - 1);
        shift(Op::ShrU, avg, sc)
    };
    ModU "(ModU x (Const [1])) => (Const [0])" |m, v| {
        when(m.k(m.xy(v).1)? == 1)?;
        int(0)
    };
    ModU "(ModU x (Const [c])) && isPowerOfTwo(c) => (And x (Const [c-1]))" |m, v| {
        let (x, y) = m.xy(v);
        let c = m.ku(y)?;
        when(c.is_power_of_two())?;
        let ty = m.ty(v);
        let k = m.konst(ty, (c - 1) as i64);
        op2(Op::And, x, k)
    };
    ModU "(ModU x (Const [c])) && c != 0 => (Sub x (Mul (DivU x (Const [c])) (Const [c])))" |m, v| {
        let (x, y) = m.xy(v);
        when(m.k(y)? != 0)?;
        let ty = m.ty(v);
        let q = m.ins(Op::DivU, ty, &[x, y], 0);
        let p = m.ins(Op::Mul, ty, &[q, y], 0);
        op2(Op::Sub, x, p)
    };
    Div "(Div x (Const [1])) => x" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        when(m.k(y)? == 1)?;
        val(x)
    };
    Div "(Div x (Const [-1])) => (Neg x)" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        when(m.k(y)? == -1)?;
        op1(Op::Neg, x)
    };
    Div "(Div x (Const [MinInt])) => (ZeroExt (Eq x (Const [MinInt])))" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        when(m.ku(y)? == 1 << (m.width(v) - 1))?;
        let b = m.ins(Op::Eq, Type::Bool, &[x, y], 0);
        let ty = m.ty(v);
        if ty == Type::I8 {
            // no ZeroExt from bool to a type as narrow
            let (one, zero) = (m.konst(ty, 1), m.konst(ty, 0));
            return Some(super::Out::Op(Op::Select, vec![b, one, zero], 0));
        }
        op1(Op::ZeroExt, b)
    };
    Div "(Div x (Const [±2^k])) => (±(ShrS (Add x (ShrU (ShrS x (Const [n-1])) (Const [n-k]))) (Const [k])))" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        let c = m.k(y)?;
        let a = c.unsigned_abs();
        let n = m.width(v);
        when(a > 1 && a.is_power_of_two() && a.trailing_zeros() < n - 1)?;
        let k = a.trailing_zeros();
        let ty = m.ty(v);
        let c1 = m.count(n - 1);
        let sign = m.ins(Op::ShrS, ty, &[x, c1], 1);
        let c2 = m.count(n - k);
        let bias = m.ins(Op::ShrU, ty, &[sign, c2], 1);
        let sum = m.ins(Op::Add, ty, &[x, bias], 0);
        let c3 = m.count(k);
        if c > 0 {
            shift(Op::ShrS, sum, c3)
        } else {
            let q = m.ins(Op::ShrS, ty, &[sum, c3], 1);
            op1(Op::Neg, q)
        }
    };
    Div "(Div <n ≤ 32> x (Const [c])) => (±(Trunc (Sub (ShrS (Mul (SignExt x) (Const [M])) (Const [n+s])) (ShrS (SignExt x) (Const [63])))))" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        let n = m.width(v);
        when(n <= 32)?;
        let c = m.k(y)?;
        let (s, mm) = smagic(n, c.unsigned_abs())?;
        let ty = m.ty(v);
        let sx = if n < 64 { m.ins(Op::SignExt, Type::I64, &[x], 0) } else { x };
        let kc = m.konst(Type::I64, mm as i64);
        let p = m.ins(Op::Mul, Type::I64, &[sx, kc], 0);
        let sc = m.count(n + s);
        let q = m.ins(Op::ShrS, Type::I64, &[p, sc], 1);
        let c63 = m.count(63);
        let sign = m.ins(Op::ShrS, Type::I64, &[sx, c63], 1);
        let q = m.ins(Op::Sub, Type::I64, &[q, sign], 0);
        if c > 0 {
            op1(Op::Trunc, q)
        } else {
            let t = m.ins(Op::Trunc, ty, &[q], 0);
            op1(Op::Neg, t)
        }
    };
    Div "(Div <i64> x (Const [c])) => (±(Sub (ShrS (MulHi x (Const [M])) (Const [s])) (ShrS x (Const [63]))))" |m, v| {
        // M even: MulHi by M/2 and shift by s-1; M odd (M ≥ 2^63 does not fit):
        // MulHi by M - 2^64 is ⌊x·M/2^64⌋ - x, so add x back
        let (x, y) = m.xy(v);
        when(m.ty(v) == Type::I64)?;
        let c = m.k(y)?;
        let (s, mm) = smagic(64, c.unsigned_abs())?;
        let ty = Type::I64;
        let q = if mm & 1 == 0 {
            let kc = m.konst(ty, (mm >> 1) as i64);
            let hi = m.ins(Op::MulHi, ty, &[x, kc], 0);
            let sc = m.count(s - 1);
            m.ins(Op::ShrS, ty, &[hi, sc], 1)
        } else {
            let kc = m.konst(ty, mm as u64 as i64);
            let hi = m.ins(Op::MulHi, ty, &[x, kc], 0);
            let t = m.ins(Op::Add, ty, &[hi, x], 0);
            let sc = m.count(s);
            m.ins(Op::ShrS, ty, &[t, sc], 1)
        };
        let c63 = m.count(63);
        let sign = m.ins(Op::ShrS, ty, &[x, c63], 1);
        if c > 0 {
            op2(Op::Sub, q, sign)
        } else {
            let r = m.ins(Op::Sub, ty, &[q, sign], 0);
            op1(Op::Neg, r)
        }
    };
    Mod "(Mod x (Const [±1])) => (Const [0])" |m, v| {
        m.int(v)?;
        when(m.k(m.xy(v).1)?.unsigned_abs() == 1)?;
        int(0)
    };
    Mod "(Mod x (Const [c])) && c != 0 => (Sub x (Mul (Div x (Const [c])) (Const [c])))" |m, v| {
        let (x, y) = m.xy(v);
        m.int(v)?;
        when(m.k(y)? != 0)?;
        let ty = m.ty(v);
        let q = m.ins(Op::Div, ty, &[x, y], 0);
        let p = m.ins(Op::Mul, ty, &[q, y], 0);
        op2(Op::Sub, x, p)
    };
};
