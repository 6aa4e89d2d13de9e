//! Bit-operation rules: identities of `And Or Xor Com` (on integers, and on
//! bools where all ones is `1`), constant reassociation, and Go's shift
//! rules with constant counts (the count is unsigned at its own width; a
//! count ≥ the width gives 0, or the sign fill for `ShrS`); a constant count
//! below the width marks the shift bounded (`aux_int == 1`).

use super::{Rule, int, op1, op2, rules, shift, val, when};
use crate::{Op, Type};

/// All ones in `ty` (`1` for bool).
fn ones(ty: Type) -> i64 {
    if ty == Type::Bool { 1 } else { -1 }
}

pub(super) const RULES: &[Rule] = rules! {
    And "(And x x) => x" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y)?;
        val(x)
    };
    And "(And x (Const [0])) => (Const [0])" |m, v| {
        when(m.k(m.xy(v).1)? == 0)?;
        int(0)
    };
    And "(And x (Const [-1])) => x" |m, v| {
        let (x, y) = m.xy(v);
        when(m.k(y)? == ones(m.ty(v)))?;
        val(x)
    };
    And "(And (And x (Const [c])) (Const [d])) => (And x (Const [c&d]))" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.k(d)?;
        let (x, c) = m.bin(a, Op::And)?;
        let c = m.k(c)?;
        let ty = m.ty(v);
        let k = m.konst(ty, c & d);
        op2(Op::And, x, k)
    };
    And "(And x (Com x)) => (Const [0])" |m, v| {
        let (x, y) = m.xy(v);
        when(m.un(y, Op::Com) == Some(x) || m.un(x, Op::Com) == Some(y))?;
        int(0)
    };
    Or "(Or x x) => x" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y)?;
        val(x)
    };
    Or "(Or x (Const [0])) => x" |m, v| {
        let (x, y) = m.xy(v);
        when(m.k(y)? == 0)?;
        val(x)
    };
    Or "(Or x (Const [-1])) => (Const [-1])" |m, v| {
        let y = m.xy(v).1;
        let ones = ones(m.ty(v));
        when(m.k(y)? == ones)?;
        int(ones)
    };
    Or "(Or (Or x (Const [c])) (Const [d])) => (Or x (Const [c|d]))" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.k(d)?;
        let (x, c) = m.bin(a, Op::Or)?;
        let c = m.k(c)?;
        let ty = m.ty(v);
        let k = m.konst(ty, c | d);
        op2(Op::Or, x, k)
    };
    Or "(Or x (Com x)) => (Const [-1])" |m, v| {
        let (x, y) = m.xy(v);
        when(m.un(y, Op::Com) == Some(x) || m.un(x, Op::Com) == Some(y))?;
        int(-1)
    };
    Xor "(Xor x x) => (Const [0])" |m, v| {
        let (x, y) = m.xy(v);
        when(x == y)?;
        int(0)
    };
    Xor "(Xor x (Const [0])) => x" |m, v| {
        let (x, y) = m.xy(v);
        when(m.k(y)? == 0)?;
        val(x)
    };
    Xor "(Xor x (Const [-1])) => (Com x)" |m, v| {
        let (x, y) = m.xy(v);
        let ty = m.ty(v);
        when(m.k(y)? == ones(ty))?;
        op1(if ty == Type::Bool { Op::Not } else { Op::Com }, x)
    };
    Xor "(Xor (Xor x (Const [c])) (Const [d])) => (Xor x (Const [c^d]))" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.k(d)?;
        let (x, c) = m.bin(a, Op::Xor)?;
        let c = m.k(c)?;
        let ty = m.ty(v);
        let k = m.konst(ty, c ^ d);
        op2(Op::Xor, x, k)
    };
    Xor "(Xor (Xor x y) x) => y" |m, v| {
        let (a, x) = m.xy(v);
        let (p, q) = m.bin(a, Op::Xor)?;
        if p == x { val(q) } else { when(q == x)?; val(p) }
    };
    Com "(Com (Com x)) => x" |m, v| {
        let x = m.un(m.x(v), Op::Com)?;
        val(x)
    };
    Shl "(Shl x (Const [0])) => x" |m, v| {
        let (x, c) = m.xy(v);
        when(m.ku(c)? == 0)?;
        val(x)
    };
    ShrU "(ShrU x (Const [0])) => x" |m, v| {
        let (x, c) = m.xy(v);
        when(m.ku(c)? == 0)?;
        val(x)
    };
    ShrS "(ShrS x (Const [0])) => x" |m, v| {
        let (x, c) = m.xy(v);
        when(m.ku(c)? == 0)?;
        val(x)
    };
    Shl "(Shl (Const [0]) _) => (Const [0])" |m, v| {
        when(m.k(m.xy(v).0)? == 0)?;
        int(0)
    };
    ShrU "(ShrU (Const [0]) _) => (Const [0])" |m, v| {
        when(m.k(m.xy(v).0)? == 0)?;
        int(0)
    };
    ShrS "(ShrS (Const [0]) _) => (Const [0])" |m, v| {
        when(m.k(m.xy(v).0)? == 0)?;
        int(0)
    };
    Shl "(Shl x (Const [c])) && uint(c) >= width => (Const [0])" |m, v| {
        when(m.ku(m.xy(v).1)? >= m.width(v) as u64)?;
        int(0)
    };
    ShrU "(ShrU x (Const [c])) && uint(c) >= width => (Const [0])" |m, v| {
        when(m.ku(m.xy(v).1)? >= m.width(v) as u64)?;
        int(0)
    };
    ShrS "(ShrS x (Const [c])) && uint(c) >= width => (ShrS x (Const [width-1]))" |m, v| {
        let (x, c) = m.xy(v);
        let w = m.width(v);
        when(m.ku(c)? >= w as u64)?;
        let k = m.count(w - 1);
        shift(Op::ShrS, x, k)
    };
    Shl "(Shl x (Const [c])) && uint(c) < width => (Shl [bounded] x (Const [c]))" |m, v| {
        let (x, c) = m.xy(v);
        when(m.aux(v) == 0 && m.ku(c)? < m.width(v) as u64)?;
        shift(Op::Shl, x, c)
    };
    ShrU "(ShrU x (Const [c])) && uint(c) < width => (ShrU [bounded] x (Const [c]))" |m, v| {
        let (x, c) = m.xy(v);
        when(m.aux(v) == 0 && m.ku(c)? < m.width(v) as u64)?;
        shift(Op::ShrU, x, c)
    };
    ShrS "(ShrS x (Const [c])) && uint(c) < width => (ShrS [bounded] x (Const [c]))" |m, v| {
        let (x, c) = m.xy(v);
        when(m.aux(v) == 0 && m.ku(c)? < m.width(v) as u64)?;
        shift(Op::ShrS, x, c)
    };
    Shl "(Shl (Shl x (Const [c])) (Const [d])) => (Shl x (Const [c+d]))" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.ku(d)?;
        let (x, c) = m.bin(a, Op::Shl)?;
        let c = m.ku(c)?;
        let w = m.width(v) as u64;
        when(c < w && d < w)?;
        if c + d >= w {
            return int(0);
        }
        let k = m.count((c + d) as u32);
        shift(Op::Shl, x, k)
    };
    ShrU "(ShrU (ShrU x (Const [c])) (Const [d])) => (ShrU x (Const [c+d]))" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.ku(d)?;
        let (x, c) = m.bin(a, Op::ShrU)?;
        let c = m.ku(c)?;
        let w = m.width(v) as u64;
        when(c < w && d < w)?;
        if c + d >= w {
            return int(0);
        }
        let k = m.count((c + d) as u32);
        shift(Op::ShrU, x, k)
    };
    ShrS "(ShrS (ShrS x (Const [c])) (Const [d])) => (ShrS x (Const [min(c+d, width-1)]))" |m, v| {
        let (a, d) = m.xy(v);
        let d = m.ku(d)?;
        let (x, c) = m.bin(a, Op::ShrS)?;
        let c = m.ku(c)?;
        let w = m.width(v) as u64;
        when(c < w && d < w)?;
        let k = m.count((c + d).min(w - 1) as u32);
        shift(Op::ShrS, x, k)
    };
    RotL "(RotL x (Const [c])) && c % width == 0 => x" |m, v| {
        let (x, c) = m.xy(v);
        when(m.ku(c)? % m.width(v) as u64 == 0)?;
        val(x)
    };
};
