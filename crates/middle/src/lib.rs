//! The middle-end: gc 1.19's tree-IR optimizations on the typed IR, in gc's
//! order — dead code, inlining, devirtualization, escape analysis — with the
//! `-m` / `-m=2` diagnostics gc prints for them.
//!
//! [`run`] processes the packages in dependency order, as gc compiles them
//! one at a time: each package's functions are analyzed bottom-up over the
//! call graph's strongly connected components ([`scc`]), and what a package
//! exports to its importers (inlinable bodies and costs, escape summaries of
//! parameters) is available when the importers are processed. Only the
//! diagnostics of the user's package (`main`) are returned, in the order gc
//! prints them: for the whole package first the inliner's lines, then
//! devirtualization, then escape analysis (bottom-up, per component).
//!
//! The IR is rewritten in place: inlined calls are expanded (see
//! [`inline`]), devirtualized calls become static method calls, and escape
//! analysis sets [`types::ir::Esc`] on allocation sites and
//! [`types::ir::Local::heap`] on variables that must live on the heap.

pub mod cost;
pub mod deadcode;
pub mod devirt;
pub mod escape;
pub mod gcfmt;
pub mod inline;
pub mod multicall;
pub mod positions;
pub mod scc;
pub mod statics;

use syntax::Diagnostic;
use types::ir::*;

/// What the middle-end is asked to do.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `-m` level: 0 = no diagnostics, 1 = `-m`, 2 = `-m=2`.
    pub m: u32,
    /// `-l`: no inlining.
    pub no_inline: bool,
    /// File names indexed by `Pos::file`, for positions printed inside
    /// messages (`-m=2`'s `from … at ./a.go:3:9`).
    pub file_names: Vec<String>,
    /// Report every package's diagnostics, not only main's (for testing the
    /// bundled library against gc).
    pub all_packages: bool,
}

/// Runs the middle-end over the program; returns the `-m` diagnostics of
/// the main package in gc's order.
pub fn run(prog: &mut Program, opts: &Options) -> Vec<Diagnostic> {
    let mut out = vec![];
    let mut inl = inline::Inliner::new(opts.m);
    let mut esc = escape::Escape::new(opts);
    let order = prog.pkg_order.clone();
    for pkg in order {
        let report = (Some(pkg) == prog.main_pkg || opts.all_packages) && opts.m > 0;
        let roots = decl_order(prog, pkg);
        let mut all = vec![];
        for &f in &roots {
            with_closures(prog, f, &mut all);
        }
        for &f in &all {
            deadcode::func(prog, f);
            multicall::func(prog, f);
            positions::fix(prog, f);
        }
        inl.pkg = pkg;
        inl.report = report;
        if !opts.no_inline {
            for (list, recursive) in scc::bottom_up(prog, pkg, &roots) {
                let numfns = list.iter().filter(|f| !scc::is_hidden_closure(prog, **f)).count();
                for f in list {
                    if !recursive || numfns > 1 {
                        inl.can_inline(prog, f);
                    } else if opts.m > 1 && report {
                        let name = gcfmt::func_name(prog, pkg, f);
                        let pos = inline::decl_pos(prog, f);
                        inl.msgs.push(Diagnostic::info(
                            pos,
                            format!("cannot inline {}: recursive", name),
                        ));
                    }
                    inl.inline_calls(prog, f);
                }
            }
            inline_var_init(prog, pkg, &mut inl);
        }
        out.append(&mut inl.msgs);
        // devirtualization (after inlining, as in gc 1.19)
        let mut all = vec![];
        for &f in &roots {
            with_closures(prog, f, &mut all);
        }
        let mut d = devirt::run(prog, pkg, &all, report, &inl.sites);
        out.append(&mut d);
        // escape analysis
        let mut e = esc.package(prog, pkg, &roots, &inl, report);
        out.append(&mut e);
        if report && !opts.no_inline {
            let mut w = inl.report_wrappers(prog, pkg);
            out.append(&mut w);
        }
    }
    out
}

/// A package's functions in gc's declaration order (source order; closures
/// of package-level variable initializers are declarations too).
pub fn decl_order(prog: &Program, pkg: PkgId) -> Vec<FuncId> {
    let p = &prog.packages[pkg];
    let mut v: Vec<FuncId> = p.funcs.clone();
    for f in &p.init_funcs {
        if !v.contains(f) {
            v.push(*f);
        }
    }
    v.extend(p.glob_closures.iter().copied());
    v.sort_by_key(|f| {
        let pos = prog.funcs[*f].pos;
        (pos.file, pos.line, pos.col)
    });
    v.dedup();
    v
}

/// `f` and the closures inside it (depth first).
pub fn with_closures(prog: &Program, f: FuncId, out: &mut Vec<FuncId>) {
    out.push(f);
    for c in prog.funcs[f].closures.clone() {
        with_closures(prog, c, out);
    }
}

/// The package initialization function: gc inlines calls in package-level
/// variable initializers (and reports it after every function). The calls
/// are reported but kept: initializers are single expressions here.
fn inline_var_init(prog: &mut Program, pkg: PkgId, inl: &mut inline::Inliner) {
    if !inl.report {
        return;
    }
    let inits: Vec<Expr> = prog.packages[pkg].var_init.iter().map(|v| v.rhs.clone()).collect();
    for e in inits {
        inl.report_var_init_calls(prog, &e);
    }
}
