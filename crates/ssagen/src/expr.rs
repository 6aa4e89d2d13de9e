//! Expressions: values ([`Val`]), names, constants, fields, composite
//! literals, conversions, and the dispatch to the other modules.
//!
//! A Go value is either [`Val::S`] — the leaves of an SSA-able type as SSA
//! values — or [`Val::M`] — the address of a larger aggregate in memory. An
//! `M` that is not `owned` aliases a variable or heap memory and must be
//! consumed (copied) before anything can write that memory; contexts that
//! evaluate several operands before using them call [`Fb::stable`].

use crate::func::Fb;
use crate::shape::{self, Leaf};
use ssa::{Op, Type, Value};
use types::ir::{Composite, ConvKind, Expr, ExprKind};
use types::{ConstValue, TypeId, TypeKind};

#[derive(Clone, Debug)]
pub enum Val {
    /// The leaves of an SSA-able value.
    S(Vec<Value>),
    /// A larger aggregate at this address; `owned` if it is a fresh temporary.
    M(Value, bool),
}

impl Val {
    pub fn one(v: Value) -> Val {
        Val::S(vec![v])
    }
}

/// The integer bits of a constant (two's complement, for any integer width).
pub fn const_bits(cv: &ConstValue) -> i64 {
    match cv {
        ConstValue::Bool(b) => *b as i64,
        _ => cv.to_i64().or_else(|| cv.to_u64().map(|u| u as i64)).unwrap_or(0),
    }
}

impl Fb<'_, '_> {
    // ------------------------------------------------------------ values

    pub fn leaves_of(&self, ty: TypeId) -> Vec<Leaf> {
        shape::ssa_leaves(&self.g.tt, ty)
    }

    pub fn is_ssa(&self, ty: TypeId) -> bool {
        shape::ssa_able(&self.g.tt, ty)
    }

    pub fn size_of(&self, ty: TypeId) -> u64 {
        self.g.tt.size_of(ty)
    }

    /// Read a value of type `ty` at `addr`.
    pub fn load_val(&mut self, addr: Value, ty: TypeId) -> Val {
        if self.is_ssa(ty) {
            let ls = self.leaves_of(ty);
            let vals: Vec<Value> = ls.iter().map(|l| self.load(l.ty, addr, l.off as i64)).collect();
            self.mark_nonneg(&vals, ty);
            Val::S(vals)
        } else {
            Val::M(addr, false)
        }
    }

    /// Write `v` (of type `ty`) at `addr`.
    pub fn store_val(&mut self, addr: Value, ty: TypeId, v: Val) {
        match v {
            Val::S(vals) => {
                let ls = self.leaves_of(ty);
                if ls.len() != vals.len() {
                    if self.is_ssa(ty) || !vals.is_empty() {
                        self.ice("store of a value with the wrong shape");
                    }
                    return;
                }
                for (l, x) in ls.iter().zip(vals) {
                    self.store(addr, l.off as i64, x);
                }
            }
            Val::M(src, _) => {
                if src != addr {
                    let size = self.size_of(ty);
                    self.move_mem(addr, src, size);
                }
            }
        }
    }

    /// The leaves of a value of an SSA-able type.
    pub fn val_leaves(&mut self, v: Val, ty: TypeId) -> Vec<Value> {
        match v {
            Val::S(vs) => vs,
            Val::M(a, _) => {
                let ls = self.leaves_of(ty);
                let vals: Vec<Value> =
                    ls.iter().map(|l| self.load(l.ty, a, l.off as i64)).collect();
                self.mark_nonneg(&vals, ty);
                vals
            }
        }
    }

    /// The value in memory: its address (a temporary for SSA values).
    pub fn val_addr(&mut self, v: Val, ty: TypeId) -> Value {
        match v {
            Val::M(a, _) => a,
            Val::S(vals) => {
                let lay = self.g.tt.layout(ty);
                let a = self.temp_slot(lay.size, lay.align);
                let ls = self.leaves_of(ty);
                for (l, x) in ls.iter().zip(vals) {
                    self.store(a, l.off as i64, x);
                }
                a
            }
        }
    }

    /// A value that no later evaluation can change (copies aliasing memory).
    pub fn stable(&mut self, v: Val, ty: TypeId) -> Val {
        match v {
            Val::M(a, false) => {
                let lay = self.g.tt.layout(ty);
                let t = self.temp_slot(lay.size, lay.align);
                self.move_mem(t, a, lay.size);
                Val::M(t, true)
            }
            v => v,
        }
    }

    pub fn zero_val(&mut self, ty: TypeId) -> Val {
        if self.is_ssa(ty) {
            let ls = self.leaves_of(ty);
            Val::S(ls.iter().map(|l| self.zero_of(l.ty)).collect())
        } else {
            let lay = self.g.tt.layout(ty);
            let a = self.temp_slot(lay.size, lay.align);
            self.zero_mem(a, lay.size);
            Val::M(a, true)
        }
    }

    /// A scalar expression's single value.
    pub fn expr1(&mut self, e: &Expr) -> Value {
        let v = self.expr(e);
        self.one_of(v, e.ty)
    }

    pub fn one_of(&mut self, v: Val, ty: TypeId) -> Value {
        let ls = self.val_leaves(v, ty);
        match ls.first() {
            Some(&x) if ls.len() == 1 => x,
            _ => {
                self.ice(format!("expected a scalar, have {} leaves", ls.len()));
                self.int(0)
            }
        }
    }

    pub fn expr_leaves(&mut self, e: &Expr) -> Vec<Value> {
        let v = self.expr(e);
        self.val_leaves(v, e.ty)
    }

    /// Evaluate an expression.
    pub fn expr(&mut self, e: &Expr) -> Val {
        let saved = self.pos;
        if e.pos.is_known() {
            self.pos = e.pos;
        }
        let v = self.expr_inner(e);
        self.pos = saved;
        v
    }

    fn expr_inner(&mut self, e: &Expr) -> Val {
        let p = self.pos;
        match &e.kind {
            ExprKind::Local(l) => self.read_local(*l),
            ExprKind::Global(g) => {
                let a = self.global_addr(*g);
                self.load_val(a, e.ty)
            }
            ExprKind::Func(f) => {
                let sym = crate::closures::func_value_sym(self.g, *f);
                Val::one(self.sym_addr(&sym))
            }
            ExprKind::Const(c) => self.const_val(&c.value, e.ty),
            ExprKind::Nil => self.zero_val(e.ty),
            ExprKind::Blank => {
                self.ice("blank identifier used as a value");
                self.zero_val(e.ty)
            }
            ExprKind::Unary { op, x } => self.unary_expr(*op, x, e.ty),
            ExprKind::Binary { op, x, y } => self.binary_expr(*op, x, y, e.ty),
            ExprKind::Compare { op, x, y } => Val::one(self.compare_expr(*op, x, y)),
            ExprKind::Logical { and, x, y } => {
                let a = self.expr1(x);
                let and = *and;
                let r = self.if_else(
                    a,
                    &[Type::Bool],
                    &mut |fb| {
                        if and { vec![fb.expr1(y)] } else { vec![fb.bool_const(true)] }
                    },
                    &mut |fb| {
                        if and { vec![fb.bool_const(false)] } else { vec![fb.expr1(y)] }
                    },
                );
                Val::S(r)
            }
            ExprKind::AddString { args, .. } => self.concat_strings(args),
            ExprKind::AddrOf { x, esc, .. } => {
                if let ExprKind::Composite(_) = &x.kind {
                    let a = self.alloc(x.ty, *esc);
                    self.init_at(a, x);
                    self.pos = p;
                    Val::one(a)
                } else {
                    Val::one(self.addr_of(x))
                }
            }
            ExprKind::Deref { x, .. } => {
                let ptr = self.expr1(x);
                self.pos = p;
                self.nil_check(ptr);
                self.load_val(ptr, e.ty)
            }
            ExprKind::Field { x, index, ptr, .. } => {
                let xty = x.ty;
                if *ptr {
                    let pv = self.expr1(x);
                    self.pos = p;
                    self.nil_check(pv);
                    let sty = self.g.tt.elem(xty).unwrap_or(TypeId::INVALID);
                    let off = self.g.tt.field_offsets(sty).get(*index).copied().unwrap_or(0);
                    let a = self.off_ptr(pv, off as i64);
                    self.load_val(a, e.ty)
                } else {
                    let xv = self.expr(x);
                    self.pos = p;
                    self.field_of(xv, xty, *index, e.ty)
                }
            }
            ExprKind::Index { .. } => self.index_expr(e),
            ExprKind::MapIndex { map, key, .. } => self.map_index(map, key, e.ty),
            ExprKind::Slice { .. } => self.slice_expr(e),
            ExprKind::Call(c) => {
                let rs = self.call_expr(c, e);
                match rs.len() {
                    1 => rs.into_iter().next().unwrap_or(Val::S(vec![])),
                    0 => Val::S(vec![]),
                    _ => {
                        self.ice("multi-value call used as a single value");
                        rs.into_iter().next().unwrap_or(Val::S(vec![]))
                    }
                }
            }
            ExprKind::Builtin(b) => self.builtin(b, e),
            ExprKind::Conv { kind, x, esc, .. } => self.conversion(*kind, x, e.ty, *esc),
            ExprKind::TypeAssert { x, .. } => {
                let (v, _) = self.type_assert(x, e.ty, false);
                v
            }
            ExprKind::Recv { ch, .. } => self.recv_expr(ch, false).0,
            ExprKind::Composite(c) => self.composite(c, e.ty, e),
            ExprKind::FuncLit { func, esc } => Val::one(self.func_lit(*func, *esc)),
            ExprKind::MethodValue { recv, method, esc } => {
                Val::one(self.method_value(recv, method, *esc, e.ty))
            }
            ExprKind::MethodExpr { recv_type, method } => {
                Val::one(self.method_expr(*recv_type, method))
            }
        }
    }

    /// Field `index` of a struct value.
    pub fn field_of(&mut self, xv: Val, sty: TypeId, index: usize, fty: TypeId) -> Val {
        match xv {
            Val::S(leaves) => {
                let (start, n) = shape::field_leaf_range(&self.g.tt, sty, index);
                Val::S(leaves.get(start..start + n).map(|s| s.to_vec()).unwrap_or_default())
            }
            Val::M(a, owned) => {
                let off = self.g.tt.field_offsets(sty).get(index).copied().unwrap_or(0);
                let fa = self.off_ptr(a, off as i64);
                match self.load_val(fa, fty) {
                    Val::M(x, _) => Val::M(x, owned),
                    v => v,
                }
            }
        }
    }

    /// The value of a constant of type `ty`.
    pub fn const_val(&mut self, cv: &ConstValue, ty: TypeId) -> Val {
        let tt = &self.g.tt;
        if tt.is_string(ty) {
            let s = cv.as_str().unwrap_or(b"").to_vec();
            return Val::S(self.string_lit(&s));
        }
        if tt.is_float(ty) {
            let st = shape::scalar_type(tt, ty).unwrap_or(Type::F64);
            let f = cv.float64_val().unwrap_or(0.0);
            return Val::one(self.fconst(st, f));
        }
        if tt.is_complex(ty) {
            self.ice("complex numbers are not supported");
            return self.zero_val(ty);
        }
        if tt.is_boolean(ty) {
            let b = cv.as_bool().unwrap_or(false);
            return Val::one(self.bool_const(b));
        }
        match shape::scalar_type(tt, ty) {
            Some(st) => {
                let bits = const_bits(cv);
                Val::one(self.iconst(st, bits))
            }
            None => {
                self.ice("constant of a non-basic type");
                self.zero_val(ty)
            }
        }
    }

    /// `(ptr, len)` of a string literal.
    pub fn string_lit(&mut self, s: &[u8]) -> Vec<Value> {
        if s.is_empty() {
            return vec![self.nil(), self.int(0)];
        }
        let sym = self.g.string_sym(s);
        vec![self.sym_addr(&sym), self.int(s.len() as i64)]
    }

    pub fn global_addr(&mut self, g: types::ir::GlobalId) -> Value {
        let sym = self.g.global_sym(g);
        self.sym_addr(&sym)
    }

    /// The address of an addressable expression.
    pub fn addr_of(&mut self, x: &Expr) -> Value {
        let lv = self.lvalue(x);
        match lv {
            crate::assign::LVal::Mem(a) => a,
            _ => {
                self.ice("address of a non-addressable value");
                let v = self.expr(x);
                self.val_addr(v, x.ty)
            }
        }
    }

    // ------------------------------------------------------------ literals

    /// Initialize fresh, zeroed memory at `a` with the value of `e`.
    pub fn init_at(&mut self, a: Value, e: &Expr) {
        let saved = self.pos;
        if e.pos.is_known() {
            self.pos = e.pos;
        }
        match &e.kind {
            ExprKind::Composite(c) => match &**c {
                Composite::Struct(fields) => {
                    let offs = self.g.tt.field_offsets(e.ty);
                    let ftys: Vec<TypeId> = self
                        .g
                        .tt
                        .struct_fields(e.ty)
                        .map(|fs| fs.iter().map(|f| f.ty).collect())
                        .unwrap_or_default();
                    for (i, fe) in fields {
                        let off = offs.get(*i).copied().unwrap_or(0);
                        let fa = self.off_ptr(a, off as i64);
                        let _ = ftys.get(*i);
                        self.init_at(fa, fe);
                    }
                }
                Composite::Array(elems) => {
                    let et = self.g.tt.elem(e.ty).unwrap_or(TypeId::INVALID);
                    let es = self.size_of(et);
                    for (i, ee) in elems {
                        let fa = self.off_ptr(a, (*i * es) as i64);
                        self.init_at(fa, ee);
                    }
                }
                _ => {
                    let v = self.expr(e);
                    self.store_val(a, e.ty, v);
                }
            },
            _ => {
                let v = self.expr(e);
                self.store_val(a, e.ty, v);
            }
        }
        self.pos = saved;
    }

    fn composite(&mut self, c: &Composite, ty: TypeId, e: &Expr) -> Val {
        match c {
            Composite::Struct(_) | Composite::Array(_) => {
                if self.is_ssa(ty) {
                    let mut leaves = match self.zero_val(ty) {
                        Val::S(v) => v,
                        Val::M(..) => vec![],
                    };
                    match c {
                        Composite::Struct(fields) => {
                            for (i, fe) in fields {
                                let (start, n) = shape::field_leaf_range(&self.g.tt, ty, *i);
                                let vs = self.expr_leaves(fe);
                                if vs.len() == n && start + n <= leaves.len() {
                                    leaves[start..start + n].copy_from_slice(&vs);
                                }
                            }
                        }
                        Composite::Array(elems) => {
                            for (i, ee) in elems {
                                let vs = self.expr_leaves(ee);
                                let n = vs.len();
                                let start = *i as usize * n;
                                if start + n <= leaves.len() {
                                    leaves[start..start + n].copy_from_slice(&vs);
                                }
                            }
                        }
                        _ => {}
                    }
                    Val::S(leaves)
                } else {
                    let lay = self.g.tt.layout(ty);
                    let a = self.temp_slot(lay.size, lay.align);
                    self.zero_mem(a, lay.size);
                    self.init_at(a, e);
                    Val::M(a, true)
                }
            }
            Composite::Slice { elems, len, esc } => {
                let et = self.g.tt.elem(ty).unwrap_or(TypeId::INVALID);
                let et = self.g.tt.canonical(et);
                let at = self.g.tt.array(et, *len);
                let p = self.pos;
                let a = if *len == 0 {
                    self.sym_addr(crate::rt::ZEROBASE)
                } else {
                    self.alloc(at, *esc)
                };
                let es = self.size_of(et);
                for (i, ee) in elems {
                    let fa = self.off_ptr(a, (*i * es) as i64);
                    self.init_at(fa, ee);
                }
                self.pos = p;
                let n = self.int(*len as i64);
                Val::S(vec![a, n, n])
            }
            Composite::Map { entries, esc } => self.map_lit(entries, ty, *esc),
        }
    }

    // ------------------------------------------------------------ conversions

    fn conversion(&mut self, kind: ConvKind, x: &Expr, to: TypeId, esc: types::ir::Esc) -> Val {
        let p = self.pos;
        match kind {
            ConvKind::NoOp => {
                let v = self.expr(x);
                if self.is_ssa(to) != self.is_ssa(x.ty)
                    || self.leaves_of(to).len() != self.leaves_of(x.ty).len()
                {
                    self.ice("conversion between types of different shapes");
                    return self.zero_val(to);
                }
                v
            }
            ConvKind::Numeric => {
                let v = self.expr1(x);
                self.pos = p;
                Val::one(self.convert_num(v, x.ty, to))
            }
            ConvKind::PointerInt => {
                let v = self.expr1(x);
                self.pos = p;
                let st = shape::scalar_type(&self.g.tt, to).unwrap_or(Type::I64);
                if self.ty(v) == st {
                    Val::one(v)
                } else if self.ty(v).bytes() == st.bytes() {
                    Val::one(self.conv(Op::Bitcast, st, v))
                } else {
                    self.ice("pointer conversion of a non-word value");
                    Val::one(self.zero_of(st))
                }
            }
            ConvKind::IntToString => {
                let v = self.expr1(x);
                self.pos = p;
                let v = self.convert_num(v, x.ty, TypeId::INT64);
                Val::S(self.call(crate::rt::INTSTRING, &[v], &[Type::Ptr, Type::I64]))
            }
            ConvKind::StringToBytes if self.stack_alloc_ok(esc) && s_len_fits(x) => {
                // gc: a constant string's bytes in a stack array of its length
                let s = self.expr_leaves(x);
                self.pos = p;
                let n = x.const_value().and_then(|c| c.as_str()).map_or(0, |b| b.len() as u64);
                let buf = self.temp_slot(n.max(1), 1);
                if n > 0 {
                    self.move_mem(buf, s[0], n);
                }
                let nv = self.int(n as i64);
                Val::S(vec![buf, nv, nv])
            }
            ConvKind::StringToBytes if self.stack_alloc_ok(esc) => {
                // gc's tmpBuf: strings of up to 32 bytes are copied into a
                // stack buffer (cap 32), longer ones go to the heap
                let s = self.expr_leaves(x);
                self.pos = p;
                if s.len() != 2 {
                    self.ice("string conversion of a non-string");
                    return self.zero_val(to);
                }
                let out = self.temp_slot(24, 8);
                let small = self.new_block();
                let large = self.new_block();
                let join = self.new_block();
                let lim = self.int(32);
                let c = self.cmp(Op::LeqU, s[1], lim);
                self.branch(c, small, large);
                self.seal(small);
                self.seal(large);
                self.switch_to(small);
                let buf = self.temp_slot(32, 8);
                self.zero_mem(buf, 32);
                self.call(crate::rt::MEMMOVE, &[buf, s[0], s[1]], &[]);
                self.store(out, 0, buf);
                self.store(out, 8, s[1]);
                self.store(out, 16, lim);
                self.jump(join);
                self.switch_to(large);
                self.call(crate::rt::STRINGTOSLICEBYTE, &[out, s[0], s[1]], &[]);
                self.jump(join);
                self.seal(join);
                self.switch_to(join);
                Val::S(vec![
                    self.load(Type::Ptr, out, 0),
                    self.load(Type::I64, out, 8),
                    self.load(Type::I64, out, 16),
                ])
            }
            ConvKind::StringToBytes | ConvKind::StringToRunes => {
                let s = self.expr_leaves(x);
                self.pos = p;
                let out = self.temp_slot(24, 8);
                let f = if kind == ConvKind::StringToBytes {
                    crate::rt::STRINGTOSLICEBYTE
                } else {
                    crate::rt::STRINGTOSLICERUNE
                };
                let mut args = vec![out];
                args.extend(s);
                self.call(f, &args, &[]);
                Val::S(vec![
                    self.load(Type::Ptr, out, 0),
                    self.load(Type::I64, out, 8),
                    self.load(Type::I64, out, 16),
                ])
            }
            ConvKind::BytesToString | ConvKind::RunesToString => {
                let s = self.expr_leaves(x);
                self.pos = p;
                let f = if kind == ConvKind::BytesToString {
                    crate::rt::SLICEBYTETOSTRING
                } else {
                    crate::rt::SLICERUNETOSTRING
                };
                let args = [s.first().copied(), s.get(1).copied()];
                let args: Vec<Value> = args.into_iter().flatten().collect();
                Val::S(self.call(f, &args, &[Type::Ptr, Type::I64]))
            }
            ConvKind::ToInterface => {
                let v = self.expr(x);
                self.pos = p;
                let c = x.const_value().is_some();
                self.to_iface(v, x.ty, to, esc, c)
            }
            ConvKind::SliceToArrayPtr => {
                let s = self.expr_leaves(x);
                self.pos = p;
                let n = match self.g.tt.elem(to).map(|a| self.g.tt.under_kind(a).clone()) {
                    Some(TypeKind::Array(_, n)) => n,
                    _ => 0,
                };
                if s.len() == 3 {
                    let nv = self.int(n as i64);
                    if !self.g.opts.no_bounds {
                        let ok = self.cmp(Op::IsSliceInBounds, nv, s[1]);
                        let code = self.int(crate::index::BOUNDS_CONVERT);
                        self.check(ok, crate::rt::PANIC_BOUNDS, &[code, nv, s[1]]);
                    }
                    Val::one(s[0])
                } else {
                    Val::one(self.nil())
                }
            }
        }
    }

    /// Assignability conversion of a value from `from` to `to` (for the
    /// results of multi-value calls, whose conversions the IR leaves implicit).
    pub fn assign_conv(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let tt = &self.g.tt;
        if tt.canonical(from) == tt.canonical(to) || !tt.is_interface(to) {
            return v;
        }
        self.to_iface(v, from, to, types::ir::Esc::Unknown, false)
    }
}

/// A constant string short enough for a stack copy (`[]byte("...")`).
fn s_len_fits(x: &Expr) -> bool {
    x.const_value().and_then(|c| c.as_str()).is_some_and(|b| b.len() <= 64 * 1024)
}
