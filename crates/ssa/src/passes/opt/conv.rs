//! Conversion rules: extensions and truncations that undo or compose each
//! other, and bit casts of bit casts. Conversions of constants fold
//! generically (with gc's amd64 float → integer semantics).

use super::{Rule, op1, rules, val, when};
use crate::Op;

pub(super) const RULES: &[Rule] = rules! {
    Trunc "(Trunc (SignExt|ZeroExt x)) && width(x) == width => x" |m, v| {
        let a = m.x(v);
        let x = m.un(a, Op::SignExt).or_else(|| m.un(a, Op::ZeroExt))?;
        when(m.ty(x) == m.ty(v))?;
        val(x)
    };
    Trunc "(Trunc (SignExt|ZeroExt x)) && width(x) < width => (SignExt|ZeroExt x)" |m, v| {
        let a = m.x(v);
        let ext = m.op(a);
        let x = m.un(a, Op::SignExt).or_else(|| m.un(a, Op::ZeroExt))?;
        when(m.width(x) < m.width(v))?;
        op1(ext, x)
    };
    Trunc "(Trunc (SignExt|ZeroExt x)) && width(x) > width => (Trunc x)" |m, v| {
        let a = m.x(v);
        let x = m.un(a, Op::SignExt).or_else(|| m.un(a, Op::ZeroExt))?;
        when(m.ty(x).is_int() && m.width(x) > m.width(v))?;
        op1(Op::Trunc, x)
    };
    Trunc "(Trunc (Trunc x)) => (Trunc x)" |m, v| {
        let x = m.un(m.x(v), Op::Trunc)?;
        op1(Op::Trunc, x)
    };
    SignExt "(SignExt (SignExt x)) => (SignExt x)" |m, v| {
        let x = m.un(m.x(v), Op::SignExt)?;
        op1(Op::SignExt, x)
    };
    ZeroExt "(ZeroExt (ZeroExt x)) => (ZeroExt x)" |m, v| {
        let x = m.un(m.x(v), Op::ZeroExt)?;
        op1(Op::ZeroExt, x)
    };
    SignExt "(SignExt (ZeroExt x)) => (ZeroExt x)" |m, v| {
        // the zero-extended value's sign bit is 0
        let x = m.un(m.x(v), Op::ZeroExt)?;
        op1(Op::ZeroExt, x)
    };
    Bitcast "(Bitcast (Bitcast x)) && type(x) == type => x" |m, v| {
        let x = m.un(m.x(v), Op::Bitcast)?;
        when(m.ty(x) == m.ty(v))?;
        val(x)
    };
};
