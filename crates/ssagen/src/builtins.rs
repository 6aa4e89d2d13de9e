//! Builtin functions.
//!
//! * `len`/`cap`: the length/capacity leaf of strings and slices; arrays are
//!   constants; maps call `runtime.maplen`.
//! * `append(s, x...)`: inline fast path — when `len+n <= cap` the elements
//!   are stored in place — else `runtime.growslice` (Go's growth rule and
//!   size classes live in the runtime); `append(s, t...)` copies with
//!   `memmove`.
//! * `copy`: `memmove(dst, src, min(len)·size)`.
//! * `make([]T, n, c)`: a zeroed stack array when escape analysis says the
//!   slice does not escape and the sizes are constant (≤ 64 KiB), else
//!   `runtime.makeslice` (which checks the lengths); `make(map…)`: makemap.
//! * `new(T)`: a zeroed stack slot (escape analysis: does not escape) or
//!   `runtime.newobject`.
//! * `print`/`println`: one runtime call per operand by kind
//!   (printint/printuint/printfloat/printbool/printstring/printpointer/
//!   printslice/printeface/printiface); `println` puts `printsp` between
//!   operands and ends with `printnl`.
//! * `panic(v)`: `runtime.gopanic(typ, data)`; `recover()`:
//!   `runtime.gorecover(marker)` (see [`crate::defers`]).
//! * `min`/`max`: compare-and-select; floats follow Go (NaN wins, -0 < +0);
//!   strings use `runtime.cmpstring`.
//! * `clear`: `runtime.mapclear`, or zeroing the slice's elements with
//!   `memset`.

use crate::expr::Val;
use crate::func::Fb;
use ssa::{Op, Type, Value};
use types::ir::{Builtin, Expr};
use types::{BasicKind, TypeId, TypeKind};

impl Fb<'_, '_> {
    pub fn builtin(&mut self, b: &Builtin, e: &Expr) -> Val {
        let p = self.pos;
        match b {
            Builtin::Len(x) | Builtin::Cap(x) => {
                let is_cap = matches!(b, Builtin::Cap(_));
                let kind = self.g.tt.under_kind(x.ty).clone();
                let r = match kind {
                    TypeKind::Basic(_) => {
                        let s = self.expr_leaves(x);
                        s.get(1).copied().unwrap_or_else(|| self.int(0))
                    }
                    TypeKind::Slice(_) => {
                        let s = self.expr_leaves(x);
                        s.get(if is_cap { 2 } else { 1 }).copied().unwrap_or_else(|| self.int(0))
                    }
                    TypeKind::Array(_, n) => {
                        if crate::assign::has_call(x) {
                            let _ = self.expr(x);
                        }
                        self.int(n as i64)
                    }
                    TypeKind::Pointer(a) => {
                        let n = match self.g.tt.under_kind(a) {
                            TypeKind::Array(_, n) => *n,
                            _ => 0,
                        };
                        if crate::assign::has_call(x) {
                            let _ = self.expr(x);
                        }
                        self.int(n as i64)
                    }
                    TypeKind::Chan(..) => {
                        let c = self.expr1(x);
                        self.pos = p;
                        self.chan_len_cap(c, is_cap)
                    }
                    TypeKind::Map(..) => {
                        // hmap.count is the first word (docs/abi.md §9); nil → 0
                        let m = self.expr1(x);
                        self.pos = p;
                        let nn = self.ins(Op::IsNonNil, Type::Bool, &[m]);
                        self.if_else(
                            nn,
                            &[Type::I64],
                            &mut |fb| vec![fb.load(Type::I64, m, 0)],
                            &mut |fb| vec![fb.int(0)],
                        )[0]
                    }
                    _ => {
                        self.ice("len/cap of an unsupported type");
                        self.int(0)
                    }
                };
                let rt = self.scalar_ty(e.ty);
                Val::one(self.int_resize(r, rt, true))
            }
            Builtin::Append { slice, args, spread } => self.append(slice, args, *spread, e.ty),
            Builtin::Copy { dst, src } => {
                let d = self.expr_leaves(dst);
                let s = self.expr_leaves(src);
                self.pos = p;
                if d.len() != 3 || s.len() < 2 {
                    return Val::one(self.int(0));
                }
                let lt = self.cmp(Op::Less, d[1], s[1]);
                let n = self.ins(Op::Select, Type::I64, &[lt, d[1], s[1]]);
                let et = self.g.tt.elem(dst.ty).unwrap_or(TypeId::INVALID);
                let es = self.size_of(et) as i64;
                let bytes = if es == 1 {
                    n
                } else {
                    let esv = self.int(es);
                    self.binary(Op::Mul, n, esv)
                };
                self.call(crate::rt::MEMMOVE, &[d[0], s[0], bytes], &[]);
                Val::one(n)
            }
            Builtin::MakeSlice { len, cap, esc } => {
                let et = self.g.tt.elem(e.ty).unwrap_or(TypeId::INVALID);
                let l = self.index_value(len);
                let c = match cap {
                    Some(c) => self.index_value(c),
                    None => l,
                };
                self.pos = p;
                let es = self.size_of(et);
                if self.stack_alloc_ok(*esc) {
                    if let (Some(lc), Some(cc)) = (self.f.const_int(l), self.f.const_int(c)) {
                        if lc >= 0 && lc <= cc && (cc as u64).saturating_mul(es) <= 64 * 1024 {
                            let lay = self.g.tt.layout(et);
                            let a = self.temp_slot((cc as u64 * es).max(1), lay.align);
                            self.zero_mem(a, cc as u64 * es);
                            return Val::S(vec![a, l, c]);
                        }
                    }
                }
                let d = self.type_desc(et);
                let ptr = self.call(crate::rt::MAKESLICE, &[d, l, c], &[Type::Ptr])[0];
                Val::S(vec![ptr, l, c])
            }
            Builtin::MakeMap { hint, .. } => {
                let h = hint.as_ref().map(|h| self.index_value(h));
                self.pos = p;
                Val::one(self.make_map(e.ty, h))
            }
            Builtin::MakeChan { size } => {
                let n = size.as_ref().map(|s| self.index_value(s));
                self.pos = p;
                Val::one(self.make_chan(e.ty, n))
            }
            Builtin::New { esc } => {
                let t = self.g.tt.elem(e.ty).unwrap_or(TypeId::INVALID);
                Val::one(self.alloc(t, *esc))
            }
            Builtin::Delete { map, key } => {
                self.map_delete(map, key);
                Val::S(vec![])
            }
            Builtin::Panic(x) => {
                let v = self.expr_leaves(x);
                self.pos = p;
                if v.len() == 2 {
                    self.panic_call(crate::rt::GOPANIC, &v);
                }
                Val::S(vec![])
            }
            Builtin::Recover => Val::S(self.recover()),
            Builtin::Print { args, ln } => {
                let mut vals = Vec::new();
                for a in args {
                    let v = self.expr(a);
                    vals.push((self.stable(v, a.ty), a.ty));
                }
                self.pos = p;
                self.print_vals(vals, *ln);
                Val::S(vec![])
            }
            Builtin::Close(ch) => {
                let c = self.expr1(ch);
                self.pos = p;
                self.call(crate::rt::CLOSECHAN, &[c], &[]);
                Val::S(vec![])
            }
            Builtin::MinMax { max, args } => self.min_max(*max, args, e.ty),
            Builtin::Clear(x) => {
                let kind = self.g.tt.under_kind(x.ty).clone();
                match kind {
                    TypeKind::Map(..) => {
                        let m = self.expr1(x);
                        self.pos = p;
                        let t = self.type_desc(x.ty);
                        self.call(crate::rt::MAPCLEAR, &[t, m], &[]);
                    }
                    TypeKind::Slice(et) => {
                        let s = self.expr_leaves(x);
                        self.pos = p;
                        if s.len() == 3 {
                            let es = self.size_of(et) as i64;
                            let esv = self.int(es);
                            let n = self.binary(Op::Mul, s[1], esv);
                            let z = self.iconst(Type::I32, 0);
                            self.call("memset", &[s[0], z, n], &[]);
                        }
                    }
                    _ => self.ice("clear of an unsupported type"),
                }
                Val::S(vec![])
            }
            Builtin::Real(_) | Builtin::Imag(_) | Builtin::Complex(..) => {
                self.ice("complex numbers are not supported");
                self.zero_val(e.ty)
            }
        }
    }

    /// Print values as `print`/`println` do.
    pub fn print_vals(&mut self, vals: Vec<(Val, TypeId)>, ln: bool) {
        let n = vals.len();
        for (i, (v, t)) in vals.into_iter().enumerate() {
            if ln && i > 0 {
                self.call(crate::rt::PRINTSP, &[], &[]);
            }
            let ls = self.val_leaves(v, t);
            let kind = self.g.tt.under_kind(t).clone();
            match kind {
                TypeKind::Basic(k) => {
                    let k = k.canonical();
                    if k == BasicKind::String {
                        self.call(crate::rt::PRINTSTRING, &ls, &[]);
                    } else if k == BasicKind::Bool {
                        self.call(crate::rt::PRINTBOOL, &ls, &[]);
                    } else if k.is_float() {
                        let x = ls[0];
                        let x = if self.ty(x) == Type::F32 {
                            self.conv(Op::FPromote, Type::F64, x)
                        } else {
                            x
                        };
                        self.call(crate::rt::PRINTFLOAT, &[x], &[]);
                    } else if k == BasicKind::UnsafePointer {
                        self.call(crate::rt::PRINTPOINTER, &ls, &[]);
                    } else if k.is_integer() {
                        let unsigned = k.is_unsigned();
                        let x = self.int_resize(ls[0], Type::I64, !unsigned);
                        let f = if unsigned { crate::rt::PRINTUINT } else { crate::rt::PRINTINT };
                        self.call(f, &[x], &[]);
                    } else {
                        self.ice("print of an unsupported type");
                    }
                }
                TypeKind::Pointer(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Func(_) => {
                    self.call(crate::rt::PRINTPOINTER, &ls, &[]);
                }
                TypeKind::Slice(_) => {
                    self.call(crate::rt::PRINTSLICE, &ls, &[]);
                }
                TypeKind::Interface(_) => {
                    let f = if self.is_empty_iface(t) {
                        crate::rt::PRINTEFACE
                    } else {
                        crate::rt::PRINTIFACE
                    };
                    self.call(f, &ls, &[]);
                }
                _ => self.ice("print of an unsupported type"),
            }
            let _ = n;
        }
        if ln {
            self.call(crate::rt::PRINTNL, &[], &[]);
        }
    }

    fn append(&mut self, slice: &Expr, args: &[Expr], spread: bool, ty: TypeId) -> Val {
        let p = self.pos;
        let s = self.expr_leaves(slice);
        if s.len() != 3 {
            return self.zero_val(ty);
        }
        let et = self.g.tt.elem(ty).unwrap_or(TypeId::INVALID);
        let es = self.size_of(et) as i64;
        // evaluate the new elements first
        let mut vals = Vec::new();
        let mut src: Option<(Value, Value)> = None;
        if spread {
            if let Some(a) = args.first() {
                let t = self.expr_leaves(a);
                if t.len() >= 2 {
                    src = Some((t[0], t[1]));
                }
            }
        } else {
            for a in args {
                let v = self.expr(a);
                vals.push(self.stable(v, a.ty));
            }
        }
        self.pos = p;
        let (ptr, len, cap) = (s[0], s[1], s[2]);
        let n = match src {
            Some((_, n)) => n,
            None => self.int(vals.len() as i64),
        };
        if !spread && vals.is_empty() {
            return Val::S(s);
        }
        let newlen = self.binary(Op::Add, len, n);
        let grow = self.cmp(Op::LessU, cap, newlen);
        let desc = self.type_desc(et);
        let r = self.if_else(
            grow,
            &[Type::Ptr, Type::I64],
            &mut |fb| {
                let out = fb.temp_slot(24, 8);
                fb.call(crate::rt::GROWSLICE, &[out, desc, ptr, len, cap, newlen], &[]);
                vec![fb.load(Type::Ptr, out, 0), fb.load(Type::I64, out, 16)]
            },
            &mut |_fb| vec![ptr, cap],
        );
        let (np, nc) = (r[0], r[1]);
        match src {
            Some((sp, sn)) => {
                let dst = self.elem_addr(np, len, et);
                let bytes = if es == 1 {
                    sn
                } else {
                    let esv = self.int(es);
                    self.binary(Op::Mul, sn, esv)
                };
                self.call(crate::rt::MEMMOVE, &[dst, sp, bytes], &[]);
            }
            None => {
                for (i, v) in vals.into_iter().enumerate() {
                    let iv = self.int(i as i64);
                    let idx = self.binary(Op::Add, len, iv);
                    let a = self.elem_addr(np, idx, et);
                    self.store_val(a, et, v);
                }
            }
        }
        Val::S(vec![np, newlen, nc])
    }

    fn min_max(&mut self, max: bool, args: &[Expr], ty: TypeId) -> Val {
        let p = self.pos;
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a);
            vals.push(self.val_leaves(v, a.ty));
        }
        self.pos = p;
        let mut it = vals.into_iter();
        let Some(mut acc) = it.next() else { return self.zero_val(ty) };
        let tt = &self.g.tt;
        let is_string = tt.is_string(ty);
        let is_float = tt.is_float(ty);
        let unsigned = tt.is_unsigned(ty);
        for b in it {
            if is_string {
                let mut args = acc.clone();
                args.extend(b.iter().copied());
                let c = self.call(crate::rt::CMPSTRING, &args, &[Type::I64])[0];
                let z = self.int(0);
                // take b if b < acc (min) / b > acc (max)
                let take = if max { self.cmp(Op::Less, c, z) } else { self.cmp(Op::Less, z, c) };
                let p0 = self.ins(Op::Select, Type::Ptr, &[take, b[0], acc[0]]);
                let l0 = self.ins(Op::Select, Type::I64, &[take, b[1], acc[1]]);
                acc = vec![p0, l0];
            } else if is_float {
                let (x, y) = (acc[0], b[0]);
                let ft = self.ty(x);
                let it = if ft == Type::F32 { Type::I32 } else { Type::I64 };
                let lt = self.cmp(Op::Less, x, y);
                let gt = self.cmp(Op::Less, y, x);
                let xi = self.conv(Op::Bitcast, it, x);
                let yi = self.conv(Op::Bitcast, it, y);
                // equal (incl. ±0): min ORs the sign bits, max ANDs them
                let comb =
                    if max { self.binary(Op::And, xi, yi) } else { self.binary(Op::Or, xi, yi) };
                let combf = self.conv(Op::Bitcast, ft, comb);
                let eq = self.cmp(Op::Eq, x, y);
                let nan = self.binary(Op::Add, x, y);
                let r1 = self.ins(Op::Select, ft, &[eq, combf, nan]);
                let (first, second) = if max { (y, x) } else { (x, y) };
                let r2 = self.ins(Op::Select, ft, &[gt, second, r1]);
                let r3 = self.ins(Op::Select, ft, &[lt, first, r2]);
                acc = vec![r3];
            } else {
                let (x, y) = (acc[0], b[0]);
                let op = if unsigned { Op::LessU } else { Op::Less };
                let lt = self.cmp(op, y, x);
                let r = if max {
                    self.ins(Op::Select, self.ty(x), &[lt, x, y])
                } else {
                    self.ins(Op::Select, self.ty(x), &[lt, y, x])
                };
                acc = vec![r];
            }
        }
        Val::S(acc)
    }
}
