//! Closures, function values, method values and method expressions.
//!
//! A function value is a pointer to a closure object whose first word is the
//! code pointer (docs/abi.md §1). Layouts:
//! * function literal: `{code, captures...}` — each capture is a pointer to
//!   the variable (by reference) or a copy of its value (by value, see
//!   [`crate::locals`]), at its natural alignment, in the order of
//!   `Func::captures`. Inside the literal, by-reference captures live at the
//!   loaded pointer and by-value ones are loaded into SSA values at entry.
//!   The object is allocated with `runtime.mallocgc(size, nil, true)`, or in
//!   a stack slot when escape analysis says the literal does not escape. A
//!   literal without captures uses the read-only static object `F·f`.
//! * top-level function `F` used as a value: the static object `F·f = {F·w}`,
//!   where the wrapper `F·w` drops the context and calls `F`.
//! * method value `x.M`: `{T.M-fm, receiver}`; `T.M-fm` loads the receiver
//!   from the context and calls the method (interface method values store the
//!   interface and call through its itab; the nil check happens when the
//!   method value is created, as in gc).
//! * method expression `T.M`: the static object `T.M·f = {T.M·w}` whose
//!   code takes the receiver as first parameter (following embedded fields
//!   or calling through an interface as needed).

use crate::expr::Val;
use crate::func::Fb;
use crate::locals::{Home, capture_root, captured_by_value};
use crate::{Gen, Work};
use ssa::{DataObject, Reloc, Type, Value};
use types::TypeId;
use types::ir::{Esc, Expr, FuncId, LocalId, MethodRef};

/// One captured variable in a closure object.
#[derive(Clone, Debug)]
pub struct CapField {
    pub inner: LocalId,
    pub outer: LocalId,
    pub by_value: bool,
    pub off: u64,
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub struct ClosureLayout {
    pub fields: Vec<CapField>,
    pub size: u64,
}

fn align_up(x: u64, a: u64) -> u64 {
    if a <= 1 { x } else { x.div_ceil(a) * a }
}

impl Gen<'_> {
    pub(crate) fn closure_layout(&mut self, f: FuncId) -> ClosureLayout {
        if let Some(l) = self.closure_layouts.get(&f) {
            return l.clone();
        }
        let prog = self.prog;
        let fd = &prog.funcs[f];
        let mut off = 8;
        let mut fields = Vec::new();
        for c in &fd.captures {
            let ty = fd.locals.get(c.inner).map(|l| l.ty).unwrap_or(TypeId::INVALID);
            let (rf, rl) = capture_root(prog, f, c.inner);
            let by_value = captured_by_value(self, rf, rl);
            let (size, align) = if by_value {
                let l = self.tt.layout(ty);
                (l.size, l.align)
            } else {
                (8, 8)
            };
            off = align_up(off, align);
            fields.push(CapField { inner: c.inner, outer: c.outer, by_value, off, ty });
            off += size;
        }
        let l = ClosureLayout { fields, size: align_up(off, 8) };
        self.closure_layouts.insert(f, l.clone());
        l
    }

    /// A read-only static closure object `{code}` named `name`.
    pub(crate) fn static_closure(&mut self, name: &str, code: &str) {
        if self.data_syms.contains(name) {
            return;
        }
        let mut d = DataObject::bytes(name, vec![0; 8], 8, true);
        d.relocs.push(Reloc { offset: 0, sym: code.into(), addend: 0 });
        self.add_data(d);
    }
}

/// The static closure object of top-level function `f` (`F·f`).
pub fn func_value_sym(g: &mut Gen<'_>, f: FuncId) -> String {
    let fd = &g.prog.funcs[f];
    if matches!(fd.kind, types::ir::FuncKind::Closure { .. }) {
        let sym = g.func_sym(f);
        let obj = format!("{sym}·f");
        g.static_closure(&obj, &sym);
        return obj;
    }
    let target = g.func_sym(f);
    let obj = format!("{}·f", fd.name);
    let code = format!("{}·w", fd.name);
    g.enqueue(Work::FuncValue(f));
    let _ = target;
    g.static_closure(&obj, &code);
    obj
}

/// Bind the captured variables of closure `f` from its context pointer.
pub fn bind_captures(fb: &mut Fb<'_, '_>, f: FuncId, ctx: Value) {
    let layout = fb.g.closure_layout(f);
    for cf in &layout.fields {
        if cf.by_value {
            if fb.is_ssa(cf.ty) && !fb.g.opts.no_opt {
                let a = fb.off_ptr(ctx, cf.off as i64);
                let v = fb.load_val(a, cf.ty);
                let h = fb.make_home(cf.inner);
                if let Home::Ssa(_) = h {
                    fb.write_local(cf.inner, v);
                } else {
                    // placement disagrees (flags): keep it in the object
                    fb.homes.insert(cf.inner, Home::Fixed(a));
                }
            } else {
                let a = fb.off_ptr(ctx, cf.off as i64);
                fb.homes.insert(cf.inner, Home::Fixed(a));
            }
        } else {
            let p = fb.load(Type::Ptr, ctx, cf.off as i64);
            fb.homes.insert(cf.inner, Home::Fixed(p));
        }
    }
}

impl Fb<'_, '_> {
    /// Allocate `size` bytes for a closure-like object (zeroed).
    pub fn alloc_object(&mut self, size: u64, esc: Esc) -> Value {
        if self.stack_alloc_ok(esc) && size <= 64 * 1024 {
            let a = self.temp_slot(size, 8);
            self.zero_mem(a, size);
            return a;
        }
        let n = self.int(size as i64);
        let nil = self.nil();
        let t = self.bool_const(true);
        self.call(crate::rt::MALLOCGC, &[n, nil, t], &[Type::Ptr])[0]
    }

    /// Evaluate a function literal: its closure object.
    pub fn func_lit(&mut self, f: FuncId, esc: Esc) -> Value {
        let layout = self.g.closure_layout(f);
        let sym = self.g.func_sym(f);
        if layout.fields.is_empty() {
            let obj = format!("{sym}·f");
            self.g.static_closure(&obj, &sym);
            return self.sym_addr(&obj);
        }
        let obj = self.alloc_object(layout.size, esc);
        let code = self.sym_addr(&sym);
        self.store(obj, 0, code);
        for cf in &layout.fields {
            if cf.by_value {
                let v = self.read_local(cf.outer);
                let a = self.off_ptr(obj, cf.off as i64);
                self.store_val(a, cf.ty, v);
            } else {
                match self.local_addr(cf.outer) {
                    Some(a) => self.store(obj, cf.off as i64, a),
                    None => self.ice("variable captured by reference has no address"),
                }
            }
        }
        obj
    }

    /// `x.M` not called.
    pub fn method_value(
        &mut self,
        recv: &Expr,
        method: &MethodRef,
        esc: Esc,
        _ty: TypeId,
    ) -> Value {
        let p = self.pos;
        match method {
            MethodRef::Static(func) => {
                let v = self.expr(recv);
                self.pos = p;
                let lay = self.g.tt.layout(recv.ty);
                let off = align_up(8, lay.align.max(1));
                let size = align_up(off + lay.size, 8);
                let obj = self.alloc_object(size, esc);
                let code_sym = format!("{}-fm", self.prog.funcs[*func].name);
                self.g.enqueue(Work::MethodValue { func: *func });
                let code = self.sym_addr(&code_sym);
                self.store(obj, 0, code);
                let a = self.off_ptr(obj, off as i64);
                self.store_val(a, recv.ty, v);
                obj
            }
            MethodRef::Interface { index, .. } => {
                let ls = self.expr_leaves(recv);
                self.pos = p;
                if ls.len() != 2 {
                    return self.nil();
                }
                self.nil_check(ls[0]);
                let obj = self.alloc_object(24, esc);
                let iface = self.g.tt.canonical(recv.ty);
                let code_sym = crate::wrappers::iface_method_value_name(self.g, iface, *index);
                self.g.enqueue(Work::IfaceMethodValue { iface, index: *index });
                let code = self.sym_addr(&code_sym);
                self.store(obj, 0, code);
                self.store(obj, 8, ls[0]);
                self.store(obj, 16, ls[1]);
                obj
            }
        }
    }

    /// `T.M` as a function value.
    pub fn method_expr(&mut self, recv_type: TypeId, method: &MethodRef) -> Value {
        let name = match method {
            MethodRef::Static(f) => {
                self.prog.funcs[*f].name.rsplit('.').next().unwrap_or("").to_string()
            }
            MethodRef::Interface { name, .. } => name.clone(),
        };
        let recv = self.g.tt.canonical(recv_type);
        let code = crate::wrappers::method_expr_name(self.g, recv, &name);
        self.g.enqueue(Work::MethodExpr { recv, method: name });
        let obj = format!("{code}·f");
        let code_sym = format!("{code}·w");
        self.g.static_closure(&obj, &code_sym);
        self.sym_addr(&obj)
    }
}

#[allow(dead_code)]
fn _unused(_: Val) {}

/// Variables (as their root: declaring function and local) that some
/// closure assigns or takes the address of. The checker's `reassigned` and
/// `addr_taken` flags describe the declaring function's own body; together
/// with this set they decide by-value capture.
pub fn closure_mutated(prog: &types::Program) -> std::collections::HashSet<(FuncId, LocalId)> {
    use types::ir::{ExprKind, FuncKind, IndexKind, LocalKind, Stmt, StmtKind};
    let mut out = std::collections::HashSet::new();
    for (fid, fd) in prog.funcs.iter() {
        if !matches!(fd.kind, FuncKind::Closure { .. }) || fd.captures.is_empty() {
            continue;
        }
        let Some(body) = &fd.body else { continue };
        let mark = |e: &Expr, out: &mut std::collections::HashSet<(FuncId, LocalId)>| {
            let mut e = e;
            loop {
                match &e.kind {
                    ExprKind::Field { x, ptr: false, .. } => e = x,
                    ExprKind::Index { kind: IndexKind::Array, x, .. } => e = x,
                    ExprKind::Local(l) => {
                        if fd.locals.get(*l).is_some_and(|x| x.kind == LocalKind::Captured) {
                            out.insert(capture_root(prog, fid, *l));
                        }
                        break;
                    }
                    _ => break,
                }
            }
        };
        fn exprs(e: &Expr, f: &mut dyn FnMut(&Expr)) {
            if let ExprKind::AddrOf { x, .. } = &e.kind {
                f(x);
            }
            if let ExprKind::Slice { kind: types::ir::SliceKind::ArrayPtr, x, .. } = &e.kind {
                if let ExprKind::AddrOf { x, .. } = &x.kind {
                    f(x);
                }
            }
            e.for_each_child(&mut |c| exprs(c, f));
        }
        fn stmts(ss: &[Stmt], lv: &mut dyn FnMut(&Expr)) {
            for s in ss {
                stmt(s, lv);
            }
        }
        fn stmt(s: &Stmt, lv: &mut dyn FnMut(&Expr)) {
            match &s.kind {
                StmtKind::Assign { lhs, rhs, .. } => {
                    lv(lhs);
                    exprs(lhs, lv);
                    if let Some(r) = rhs {
                        exprs(r, lv);
                    }
                }
                StmtKind::AssignList { lhs, rhs, .. } => {
                    for l in lhs {
                        lv(l);
                        exprs(l, lv);
                    }
                    for r in rhs {
                        exprs(r, lv);
                    }
                }
                StmtKind::AssignCall { lhs, call: rhs, .. }
                | StmtKind::AssignOk { lhs, rhs, .. } => {
                    for l in lhs {
                        lv(l);
                        exprs(l, lv);
                    }
                    exprs(rhs, lv);
                }
                StmtKind::OpAssign { lhs, rhs, .. } => {
                    lv(lhs);
                    exprs(lhs, lv);
                    exprs(rhs, lv);
                }
                StmtKind::Expr(e) | StmtKind::Defer(e) | StmtKind::Go(e) => exprs(e, lv),
                StmtKind::Block(b) => stmts(&b.stmts, lv),
                StmtKind::If { init, cond, then, els } => {
                    if let Some(i) = init {
                        stmt(i, lv);
                    }
                    exprs(cond, lv);
                    stmts(&then.stmts, lv);
                    if let Some(e) = els {
                        stmt(e, lv);
                    }
                }
                StmtKind::For { init, cond, post, body, .. } => {
                    if let Some(i) = init {
                        stmt(i, lv);
                    }
                    if let Some(c) = cond {
                        exprs(c, lv);
                    }
                    if let Some(p) = post {
                        stmt(p, lv);
                    }
                    stmts(&body.stmts, lv);
                }
                StmtKind::Range { key, value, define, x, body, .. } => {
                    if !define {
                        for e in [key, value].into_iter().flatten() {
                            lv(e);
                            exprs(e, lv);
                        }
                    }
                    exprs(x, lv);
                    stmts(&body.stmts, lv);
                }
                StmtKind::Switch { init, tag, cases, .. } => {
                    if let Some(i) = init {
                        stmt(i, lv);
                    }
                    if let Some(t) = tag {
                        exprs(t, lv);
                    }
                    for c in cases {
                        c.values.iter().for_each(|v| exprs(v, lv));
                        stmts(&c.body, lv);
                    }
                }
                StmtKind::TypeSwitch { init, x, cases, .. } => {
                    if let Some(i) = init {
                        stmt(i, lv);
                    }
                    exprs(x, lv);
                    for c in cases {
                        stmts(&c.body, lv);
                    }
                }
                StmtKind::Select { cases, .. } => {
                    for c in cases {
                        if let Some(s) = &c.comm {
                            stmt(s, lv);
                        }
                        stmts(&c.body, lv);
                    }
                }
                StmtKind::Return(es) => es.iter().for_each(|e| exprs(e, lv)),
                StmtKind::Labeled { stmt: s, .. } => stmt(s, lv),
                StmtKind::Send { ch, value } => {
                    exprs(ch, lv);
                    exprs(value, lv);
                }
                _ => {}
            }
        }
        stmts(&body.stmts, &mut |e| mark(e, &mut out));
    }
    out
}
