//! Indexing and slicing, with explicit bounds checks.
//!
//! Every check is an `IsInBounds(i, len)` (index) or `IsSliceInBounds(i, j)`
//! (slice bounds) value branching to a cold block calling
//! `runtime.panicIndex(i, len)` or `runtime.panicBounds(code, x, y)` with
//! the runtime's boundsErrorCode, checked in gc's order (largest bound
//! first): `s[i:j]` checks `j <= cap` (`len` for strings and arrays), then
//! `i <= j`; `s[i:j:k]` checks `k <= cap`, `j <= k`, `i <= j`. Checks that
//! hold trivially (default bounds, constant indexes the checker proved in
//! range for arrays) are not emitted; `-B` emits none. Operands are widened
//! to int64 (sign-extended if signed), so a negative index fails the
//! unsigned `IsInBounds` comparison; a failing 64-bit unsigned operand is
//! reported with `panicBounds(code | 0x80, …)` so it prints unsigned.

use crate::expr::Val;
use crate::func::Fb;
use crate::shape;
use ssa::{Op, Type, Value};
use types::ir::{ConvKind, Expr, ExprKind, IndexKind, SliceKind};
use types::{TypeId, TypeKind};

pub const BOUNDS_INDEX: i64 = 0;
pub const BOUNDS_SLICE_ALEN: i64 = 1;
pub const BOUNDS_SLICE_ACAP: i64 = 2;
pub const BOUNDS_SLICE_B: i64 = 3;
pub const BOUNDS_SLICE3_ALEN: i64 = 4;
pub const BOUNDS_SLICE3_ACAP: i64 = 5;
pub const BOUNDS_SLICE3_B: i64 = 6;
pub const BOUNDS_SLICE3_C: i64 = 7;
pub const BOUNDS_CONVERT: i64 = 8;

impl Fb<'_, '_> {
    /// `0 <= idx < len` or panic (both i64).
    pub fn bounds_check(&mut self, idx: Value, len: Value) {
        if self.g.opts.no_bounds {
            return;
        }
        if let (Some(i), Some(n)) = (self.f.const_int(idx), self.f.const_int(len)) {
            if i >= 0 && i < n {
                return;
            }
        }
        let ok = self.cmp(Op::IsInBounds, idx, len);
        if self.unsigned_idx.contains(&idx) {
            self.check(ok, crate::rt::PANIC_INDEX_U, &[idx, len]);
        } else {
            self.check(ok, crate::rt::PANIC_INDEX, &[idx, len]);
        }
    }

    /// `0 <= x <= y` or panicBounds(code, x, y).
    pub fn slice_check(&mut self, x: Value, y: Value, code: i64) {
        if self.g.opts.no_bounds {
            return;
        }
        if let (Some(a), Some(b)) = (self.f.const_int(x), self.f.const_int(y)) {
            if a >= 0 && a <= b {
                return;
            }
        }
        let ok = self.cmp(Op::IsSliceInBounds, x, y);
        let code = if self.unsigned_idx.contains(&x) { code | 0x80 } else { code };
        let c = self.int(code);
        self.check(ok, crate::rt::PANIC_BOUNDS, &[c, x, y]);
    }

    /// An index operand as int64. 64-bit unsigned operands are remembered so
    /// that a failing check reports them unsigned (boundsErrorCode | 0x80).
    pub fn index_value(&mut self, e: &Expr) -> Value {
        let v = self.expr1(e);
        let r = self.to_i64(v, e.ty);
        if self.g.tt.is_unsigned(e.ty) && self.size_of(e.ty) == 8 {
            self.unsigned_idx.insert(r);
        }
        r
    }

    pub fn index_expr(&mut self, e: &Expr) -> Val {
        let ExprKind::Index { kind, x, index } = &e.kind else { return self.zero_val(e.ty) };
        let p = self.pos;
        match kind {
            IndexKind::String => {
                let s = self.expr_leaves(x);
                let i = self.index_value(index);
                self.pos = p;
                if s.len() != 2 {
                    return self.zero_val(e.ty);
                }
                self.bounds_check(i, s[1]);
                let a = self.add_ptr(s[0], i);
                Val::one(self.load(Type::I8, a, 0))
            }
            IndexKind::Slice => {
                let s = self.expr_leaves(x);
                let i = self.index_value(index);
                self.pos = p;
                if s.len() != 3 {
                    return self.zero_val(e.ty);
                }
                self.bounds_check(i, s[1]);
                let a = self.elem_addr(s[0], i, e.ty);
                self.load_val(a, e.ty)
            }
            IndexKind::Array => {
                let n = match self.g.tt.under_kind(x.ty) {
                    TypeKind::Array(_, n) => *n,
                    _ => 0,
                };
                let xv = self.expr(x);
                let xv = match xv {
                    Val::M(..) => xv,
                    v => v,
                };
                let i = self.index_value(index);
                self.pos = p;
                let nv = self.int(n as i64);
                self.bounds_check(i, nv);
                match xv {
                    Val::S(leaves) => {
                        let per = shape::leaves(&self.g.tt, e.ty).map(|l| l.len()).unwrap_or(0);
                        let k = self.f.const_int(i).unwrap_or(0).max(0) as usize;
                        Val::S(
                            leaves
                                .get(k * per..k * per + per)
                                .map(|s| s.to_vec())
                                .unwrap_or_default(),
                        )
                    }
                    Val::M(a, owned) => {
                        let ea = self.elem_addr(a, i, e.ty);
                        match self.load_val(ea, e.ty) {
                            Val::M(x, _) => Val::M(x, owned),
                            v => v,
                        }
                    }
                }
            }
        }
    }

    /// `base + i * sizeof(elem)`.
    pub fn elem_addr(&mut self, base: Value, i: Value, elem: TypeId) -> Value {
        let es = self.size_of(elem) as i64;
        if let Some(c) = self.f.const_int(i) {
            return self.off_ptr(base, c.wrapping_mul(es));
        }
        let off = if es == 1 {
            i
        } else {
            let esv = self.int(es);
            self.binary(Op::Mul, i, esv)
        };
        self.add_ptr(base, off)
    }

    pub fn slice_expr(&mut self, e: &Expr) -> Val {
        let ExprKind::Slice { kind, x, lo, hi, max } = &e.kind else { return self.zero_val(e.ty) };
        let p = self.pos;
        // unsafe.Slice(p, n): a slice of a pointer converted to the slice type
        if let ExprKind::Conv { kind: ConvKind::NoOp, x: inner, .. } = &x.kind {
            if matches!(self.g.tt.under_kind(inner.ty), TypeKind::Pointer(_))
                && matches!(self.g.tt.under_kind(x.ty), TypeKind::Slice(_))
            {
                let ptr = self.expr1(inner);
                let n = match hi {
                    Some(h) => self.index_value(h),
                    None => self.int(0),
                };
                return Val::S(vec![ptr, n, n]);
            }
        }
        let (ptr, len, cap, elem) = match kind {
            SliceKind::String => {
                let s = self.expr_leaves(x);
                if s.len() != 2 {
                    return self.zero_val(e.ty);
                }
                (s[0], s[1], s[1], TypeId::UINT8)
            }
            SliceKind::Slice => {
                let s = self.expr_leaves(x);
                if s.len() != 3 {
                    return self.zero_val(e.ty);
                }
                let el = self.g.tt.elem(x.ty).unwrap_or(TypeId::INVALID);
                (s[0], s[1], s[2], el)
            }
            SliceKind::ArrayPtr => {
                let ap = self.expr1(x);
                self.pos = p;
                let at = self.g.tt.elem(x.ty).unwrap_or(TypeId::INVALID);
                let (el, n) = match self.g.tt.under_kind(at) {
                    TypeKind::Array(el, n) => (*el, *n),
                    _ => (TypeId::INVALID, 0),
                };
                self.nil_check(ap);
                let nv = self.int(n as i64);
                (ap, nv, nv, el)
            }
        };
        let lov = lo.as_ref().map(|l| self.index_value(l));
        let hiv = hi.as_ref().map(|h| self.index_value(h));
        let maxv = max.as_ref().map(|m| self.index_value(m));
        self.pos = p;
        let is_slice = *kind == SliceKind::Slice;
        let j = hiv.unwrap_or(len);
        let k;
        if let Some(m) = maxv {
            let code = if is_slice { BOUNDS_SLICE3_ACAP } else { BOUNDS_SLICE3_ALEN };
            self.slice_check(m, cap, code);
            self.slice_check(j, m, BOUNDS_SLICE3_B);
            if let Some(i) = lov {
                self.slice_check(i, j, BOUNDS_SLICE3_C);
            }
            k = m;
        } else {
            if hiv.is_some() || is_slice {
                if hiv.is_some() {
                    let code = if is_slice { BOUNDS_SLICE_ACAP } else { BOUNDS_SLICE_ALEN };
                    self.slice_check(j, cap, code);
                }
            }
            if let Some(i) = lov {
                self.slice_check(i, j, BOUNDS_SLICE_B);
            }
            k = cap;
        }
        let i = lov;
        let (rptr, rlen, rcap) = match i {
            None => (ptr, j, k),
            Some(i) => {
                let rp = self.elem_addr(ptr, i, elem);
                let rl = self.binary(Op::Sub, j, i);
                let rc = self.binary(Op::Sub, k, i);
                (rp, rl, rc)
            }
        };
        if *kind == SliceKind::String {
            Val::S(vec![rptr, rlen])
        } else {
            Val::S(vec![rptr, rlen, rcap])
        }
    }
}
