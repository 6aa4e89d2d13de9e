//! Where Go variables live, and function entry.
//!
//! Every local (parameter, result, variable, temporary) gets a [`Home`]:
//! * [`Home::Ssa`]: one SSA variable per leaf — when its address is never
//!   taken, no closure captures it by reference and its type is SSA-able.
//! * [`Home::Slot`]: a stack slot — non-SSA-able aggregates, variables whose
//!   address is taken but that do not escape (escape analysis cleared them),
//!   and, with `-N`, every variable (a load at every use, a store at every
//!   assignment, like gc's `-N`).
//! * [`Home::Boxed`]: a heap object from `runtime.newobject`, allocated when
//!   the declaration executes (so every execution, e.g. every loop iteration,
//!   gets a fresh variable), its pointer in an SSA variable — variables that
//!   escape (`moved to heap: x`), and without escape analysis every variable
//!   whose address is taken or that a closure captures by reference.
//! * [`Home::Fixed`]: memory whose address is known at entry: a by-reference
//!   parameter (the caller's copy), a by-reference result (the caller's
//!   buffer), a variable captured by reference (the pointer in the closure
//!   object), a parameter or result of a function with `defer` (the
//!   environment of its protected body).
//!
//! Closures capture by *value* (a copy in the closure object) a variable that
//! is never reassigned after its declaration and whose address is never
//! taken, like gc (`capturevars`), and by reference otherwise.

use crate::Gen;
use crate::expr::Val;
use crate::func::{Fb, RetMode};
use crate::shape::{self, FnShape, PassKind};
use ssa::{Slot, Type, Value};
use types::TypeId;
use types::ir::{FuncId, FuncKind, LocalId, LocalKind};

#[derive(Clone, Debug)]
pub enum Home {
    Ssa(Vec<u32>),
    Slot(Slot),
    Fixed(Value),
    Boxed(u32),
}

/// Where a newly declared variable goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    Ssa,
    Stack,
    Heap,
}

/// The variable a capture ultimately refers to: (declaring function, local).
pub fn capture_root(prog: &types::Program, f: FuncId, l: LocalId) -> (FuncId, LocalId) {
    let mut f = f;
    let mut l = l;
    for _ in 0..1000 {
        let fd = &prog.funcs[f];
        let Some(loc) = fd.locals.get(l) else { break };
        if loc.kind != LocalKind::Captured {
            break;
        }
        let Some(c) = fd.captures.iter().find(|c| c.inner == l) else { break };
        let FuncKind::Closure { parent: Some(p) } = fd.kind else { break };
        f = p;
        l = c.outer;
    }
    (f, l)
}

/// Does a closure capture the (root) variable `l` of `f` by value?
pub fn captured_by_value(g: &Gen<'_>, f: FuncId, l: LocalId) -> bool {
    let Some(loc) = g.prog.funcs[f].locals.get(l) else { return false };
    !loc.addr_taken
        && !loc.reassigned
        && !g.closure_mutated.contains(&(f, l))
        && loc.kind != LocalKind::Result
        && g.tt.size_of(loc.ty) <= 128
}

impl Fb<'_, '_> {
    pub fn local_ty(&self, l: LocalId) -> TypeId {
        match self.gf.and_then(|f| self.prog.funcs[f].locals.get(l)) {
            Some(loc) => loc.ty,
            None => TypeId::INVALID,
        }
    }

    /// Where variable `l` of the current function lives.
    pub fn placement(&self, l: LocalId) -> Placement {
        let Some(f) = self.gf else { return Placement::Stack };
        let Some(loc) = self.prog.funcs[f].locals.get(l) else { return Placement::Stack };
        let by_ref_capture = loc.captured && !captured_by_value(self.g, f, l);
        if loc.addr_taken || by_ref_capture {
            if self.g.opts.escape_analysis && !loc.heap && !self.defers_outlive_frame() {
                return Placement::Stack;
            }
            return Placement::Heap;
        }
        if self.g.opts.no_opt || !shape::ssa_able(&self.g.tt, loc.ty) {
            Placement::Stack
        } else {
            Placement::Ssa
        }
    }

    /// Create the home of `l` (not yet initialized).
    pub fn make_home(&mut self, l: LocalId) -> Home {
        let ty = self.local_ty(l);
        let name = self
            .gf
            .and_then(|f| self.prog.funcs[f].locals.get(l))
            .map(|x| x.name.clone())
            .unwrap_or_default();
        let h = match self.placement(l) {
            Placement::Ssa => {
                let ls = shape::ssa_leaves(&self.g.tt, ty);
                Home::Ssa(ls.iter().map(|lf| self.new_var(lf.ty)).collect())
            }
            Placement::Stack => {
                let lay = self.g.tt.layout(ty);
                Home::Slot(self.new_slot(lay.size, lay.align, &name))
            }
            Placement::Heap => Home::Boxed(self.new_var(Type::Ptr)),
        };
        self.homes.insert(l, h.clone());
        h
    }

    fn home(&mut self, l: LocalId) -> Home {
        match self.homes.get(&l) {
            Some(h) => h.clone(),
            None => {
                // a variable used before its declaration was seen (goto): give it a home
                let h = self.make_home(l);
                self.declare_home(l, &h);
                h
            }
        }
    }

    /// A variable comes into scope (gc's ODCL): a fresh, zeroed instance.
    pub fn declare(&mut self, l: LocalId) {
        let h = match self.homes.get(&l) {
            Some(h) => h.clone(),
            None => self.make_home(l),
        };
        self.declare_home(l, &h);
    }

    /// Declare a variable that is assigned right away: SSA-resident ones need
    /// no zero value.
    pub fn declare_for_assign(&mut self, l: LocalId) {
        let h = match self.homes.get(&l) {
            Some(h) => h.clone(),
            None => self.make_home(l),
        };
        if !matches!(h, Home::Ssa(_)) {
            self.declare_home(l, &h);
        }
    }

    fn declare_home(&mut self, l: LocalId, h: &Home) {
        let ty = self.local_ty(l);
        match h {
            Home::Ssa(vars) => {
                for &v in vars {
                    let t = self.var_ty(v);
                    let z = self.zero_of(t);
                    self.write_var(v, z);
                }
            }
            Home::Slot(s) => {
                let a = self.slot_addr(*s);
                let size = self.g.tt.size_of(ty);
                self.zero_mem(a, size);
            }
            Home::Boxed(v) => {
                let p = self.alloc_heap(ty);
                self.write_var(*v, p);
            }
            Home::Fixed(p) => {
                let size = self.g.tt.size_of(ty);
                self.zero_mem(*p, size);
            }
        }
    }

    /// `runtime.newobject(type.T)` (zeroed); `&runtime.zerobase` for size 0.
    pub fn alloc_heap(&mut self, ty: TypeId) -> Value {
        if self.g.tt.size_of(ty) == 0 {
            return self.sym_addr(crate::rt::ZEROBASE);
        }
        let d = self.type_desc(ty);
        self.call(crate::rt::NEWOBJECT, &[d], &[Type::Ptr])[0]
    }

    /// Whether an allocation site marked `esc` may live in this frame: escape
    /// analysis ran and said it does not escape, and deferred calls do not
    /// outlive the frame (see [`Self::defers_outlive_frame`]).
    pub fn stack_alloc_ok(&self, esc: types::ir::Esc) -> bool {
        esc == types::ir::Esc::Stack && self.g.opts.escape_analysis && !self.defers_outlive_frame()
    }

    /// A function with `defer` runs its body in a frame of its own
    /// (`F·body`, see [`crate::defers`]) while its deferred calls run after
    /// that frame is gone, in `F`'s: gc's escape analysis assumes they run
    /// in the function's frame, so nothing of such a function is put on the
    /// stack on its word (FIXME: reserve defer-reachable objects in `F`'s
    /// frame instead).
    pub fn defers_outlive_frame(&self) -> bool {
        self.gf.is_some_and(|f| self.prog.funcs[f].has_defer)
    }

    /// An allocation site's memory: a zeroed stack slot when escape analysis
    /// says it does not escape, else the heap.
    pub fn alloc(&mut self, ty: TypeId, esc: types::ir::Esc) -> Value {
        let stack = self.stack_alloc_ok(esc);
        let lay = self.g.tt.layout(ty);
        if stack && lay.size <= 64 * 1024 {
            let a = self.temp_slot(lay.size, lay.align);
            self.zero_mem(a, lay.size);
            a
        } else {
            self.alloc_heap(ty)
        }
    }

    /// The current value of `l`.
    pub fn read_local(&mut self, l: LocalId) -> Val {
        let ty = self.local_ty(l);
        match self.home(l) {
            Home::Ssa(vars) => Val::S(vars.iter().map(|&v| self.read_var(v)).collect()),
            h => {
                let a = self.home_addr(&h);
                self.load_val(a, ty)
            }
        }
    }

    /// The address of `l`'s home (None for SSA-resident variables).
    pub fn local_addr(&mut self, l: LocalId) -> Option<Value> {
        match self.home(l) {
            Home::Ssa(_) => None,
            h => Some(self.home_addr(&h)),
        }
    }

    fn home_addr(&mut self, h: &Home) -> Value {
        match h {
            Home::Slot(s) => self.slot_addr(*s),
            Home::Fixed(p) => *p,
            Home::Boxed(v) => self.read_var(*v),
            Home::Ssa(_) => self.nil(),
        }
    }

    pub fn local_is_ssa(&mut self, l: LocalId) -> bool {
        matches!(self.home(l), Home::Ssa(_))
    }

    /// Assign a whole value to `l`.
    pub fn write_local(&mut self, l: LocalId, v: Val) {
        let ty = self.local_ty(l);
        match self.home(l) {
            Home::Ssa(vars) => {
                let leaves = self.val_leaves(v, ty);
                if leaves.len() != vars.len() {
                    self.ice("assignment of a value with the wrong shape");
                    return;
                }
                for (var, x) in vars.iter().zip(leaves) {
                    self.write_var(*var, x);
                }
            }
            h => {
                let a = self.home_addr(&h);
                self.store_val(a, ty, v);
            }
        }
    }

    /// Assign leaves `[start, start+vals.len())` of an SSA-resident `l`.
    pub fn write_local_leaves(&mut self, l: LocalId, start: usize, vals: &[Value]) {
        if let Home::Ssa(vars) = self.home(l) {
            for (i, &x) in vals.iter().enumerate() {
                if let Some(&v) = vars.get(start + i) {
                    self.write_var(v, x);
                }
            }
        }
    }

    /// Bind a parameter-like local to its incoming values.
    pub fn bind_incoming(&mut self, l: LocalId, kind: &PassKind, vals: &[Value]) {
        let ty = self.local_ty(l);
        match kind {
            PassKind::Leaves(_) => {
                let h = self.make_home(l);
                match h {
                    Home::Boxed(v) => {
                        let p = self.alloc_heap(ty);
                        self.write_var(v, p);
                    }
                    Home::Ssa(_) | Home::Slot(_) | Home::Fixed(_) => {}
                }
                self.mark_nonneg(vals, ty);
                self.write_local(l, Val::S(vals.to_vec()));
            }
            PassKind::ByRef => {
                let p = vals.first().copied().unwrap_or_else(|| self.nil());
                match self.placement(l) {
                    Placement::Heap => {
                        let h = self.make_home(l);
                        if let Home::Boxed(v) = h {
                            let b = self.alloc_heap(ty);
                            self.write_var(v, b);
                            let size = self.g.tt.size_of(ty);
                            self.move_mem(b, p, size);
                        }
                    }
                    _ => {
                        self.homes.insert(l, Home::Fixed(p));
                    }
                }
            }
        }
    }

    /// Entry of a plain (defer-free) Go function: bind the closure context,
    /// receiver, parameters and results.
    pub fn bind_entry(&mut self, id: FuncId, shape: &FnShape) {
        let prog = self.prog;
        let fd = &prog.funcs[id];
        let params = self.params();
        let mut i = 0;
        if shape.ctx {
            let ctx = params[0];
            i = 1;
            crate::closures::bind_captures(self, id, ctx);
        }
        let take = |n: usize, i: &mut usize| -> Vec<Value> {
            let v = params.get(*i..*i + n).map(|s| s.to_vec()).unwrap_or_default();
            *i += n;
            v
        };
        if let (Some(r), Some((_, k))) = (fd.recv, &shape.recv) {
            let vals = take(k.count(), &mut i);
            self.bind_incoming(r, k, &vals);
        }
        for (l, (_, k)) in fd.params.iter().zip(&shape.params) {
            let vals = take(k.count(), &mut i);
            self.bind_incoming(*l, k, &vals);
        }
        // results: out pointers come last
        let mut outs = Vec::new();
        for (l, (_, k)) in fd.results.iter().zip(&shape.results) {
            match k {
                PassKind::ByRef => {
                    let p = take(1, &mut i).first().copied().unwrap_or_else(|| self.nil());
                    outs.push(Some(p));
                    if self.placement(*l) == Placement::Heap {
                        self.declare(*l);
                    } else {
                        self.homes.insert(*l, Home::Fixed(p));
                        self.declare(*l);
                    }
                }
                PassKind::Leaves(_) => {
                    outs.push(None);
                    // unnamed results are only ever set by `return`
                    let unnamed = fd.locals.get(*l).is_some_and(|x| x.name.starts_with("~r"));
                    if unnamed {
                        self.declare_for_assign(*l);
                    } else {
                        self.declare(*l);
                    }
                }
            }
        }
        self.out_ptrs = outs;
    }

    /// Return the current values of the named results (`return` without values,
    /// or falling off the end).
    pub fn return_current(&mut self) {
        let Some(id) = self.gf else {
            self.ret(vec![]);
            return;
        };
        if let RetMode::Body = self.ret_mode {
            self.ret(vec![]);
            self.dead_block();
            return;
        }
        let prog = self.prog;
        let results = prog.funcs[id].results.clone();
        let mut vals = Vec::new();
        for (i, l) in results.iter().enumerate() {
            let ty = self.local_ty(*l);
            let v = self.read_local(*l);
            match self.out_ptrs.get(i).copied().flatten() {
                Some(p) => {
                    // the result's home may be the buffer itself
                    if self.local_addr(*l) != Some(p) {
                        self.store_val(p, ty, v);
                    }
                }
                None => {
                    let ls = self.val_leaves(v, ty);
                    vals.extend(ls);
                }
            }
        }
        self.ret(vals);
        self.dead_block();
    }
}

/// Build a Go function without `defer`.
pub fn build_plain_func(g: &mut Gen<'_>, id: FuncId) {
    let prog = g.prog;
    let fd = &prog.funcs[id];
    let recv_ty = fd.recv.map(|r| fd.locals[r].ty);
    let is_closure = matches!(fd.kind, FuncKind::Closure { .. });
    let shape = FnShape::new(&g.tt, fd.sig, recv_ty, is_closure);
    let mut fb = Fb::new(g, fd.name.clone(), shape.sig.clone(), fd.pos);
    fb.gf = Some(id);
    fb.shape = Some(shape.clone());
    fb.bind_entry(id, &shape);
    if let Some(body) = &fd.body {
        fb.forward_labels = crate::stmt::forward_labels(&body.stmts);
        fb.block(&body.stmts);
    }
    if !fb.terminated() {
        fb.pos = fd.end;
        fb.return_current();
    }
    let f = fb.finish();
    g.add_func(f);
}
