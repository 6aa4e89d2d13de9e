//! `defer`, `recover` (docs/abi.md §6).
//!
//! A function F with `defer` is split in two:
//! * the outer `F` reserves a zeroed `DeferFrame` (`rt::DEFER_FRAME_SIZE`
//!   bytes, 16-aligned) and an *environment* in its frame: `{frame, closure
//!   context, receiver, parameters..., results...}`; parameters are stored
//!   there (or in heap boxes whose pointers are stored there, for those that
//!   escape), results are zeroed. It calls
//!   `runtime.callprotected(frame, F·body, env)`, then
//!   `runtime.deferreturn(frame)` (both after a normal return and after a
//!   recovered panic), then loads the results from the environment and
//!   returns them — so deferred closures that assign named results, and
//!   `recover`, give Go's results.
//! * `F·body(env)` is the function's code; its parameters and results live
//!   in the environment (their homes are `Home::Fixed`), `return` stores the
//!   results there, and `defer` statements push onto the frame loaded from
//!   the environment.
//!
//! `defer f(args)`: the function value / receiver / interface and the
//! arguments are evaluated at the `defer` statement (variadic arguments
//! packed) and stored in a heap object `{thunk, operands...}`; the thunk
//! `F.deferwrapN` (Go 1.21's name) loads them and performs the call.
//! `defer func(){...}()` defers the closure itself. Deferred builtins
//! (`print`, `println`, `panic`, `delete`) use thunks too. Every deferred
//! call is pushed with `runtime.deferproc(frame, closure)`, so defers in
//! loops simply push several.
//!
//! `recover()` calls `runtime.gorecover(0)`: the runtime finds the calling
//! function through its frame pointer and checks that it is the deferred
//! call (or the direct callee of a `deferprocw` thunk).

use crate::calls::Callee;
use crate::expr::Val;
use crate::func::{Fb, RetMode};
use crate::locals::{Home, Placement};
use crate::shape::{FnShape, PassKind};
use crate::wrappers::{Thunk, ThunkKind};
use crate::{Gen, Work};
use ssa::{Signature, Type, Value};
use types::TypeId;
use types::ir::{Builtin, CallKind, DotsKind, Expr, ExprKind, FuncId, FuncKind, LocalId};

fn align_up(x: u64, a: u64) -> u64 {
    if a <= 1 { x } else { x.div_ceil(a) * a }
}

/// Environment layout: (local, offset, boxed).
fn env_layout(fb: &Fb<'_, '_>, id: FuncId) -> (Vec<(LocalId, u64, bool)>, u64) {
    let fd = &fb.prog.funcs[id];
    let mut off = 16;
    let mut v = Vec::new();
    for &l in fd.recv.iter().chain(&fd.params).chain(&fd.results) {
        let heap = fb.placement(l) == Placement::Heap;
        let ty = fb.local_ty(l);
        let (size, align) = if heap {
            (8, 8)
        } else {
            let lay = fb.g.tt.layout(ty);
            (lay.size, lay.align)
        };
        off = align_up(off, align.max(1));
        v.push((l, off, heap));
        off += size;
    }
    (v, align_up(off, 8))
}

pub fn build_defer_func(g: &mut Gen<'_>, id: FuncId) {
    let prog = g.prog;
    let fd = &prog.funcs[id];
    let recv_ty = fd.recv.map(|r| fd.locals[r].ty);
    let is_closure = matches!(fd.kind, FuncKind::Closure { .. });
    let shape = FnShape::new(&g.tt, fd.sig, recv_ty, is_closure);
    let body_name = format!("{}·body", fd.name);
    // the outer function
    {
        let mut fb = Fb::new(g, fd.name.clone(), shape.sig.clone(), fd.pos);
        fb.gf = Some(id);
        let (layout, env_size) = env_layout(&fb, id);
        let params = fb.params();
        let frame = fb.temp_slot(crate::rt::DEFER_FRAME_SIZE, 16);
        fb.zero_mem(frame, crate::rt::DEFER_FRAME_SIZE);
        let env = fb.temp_slot(env_size, 8);
        fb.zero_mem(env, env_size);
        fb.store(env, 0, frame);
        let mut i = 0;
        if shape.ctx {
            fb.store(env, 8, params[0]);
            i = 1;
        }
        let kinds: Vec<(TypeId, PassKind)> =
            shape.recv.iter().cloned().chain(shape.params.iter().cloned()).collect();
        let nin = fd.recv.iter().count() + fd.params.len();
        for (k, (l, off, heap)) in layout.iter().take(nin).enumerate() {
            let (ty, pk) = kinds[k].clone();
            let home = fb.off_ptr(env, *off as i64);
            let dst = if *heap {
                let b = fb.alloc_heap(ty);
                fb.store(home, 0, b);
                b
            } else {
                home
            };
            let _ = l;
            match pk {
                PassKind::Leaves(tys) => {
                    let vals = params[i..i + tys.len()].to_vec();
                    i += tys.len();
                    fb.store_val(dst, ty, Val::S(vals));
                }
                PassKind::ByRef => {
                    let p = params[i];
                    i += 1;
                    let size = fb.size_of(ty);
                    fb.move_mem(dst, p, size);
                }
            }
        }
        // results: zeroed in the environment (or in fresh boxes)
        let mut outs = Vec::new();
        for (k, (_, off, heap)) in layout.iter().skip(nin).enumerate() {
            let (ty, pk) = shape.results[k].clone();
            if *heap {
                let b = fb.alloc_heap(ty);
                fb.store(env, *off as i64, b);
            }
            if pk == PassKind::ByRef {
                outs.push(Some(params[i]));
                i += 1;
            } else {
                outs.push(None);
            }
        }
        let body = fb.sym_addr(&body_name);
        fb.call(crate::rt::CALLPROTECTED, &[frame, body, env], &[Type::Bool]);
        fb.pos = fd.end;
        fb.call(crate::rt::DEFERRETURN, &[frame], &[]);
        let mut rets = Vec::new();
        for (k, (_, off, heap)) in layout.iter().skip(nin).enumerate() {
            let (ty, _) = shape.results[k].clone();
            let a = if *heap {
                fb.load(Type::Ptr, env, *off as i64)
            } else {
                fb.off_ptr(env, *off as i64)
            };
            let v = fb.load_val(a, ty);
            match outs[k] {
                Some(p) => fb.store_val(p, ty, v),
                None => rets.extend(fb.val_leaves(v, ty)),
            }
        }
        fb.ret(rets);
        let f = fb.finish();
        g.add_func(f);
    }
    // the protected body
    let sig = Signature::new(vec![Type::Ptr], vec![]);
    let mut fb = Fb::new(g, body_name, sig, fd.pos);
    fb.gf = Some(id);
    fb.ret_mode = RetMode::Body;
    let (layout, _) = env_layout(&fb, id);
    let env = fb.params()[0];
    let frame = fb.load(Type::Ptr, env, 0);
    fb.defer_frame = Some(frame);
    if shape.ctx {
        let ctx = fb.load(Type::Ptr, env, 8);
        crate::closures::bind_captures(&mut fb, id, ctx);
    }
    for (l, off, heap) in &layout {
        let a =
            if *heap { fb.load(Type::Ptr, env, *off as i64) } else { fb.off_ptr(env, *off as i64) };
        fb.homes.insert(*l, Home::Fixed(a));
    }
    if let Some(body) = &fd.body {
        fb.forward_labels = crate::stmt::forward_labels(&body.stmts);
        fb.block(&body.stmts);
    }
    if !fb.terminated() {
        fb.pos = fd.end;
        fb.ret(vec![]);
    }
    let f = fb.finish();
    g.add_func(f);
}

fn align_fields(fb: &Fb<'_, '_>, tys: &[TypeId]) -> (Vec<u64>, u64) {
    let mut off = 8;
    let mut offs = Vec::new();
    for &t in tys {
        let lay = fb.g.tt.layout(t);
        off = align_up(off, lay.align.max(1));
        offs.push(off);
        off += lay.size;
    }
    (offs, align_up(off, 8))
}

impl Fb<'_, '_> {
    fn thunk_name(&mut self, what: &str) -> String {
        let base =
            self.gf.map(|f| self.prog.funcs[f].name.clone()).unwrap_or_else(|| self.f.name.clone());
        let n = self.g.thunk_count.entry(format!("{base}.{what}")).or_insert(0);
        *n += 1;
        format!("{base}.{what}{n}")
    }

    /// Store operands in a new heap object `{code, operands...}` for a thunk.
    fn thunk_object(&mut self, what: &str, kind: ThunkKind, vals: Vec<(Val, TypeId)>) -> Value {
        let tys: Vec<TypeId> = vals.iter().map(|(_, t)| *t).collect();
        let (offs, size) = align_fields(self, &tys);
        let name = self.thunk_name(what);
        let n = self.int(size as i64);
        let nil = self.nil();
        let t = self.bool_const(true);
        let obj = self.call(crate::rt::MALLOCGC, &[n, nil, t], &[Type::Ptr])[0];
        let code = self.sym_addr(&name);
        self.store(obj, 0, code);
        for ((v, t), off) in vals.into_iter().zip(&offs) {
            let a = self.off_ptr(obj, *off as i64);
            self.store_val(a, t, v);
        }
        let th = Thunk { name, pos: self.pos, kind, fields: tys.into_iter().zip(offs).collect() };
        self.g.enqueue(Work::Thunk(Box::new(th)));
        obj
    }

    pub fn defer_stmt(&mut self, call: &Expr) {
        let Some(frame) = self.defer_frame else {
            self.ice("defer outside a function with defer");
            return;
        };
        let p = self.pos;
        let Some((closure, wrapped)) = self.call_closure(call, "deferwrap") else { return };
        self.pos = p;
        let f = if wrapped { crate::rt::DEFERPROCW } else { crate::rt::DEFERPROC };
        self.call(f, &[frame, closure], &[]);
    }

    /// `go f(x)`: `runtime.newproc(closure)` with the same closure a `defer`
    /// would push (thunks are named `F.gowrapN`).
    pub fn go_stmt(&mut self, call: &Expr) {
        let p = self.pos;
        let Some((closure, _)) = self.call_closure(call, "gowrap") else { return };
        self.pos = p;
        self.call(crate::rt::NEWPROC, &[closure], &[]);
    }

    /// A `func()` closure performing `call` later, with its operands
    /// evaluated now; `true` when it is a compiler thunk.
    fn call_closure(&mut self, call: &Expr, what: &str) -> Option<(Value, bool)> {
        let p = self.pos;
        let r = match &call.kind {
            ExprKind::Call(c)
                if matches!(c.kind, CallKind::Value(_))
                    && c.args.is_empty()
                    && !matches!(c.dots, DotsKind::Packed { .. }) =>
            {
                let CallKind::Value(f) = &c.kind else { return None };
                (self.expr1(f), false)
            }
            ExprKind::Call(c) => {
                let ops = self.call_operands(c, call);
                self.pos = p;
                let callee = ops.callee.clone();
                let shape = ops.shape.clone();
                (self.thunk_object(what, ThunkKind::Call { callee, shape }, ops.vals), true)
            }
            ExprKind::Builtin(b) => {
                let (kind, vals) = match &**b {
                    Builtin::Print { args, ln } => {
                        let mut vals = Vec::new();
                        for a in args {
                            let v = self.expr(a);
                            vals.push((self.stable(v, a.ty), a.ty));
                        }
                        (ThunkKind::Print { ln: *ln }, vals)
                    }
                    Builtin::Panic(x) => {
                        let v = self.expr(x);
                        (ThunkKind::Panic, vec![(v, x.ty)])
                    }
                    Builtin::Delete { map, key } => {
                        let m = self.expr(map);
                        let k = self.expr(key);
                        let k = self.stable(k, key.ty);
                        (ThunkKind::Delete { map_ty: map.ty }, vec![(m, map.ty), (k, key.ty)])
                    }
                    Builtin::Close(ch) => {
                        let c = self.expr(ch);
                        (ThunkKind::Close, vec![(c, ch.ty)])
                    }
                    Builtin::Recover => (ThunkKind::Nop, vec![]),
                    _ => {
                        // other builtins have no deferred effect: evaluate them now
                        let _ = self.expr(call);
                        (ThunkKind::Nop, vec![])
                    }
                };
                self.pos = p;
                (self.thunk_object(what, kind, vals), true)
            }
            _ => {
                self.ice("unsupported deferred expression");
                return None;
            }
        };
        Some(r)
    }

    /// `recover()`: (typ, data) of the recovered panic value, or nil.
    /// `runtime.gorecover(argp)` identifies the calling function by its frame
    /// pointer (docs/abi.md §9), so `argp` is 0.
    pub fn recover(&mut self) -> Vec<Value> {
        let z = self.int(0);
        self.call(crate::rt::GORECOVER, &[z], &[Type::Ptr, Type::Ptr])
    }
}

#[allow(dead_code)]
fn _unused(_: Callee) {}
