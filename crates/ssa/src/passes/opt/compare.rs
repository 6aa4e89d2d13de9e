//! Comparison rules: a value compared with itself (integers, bools and
//! pointers only: a float NaN is not equal to itself), comparisons with the
//! ends of a type's range, bool equality with constants, pointer comparisons
//! with nil as `IsNonNil` (what nilcheckelim looks for), `Not` of a
//! comparison, and bounds checks true from the shape of the index (gc's
//! `IsInBounds` rules). Comparisons of two constants fold generically.

use super::{Rule, int, op1, op2, rules, val, when};
use crate::{Op, Type};

pub(super) const RULES: &[Rule] = rules! {
    Eq "(Eq x x) && !isFloat(x) => true" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y && !m.ty(x).is_float())?;
        int(1)
    };
    Neq "(Neq x x) && !isFloat(x) => false" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y && !m.ty(x).is_float())?;
        int(0)
    };
    Less "(Less x x) && !isFloat(x) => false" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y && !m.ty(x).is_float())?;
        int(0)
    };
    Leq "(Leq x x) && !isFloat(x) => true" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y && !m.ty(x).is_float())?;
        int(1)
    };
    LessU "(LessU x x) => false" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y)?;
        int(0)
    };
    LeqU "(LeqU x x) => true" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y)?;
        int(1)
    };
    Eq "(Eq <bool> x (Const [1])) => x" |m, v| {
        let (x, y) = m.xy(v);
        when(m.ty(x) == Type::Bool && m.k(y)? == 1)?;
        val(x)
    };
    Eq "(Eq <bool> x (Const [0])) => (Not x)" |m, v| {
        let (x, y) = m.xy(v);
        when(m.ty(x) == Type::Bool && m.k(y)? == 0)?;
        op1(Op::Not, x)
    };
    Neq "(Neq <bool> x (Const [0])) => x" |m, v| {
        let (x, y) = m.xy(v);
        when(m.ty(x) == Type::Bool && m.k(y)? == 0)?;
        val(x)
    };
    Neq "(Neq <bool> x (Const [1])) => (Not x)" |m, v| {
        let (x, y) = m.xy(v);
        when(m.ty(x) == Type::Bool && m.k(y)? == 1)?;
        op1(Op::Not, x)
    };
    Neq "(Neq <ptr> x (Const nil)) => (IsNonNil x)" |m, v| {
        let (x, y) = m.xy(v);
        when(m.ty(x) == Type::Ptr && m.k(y)? == 0)?;
        op1(Op::IsNonNil, x)
    };
    Eq "(Eq <ptr> x (Const nil)) => (Not (IsNonNil x))" |m, v| {
        let (x, y) = m.xy(v);
        when(m.ty(x) == Type::Ptr && m.k(y)? == 0)?;
        let nn = m.ins(Op::IsNonNil, Type::Bool, &[x], 0);
        op1(Op::Not, nn)
    };
    Eq "(Eq (Add x (Const [c])) (Const [d])) => (Eq x (Const [d-c]))" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.k(d)?;
        let (x, c) = m.bin(a, Op::Add)?;
        let c = m.k(c)?;
        let ty = m.ty(x);
        let k = m.konst(ty, d.wrapping_sub(c));
        op2(Op::Eq, x, k)
    };
    Neq "(Neq (Add x (Const [c])) (Const [d])) => (Neq x (Const [d-c]))" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.k(d)?;
        let (x, c) = m.bin(a, Op::Add)?;
        let c = m.k(c)?;
        let ty = m.ty(x);
        let k = m.konst(ty, d.wrapping_sub(c));
        op2(Op::Neq, x, k)
    };
    IsNonNil "(IsNonNil (SlotAddr|SymAddr|OffPtr (SlotAddr|SymAddr))) => true" |m, v| {
        let mut p = m.x(v);
        if let Some(q) = m.un(p, Op::OffPtr) {
            p = q;
        }
        when(m.is(p, Op::SlotAddr).is_some() || m.is(p, Op::SymAddr).is_some())?;
        int(1)
    };
    IsNonNil "(IsNonNil (Const nil)) => false" |m, v| {
        when(m.k(m.x(v))? == 0)?;
        int(0)
    };
    LessU "(LessU x (Const [0])) => false" |m, v| {
        when(m.k(m.xy(v).1)? == 0)?;
        int(0)
    };
    LeqU "(LeqU (Const [0]) x) => true" |m, v| {
        when(m.k(m.xy(v).0)? == 0)?;
        int(1)
    };
    LeqU "(LeqU x (Const [MaxUint])) => true" |m, v| {
        let y = m.xy(v).1;
        when(m.k(y)? == -1)?;
        int(1)
    };
    LessU "(LessU (Const [MaxUint]) x) => false" |m, v| {
        let x = m.xy(v).0;
        when(m.k(x)? == -1)?;
        int(0)
    };
    Less "(Less x (Const [MinInt])) => false" |m, v| {
        let y = m.xy(v).1;
        m.int(y)?;
        when(m.ku(y)? == 1 << (m.width(y) - 1))?;
        int(0)
    };
    Leq "(Leq (Const [MinInt]) x) => true" |m, v| {
        let x = m.xy(v).0;
        m.int(x)?;
        when(m.ku(x)? == 1 << (m.width(x) - 1))?;
        int(1)
    };
    Leq "(Leq x (Const [MaxInt])) => true" |m, v| {
        let y = m.xy(v).1;
        m.int(y)?;
        when(m.ku(y)? == (1 << (m.width(y) - 1)) - 1)?;
        int(1)
    };
    Less "(Less (Const [MaxInt]) x) => false" |m, v| {
        let x = m.xy(v).0;
        m.int(x)?;
        when(m.ku(x)? == (1 << (m.width(x) - 1)) - 1)?;
        int(0)
    };
    Not "(Not (Not x)) => x" |m, v| {
        let x = m.un(m.x(v), Op::Not)?;
        val(x)
    };
    Not "(Not (Eq x y)) => (Neq x y)" |m, v| {
        let (x, y) = m.bin(m.x(v), Op::Eq)?;
        op2(Op::Neq, x, y)
    };
    Not "(Not (Neq x y)) => (Eq x y)" |m, v| {
        let (x, y) = m.bin(m.x(v), Op::Neq)?;
        op2(Op::Eq, x, y)
    };
    Not "(Not (Less x y)) && !isFloat(x) => (Leq y x)" |m, v| {
        let (x, y) = m.bin(m.x(v), Op::Less)?;
        m.int(x)?;
        op2(Op::Leq, y, x)
    };
    Not "(Not (Leq x y)) && !isFloat(x) => (Less y x)" |m, v| {
        let (x, y) = m.bin(m.x(v), Op::Leq)?;
        m.int(x)?;
        op2(Op::Less, y, x)
    };
    Not "(Not (LessU x y)) => (LeqU y x)" |m, v| {
        let (x, y) = m.bin(m.x(v), Op::LessU)?;
        op2(Op::LeqU, y, x)
    };
    Not "(Not (LeqU x y)) => (LessU y x)" |m, v| {
        let (x, y) = m.bin(m.x(v), Op::LeqU)?;
        op2(Op::LessU, y, x)
    };
    IsInBounds "(IsInBounds x x) => false" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y)?;
        int(0)
    };
    IsSliceInBounds "(IsSliceInBounds x x) => true" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y)?;
        int(1)
    };
    IsSliceInBounds "(IsSliceInBounds (Const [0]) _) => true" |m, v| {
        when(m.k(m.xy(v).0)? == 0)?;
        int(1)
    };
    IsInBounds "(IsInBounds (And x (Const [c])) (Const [d])) && 0 <= c < d => true" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.k(d)?;
        let (_, c) = m.bin(a, Op::And)?;
        let c = m.k(c)?;
        when(0 <= c && c < d)?;
        int(1)
    };
    IsInBounds "(IsInBounds (ZeroExt x) (Const [d])) && 1<<width(x) <= d => true" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.k(d)?;
        let x = m.un(a, Op::ZeroExt)?;
        let w = m.width(x);
        when(w < 63 && (1i64 << w) <= d)?;
        int(1)
    };
    IsInBounds "(IsInBounds (ModU x (Const [c])) (Const [d])) && 0 < c <= d => true" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.k(d)?;
        let (_, c) = m.bin(a, Op::ModU)?;
        let c = m.ku(c)?;
        when(c > 0 && d >= 0 && c <= d as u64)?;
        int(1)
    };
    IsInBounds "(IsInBounds (ShrU x (Const [k])) (Const [d])) && 1<<(n-k) <= d => true" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.k(d)?;
        let (x, k) = m.bin(a, Op::ShrU)?;
        let k = m.ku(k)?;
        let n = m.width(x) as u64;
        when(k > 0 && k <= n && n - k < 63 && (1i64 << (n - k)) <= d)?;
        int(1)
    };
};
