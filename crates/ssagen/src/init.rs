//! Package initialization (docs/abi.md §2).
//!
//! Each package `P` other than `main` that has something to do gets `P.init`:
//! its package-level variables initialized in the checker's order (static
//! initializers — see [`crate::data`] — need no code), then its `init`
//! functions `P.init.0`, `P.init.1`, …. `main.init` calls those of every
//! package in dependency order (the checker's `pkg_order`), then initializes
//! the main package's variables and calls `main.init.0`, ….

use crate::Gen;
use crate::func::Fb;
use ssa::Signature;
use syntax::Pos;
use types::ir::{ExprKind, PkgId};

/// Emit the initialization code of package `p` into `fb`.
fn pkg_init_code(fb: &mut Fb<'_, '_>, p: PkgId) {
    let prog = fb.prog;
    let pkg = &prog.packages[p];
    for vi in &pkg.var_init {
        fb.pos = vi.pos;
        if vi.lhs.len() == 1 {
            if let Some(gid) = vi.lhs[0] {
                if let Some(buf) = fb.g.static_value(&vi.rhs, &pkg.path) {
                    fb.g.global_sym(gid);
                    fb.g.static_init.insert(gid, buf);
                    continue;
                }
                let v = fb.expr(&vi.rhs);
                let a = fb.global_addr(gid);
                let ty = prog.globals[gid].ty;
                let v = fb.assign_conv(v, vi.rhs.ty, ty);
                fb.store_val(a, ty, v);
            } else {
                let _ = fb.expr(&vi.rhs);
            }
            continue;
        }
        let vals = fb.multi_values(&vi.rhs);
        let mut vs = Vec::new();
        for (v, t) in vals {
            vs.push((fb.stable(v, t), t));
        }
        for (lhs, (v, t)) in vi.lhs.iter().zip(vs) {
            if let Some(gid) = lhs {
                let ty = prog.globals[*gid].ty;
                let v = fb.assign_conv(v, t, ty);
                let a = fb.global_addr(*gid);
                fb.store_val(a, ty, v);
            }
        }
    }
    for &f in &pkg.init_funcs {
        fb.pos = prog.funcs[f].pos;
        let sym = fb.g.func_sym(f);
        fb.call(&sym, &[], &[]);
    }
}

/// `P.init` of a bundled package; false when it would be empty.
fn build_one(g: &mut Gen<'_>, p: PkgId) -> Option<String> {
    let prog = g.prog;
    let pkg = &prog.packages[p];
    let name = format!("{}.init", pkg.path);
    let mut fb = Fb::new(g, name.clone(), Signature::default(), Pos::NONE);
    pkg_init_code(&mut fb, p);
    let empty = fb.f.layout.len() == 1 && fb.f.blocks[fb.f.layout[0]].insts.is_empty();
    fb.ret(vec![]);
    let f = fb.finish();
    if empty {
        return None;
    }
    g.add_func(f);
    Some(name)
}

/// `main.init`.
pub fn build_main_init(g: &mut Gen<'_>) {
    let prog = g.prog;
    let Some(main) = prog.main_pkg else { return };
    let mut calls = Vec::new();
    for &p in &prog.pkg_order {
        if p == main {
            continue;
        }
        if let Some(n) = build_one(g, p) {
            calls.push(n);
        }
    }
    let mut fb = Fb::new(g, "main.init".into(), Signature::default(), Pos::NONE);
    for c in calls {
        fb.call(&c, &[], &[]);
    }
    pkg_init_code(&mut fb, main);
    fb.pos = Pos::NONE;
    fb.ret(vec![]);
    let f = fb.finish();
    g.add_func(f);
    let _ = ExprKind::Nil;
}
