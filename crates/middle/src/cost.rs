//! gc 1.19's inlining cost model (inline/inl.go's hairyVisitor), counted on
//! the typed IR as if it were gc's IR: one unit per gc node, names and
//! literals included (`return a + b` costs 4), with gc's exceptions:
//!
//! * free: no-op conversions (OCONVNOP), blocks, method expressions (their
//!   type operand still costs 1), local constant declarations, `fallthrough`,
//!   the untaken branch of an `if` with a constant condition;
//! * a call costs the callee's inlining cost if it is inlinable, 57 more
//!   otherwise (interface calls and calls of function values included);
//!   intrinsics (math.Sqrt, math/bits.Len64, …) cost like any node;
//! * `panic` costs one more, minus one for its implicit interface conversion;
//! * a function literal costs 15 more plus its body;
//! * method values and slice literals cost one more; `*&x` one less;
//! * gc's typechecker rewrites the IR in places the typed IR does not: a
//!   single multi-value argument or return operand (`f(g())`) becomes an
//!   OAS2FUNC into temporaries, implicit nodes (`&x` receivers, embedded
//!   field steps, conversions to interfaces) are real nodes, keyed elements
//!   of array and slice literals are OKEY nodes.
//!
//! Unhandled statements (`defer`, `go`, local type declarations) and
//! `recover()` make a function non-inlinable, whatever its cost.

use crate::statics::{Defs, static_value};
use types::TypeId;
use types::ir::*;
use types::types::TypeKind;

pub const MAX_BUDGET: i32 = 80;
pub const EXTRA_CALL_COST: i32 = 57;

/// How the cost model learns about callees.
pub trait Callees {
    /// The inlining cost of `f` if it is inlinable (deciding it now if needed,
    /// as gc's inlCallee does for closures).
    fn inl_cost(&mut self, prog: &Program, f: FuncId) -> Option<i32>;
}

/// The callee of a call if it is statically known (gc's `inlCallee`).
pub fn static_callee(prog: &Program, defs: Option<&Defs>, call: &Call) -> Option<FuncId> {
    match &call.kind {
        CallKind::Func(f) => Some(*f),
        CallKind::Method { func, .. } => Some(*func),
        CallKind::Interface { .. } => None,
        CallKind::Value(v) => {
            let v = match defs {
                Some(d) => static_value(d, v),
                None => v,
            };
            match &v.kind {
                ExprKind::Func(f) => Some(*f),
                ExprKind::FuncLit { func, .. } => Some(*func),
                ExprKind::MethodExpr { method: MethodRef::Static(f), recv_type } => {
                    // gc requires the method's receiver type to be the operand type
                    let func = &prog.funcs[*f];
                    let rt = func.recv.map(|r| func.locals[r].ty)?;
                    if prog.types.identical(rt, *recv_type) { Some(*f) } else { None }
                }
                _ => None,
            }
        }
    }
}

/// Whether a call to `f` is one gc compiles as an intrinsic on amd64.
pub fn is_intrinsic(prog: &Program, f: FuncId) -> bool {
    let func = &prog.funcs[f];
    let pkg = &prog.packages[func.pkg].path;
    let name = func.name.rsplit('.').next().unwrap_or("");
    if !matches!(func.kind, FuncKind::Func) {
        return false;
    }
    match pkg.as_str() {
        "math" => matches!(name, "Ceil" | "FMA" | "Floor" | "RoundToEven" | "Sqrt" | "Trunc"),
        "math/bits" => matches!(
            name,
            "Len"
                | "Len8"
                | "Len16"
                | "Len32"
                | "Len64"
                | "OnesCount"
                | "OnesCount16"
                | "OnesCount32"
                | "OnesCount64"
                | "ReverseBytes32"
                | "ReverseBytes64"
                | "TrailingZeros8"
                | "TrailingZeros16"
                | "TrailingZeros32"
                | "TrailingZeros64"
                | "RotateLeft"
                | "RotateLeft8"
                | "RotateLeft16"
                | "RotateLeft32"
                | "RotateLeft64"
                | "Add"
                | "Add64"
                | "Sub"
                | "Sub64"
                | "Mul"
                | "Mul64"
                | "Div"
                | "Div64"
        ),
        _ => false,
    }
}

/// The hairy visitor: counts down `budget` over a function body.
pub struct Hairy<'a, C: Callees> {
    pub prog: &'a Program,
    pub callees: &'a mut C,
    pub budget: i32,
    pub reason: Option<String>,
    /// Keep counting past the budget (gc does with -m=2).
    pub full: bool,
    /// Static values of the function being costed (and of closures inside).
    pub defs: Vec<(FuncId, Defs)>,
    pub func: FuncId,
}

type R = Result<(), ()>;

impl<'a, C: Callees> Hairy<'a, C> {
    pub fn new(prog: &'a Program, callees: &'a mut C, func: FuncId, full: bool) -> Self {
        Hairy {
            prog,
            callees,
            budget: MAX_BUDGET,
            reason: None,
            full,
            defs: vec![(func, Defs::of(prog, func))],
            func,
        }
    }

    /// Runs over `func`'s body; Ok(cost) if inlinable, Err(reason) otherwise.
    pub fn run(mut self) -> Result<i32, String> {
        let body = match &self.prog.funcs[self.func].body {
            Some(b) => b,
            None => return Err("no function body".into()),
        };
        if self.stmts(&body.stmts).is_err() {
            return Err(self.reason.unwrap_or_else(|| "too expensive".into()));
        }
        if self.budget < 0 {
            return Err(format!(
                "function too complex: cost {} exceeds budget {}",
                MAX_BUDGET - self.budget,
                MAX_BUDGET
            ));
        }
        Ok(MAX_BUDGET - self.budget)
    }

    fn defs(&self) -> Option<&Defs> {
        self.defs.last().map(|(_, d)| d)
    }

    /// One node: charge `n` units and check the budget (gc's `v.budget--`
    /// at the end of doNode, before visiting the children).
    fn node(&mut self, n: i32) -> R {
        self.budget -= n;
        if self.budget < 0 && !self.full {
            if self.reason.is_none() {
                self.reason = Some("too expensive".into());
            }
            return Err(());
        }
        Ok(())
    }

    fn fail(&mut self, why: String) -> R {
        self.reason = Some(why);
        Err(())
    }

    fn stmts(&mut self, ss: &[Stmt]) -> R {
        for s in ss {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn decls(&mut self, n: usize) -> R {
        for _ in 0..n {
            self.node(2)?; // ODCL + its ONAME
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::Empty => Ok(()),
            StmtKind::Decl(_) => self.node(2),
            StmtKind::TypeDecl(_) => self.fail("unhandled op DCLTYPE".into()),
            StmtKind::ConstDecl { .. } => Ok(()),
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { lhs, rhs, decls, .. } => {
                self.node(1)?;
                self.decls(decls.len())?;
                self.expr(lhs)?;
                if let Some(r) = rhs {
                    self.expr(r)?;
                }
                Ok(())
            }
            StmtKind::AssignList { lhs, rhs, decls, .. } => {
                self.node(1)?;
                self.decls(decls.len())?;
                self.exprs(lhs)?;
                self.exprs(rhs)
            }
            StmtKind::AssignCall { lhs, call, decls, .. } => {
                self.node(1)?;
                self.decls(decls.len())?;
                self.exprs(lhs)?;
                self.expr(call)
            }
            StmtKind::AssignOk { lhs, rhs, decls, .. } => {
                self.node(1)?;
                self.decls(decls.len())?;
                self.exprs(lhs)?;
                self.expr(rhs)
            }
            StmtKind::OpAssign { lhs, rhs, .. } => {
                self.node(1)?;
                self.expr(lhs)?;
                self.expr(rhs)
            }
            StmtKind::If { init, cond, then, els } => {
                if let Some(b) = cond.const_value().and_then(|v| v.as_bool()) {
                    // the if and its condition cost nothing
                    if let Some(i) = init {
                        self.stmt(i)?;
                    }
                    if b {
                        return self.stmts(&then.stmts);
                    }
                    if let Some(e) = els {
                        return self.stmt(e);
                    }
                    return Ok(());
                }
                self.node(1)?;
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                self.expr(cond)?;
                self.stmts(&then.stmts)?;
                if let Some(e) = els {
                    self.stmt(e)?;
                }
                Ok(())
            }
            StmtKind::For { init, cond, post, body, .. } => {
                self.node(1)?;
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                if let Some(c) = cond {
                    self.expr(c)?;
                }
                if let Some(p) = post {
                    self.stmt(p)?;
                }
                self.stmts(&body.stmts)
            }
            StmtKind::Range { key, value, x, body, decls, .. } => {
                self.node(1)?;
                self.decls(decls.len())?;
                self.expr(x)?;
                if let Some(k) = key {
                    self.expr(k)?;
                } else if value.is_some() {
                    self.node(1)?; // the blank key
                }
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.stmts(&body.stmts)
            }
            StmtKind::Switch { init, tag, cases, .. } => {
                self.node(1)?;
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                if let Some(t) = tag {
                    self.expr(t)?;
                }
                for c in cases {
                    self.node(1)?;
                    self.exprs(&c.values)?;
                    self.stmts(&c.body)?;
                }
                Ok(())
            }
            StmtKind::TypeSwitch { init, bind, x, cases, .. } => {
                self.node(1)?;
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                // the type switch guard, its bound identifier, its operand
                self.node(1)?;
                if bind.is_some() {
                    self.node(1)?;
                }
                self.expr(x)?;
                for c in cases {
                    self.node(1)?;
                    if c.local.is_some() {
                        self.node(1)?;
                    }
                    for _ in &c.types {
                        self.node(1)?;
                    }
                    self.stmts(&c.body)?;
                }
                Ok(())
            }
            StmtKind::Select { cases, .. } => {
                self.node(1)?;
                for c in cases {
                    self.node(1)?;
                    if let Some(cm) = &c.comm {
                        self.stmt(cm)?;
                    }
                    self.stmts(&c.body)?;
                }
                Ok(())
            }
            StmtKind::Return(es) => {
                self.node(1)?;
                if es.len() == 1 && is_tuple_call(self.prog, &es[0]) {
                    let func = &self.prog.funcs[self.defs.last().map(|d| d.0).unwrap_or(self.func)];
                    let targets: Vec<TypeId> =
                        func.results.iter().map(|r| func.locals[*r].ty).collect();
                    return self.multi_value(&es[0], &targets);
                }
                self.exprs(es)
            }
            StmtKind::Break { .. } | StmtKind::Continue { .. } | StmtKind::Goto(_) => self.node(1),
            StmtKind::Fallthrough => Ok(()),
            StmtKind::Labeled { stmt, .. } => {
                self.node(1)?;
                self.stmt(stmt)
            }
            StmtKind::Defer(_) => self.fail("unhandled op DEFER".into()),
            StmtKind::Go(_) => self.fail("unhandled op GO".into()),
            StmtKind::Send { ch, value } => {
                self.node(1)?;
                self.expr(ch)?;
                self.expr(value)
            }
        }
    }

    /// gc's rewrite of a multi-value operand `f(g())` / `return g()`: the
    /// results (N temporaries) plus `t1, t2 := g()` (OAS2FUNC with N ODCLs).
    fn multi_value(&mut self, call: &Expr, targets: &[TypeId]) -> R {
        let tys: Vec<TypeId> =
            self.prog.types.tuple_types(call.ty).map(|t| t.to_vec()).unwrap_or_default();
        let n = tys.len() as i32;
        self.node(n)?; // the temporaries as operands
        // converted to interface-typed parameters/results
        for (i, t) in tys.iter().enumerate() {
            if let Some(&want) = targets.get(i) {
                let tt = &self.prog.types;
                if tt.is_interface(want) && !tt.identical(want, *t) {
                    self.node(1)?;
                }
            }
        }
        self.node(1 + 2 * n + n)?; // OAS2FUNC, ODCLs, lhs
        self.expr(call)
    }

    /// The parameter types a call's arguments are assigned to.
    fn param_targets(&self, c: &Call, n: usize) -> Vec<TypeId> {
        let tt = &self.prog.types;
        let sig_ty = match &c.kind {
            CallKind::Func(f) | CallKind::Method { func: f, .. } => Some(self.prog.funcs[*f].sig),
            CallKind::Interface { recv, index, .. } => {
                tt.interface_methods(recv.ty).get(*index).map(|m| m.sig)
            }
            CallKind::Value(v) => Some(v.ty),
        };
        let Some(sig) = sig_ty.and_then(|t| tt.signature(tt.under(t))) else { return vec![] };
        let mut out = vec![];
        for i in 0..n {
            let np = sig.params.len();
            if sig.variadic && i + 1 >= np {
                let last = sig.params.last().map(|p| p.ty).unwrap_or(TypeId::INVALID);
                out.push(tt.elem(last).unwrap_or(last));
            } else if let Some(p) = sig.params.get(i) {
                out.push(p.ty);
            }
        }
        out
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::Func(_)
            | ExprKind::Const(_)
            | ExprKind::Nil
            | ExprKind::Blank => self.node(1),
            ExprKind::Unary { x, .. } => {
                self.node(1)?;
                self.expr(x)
            }
            ExprKind::Binary { x, y, .. }
            | ExprKind::Compare { x, y, .. }
            | ExprKind::Logical { x, y, .. } => {
                self.node(1)?;
                self.expr(x)?;
                self.expr(y)
            }
            ExprKind::AddString { args, .. } => {
                self.node(1)?;
                self.exprs(args)
            }
            ExprKind::AddrOf { x, .. } => {
                self.node(1)?;
                self.expr(x)
            }
            ExprKind::Deref { x, .. } => {
                let mut p: &Expr = x;
                while let ExprKind::Conv { kind: ConvKind::NoOp, x, .. } = &p.kind {
                    p = x;
                }
                if matches!(p.kind, ExprKind::AddrOf { .. }) {
                    self.budget += 1;
                }
                self.node(1)?;
                self.expr(x)
            }
            ExprKind::Field { x, .. } => {
                self.node(1)?;
                self.expr(x)
            }
            ExprKind::Index { x, index, .. } => {
                self.node(1)?;
                self.expr(x)?;
                self.expr(index)
            }
            ExprKind::MapIndex { map, key, .. } => {
                self.node(1)?;
                self.expr(map)?;
                self.expr(key)
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.node(1)?;
                self.expr(x)?;
                for p in [lo, hi, max].into_iter().flatten() {
                    self.expr(p)?;
                }
                Ok(())
            }
            ExprKind::Call(c) => self.call(c),
            ExprKind::Builtin(b) => self.builtin(b),
            ExprKind::Conv { kind, x, .. } => {
                if conv_is_nop(self.prog, *kind, x.ty, e.ty) {
                    self.node(0)?;
                } else {
                    self.node(1)?;
                }
                self.expr(x)
            }
            ExprKind::TypeAssert { x, .. } => {
                self.node(1)?;
                self.expr(x)
            }
            ExprKind::Recv { ch, .. } => {
                self.node(1)?;
                self.expr(ch)
            }
            ExprKind::Composite(c) => self.composite(c),
            ExprKind::FuncLit { func, .. } => {
                self.node(16)?;
                let f = *func;
                let defs = Defs::of(self.prog, f);
                self.defs.push((f, defs));
                let r = match &self.prog.funcs[f].body {
                    Some(b) => self.stmts(&b.stmts),
                    None => Ok(()),
                };
                self.defs.pop();
                r
            }
            ExprKind::MethodValue { recv, .. } => {
                self.node(2)?;
                self.expr(recv)
            }
            ExprKind::MethodExpr { .. } => {
                // OMETHEXPR is free, its type operand is not
                self.node(1)
            }
        }
    }

    fn composite(&mut self, c: &Composite) -> R {
        match c {
            Composite::Struct(v) => {
                self.node(1)?;
                for (_, x) in v {
                    self.node(1)?; // OSTRUCTKEY
                    self.expr(x)?;
                }
                Ok(())
            }
            Composite::Array(v) => {
                self.node(1)?;
                self.elems(v)
            }
            Composite::Slice { elems, .. } => {
                self.node(2)?;
                self.elems(elems)
            }
            Composite::Map { entries, .. } => {
                self.node(1)?;
                for (k, v) in entries {
                    self.node(1)?; // OKEY
                    self.expr(k)?;
                    self.expr(v)?;
                }
                Ok(())
            }
        }
    }

    /// Array/slice literal elements; an element whose index does not follow
    /// the previous one was written with a key (OKEY + the key's literal).
    fn elems(&mut self, v: &[(u64, Expr)]) -> R {
        let mut next = 0u64;
        for (i, x) in v {
            if *i != next {
                self.node(2)?;
            }
            self.expr(x)?;
            next = i + 1;
        }
        Ok(())
    }

    fn builtin(&mut self, b: &Builtin) -> R {
        match b {
            Builtin::Recover => self.fail("call to recover".into()),
            Builtin::Panic(x) => {
                if matches!(
                    x.kind,
                    ExprKind::Conv { kind: ConvKind::ToInterface, implicit: true, .. }
                ) {
                    self.budget += 1;
                }
                self.node(2)?;
                self.expr(x)
            }
            Builtin::New { .. } => self.node(2), // ONEW and its type operand
            // gc gives make(map[K]V) and make(chan T) a literal 0 size
            Builtin::MakeMap { hint: None, .. } | Builtin::MakeChan { size: None } => self.node(2),
            _ => {
                self.node(1)?;
                let mut r = Ok(());
                b.for_each_arg(&mut |a| {
                    if r.is_ok() {
                        r = self.expr(a);
                    }
                });
                r
            }
        }
    }

    fn call(&mut self, c: &Call) -> R {
        let callee = static_callee(self.prog, self.defs(), c);
        // the call's own cost: inlinable callee → its cost, else 57
        let extra = match (&c.kind, callee) {
            (CallKind::Interface { .. }, _) => EXTRA_CALL_COST,
            (_, Some(f)) if is_intrinsic(self.prog, f) => 0,
            (_, Some(f)) => match self.callees.inl_cost(self.prog, f) {
                Some(cost) => cost,
                None => EXTRA_CALL_COST,
            },
            (_, None) => EXTRA_CALL_COST,
        };
        self.budget -= extra;
        self.node(1)?;
        // gc's RewriteNonNameCall: a callee or receiver expression with a
        // call in it is evaluated into a temporary first (`tmp = x`)
        let callee_expr = match &c.kind {
            CallKind::Method { recv, .. } | CallKind::Interface { recv, .. } => Some(&**recv),
            CallKind::Value(v) => Some(&**v),
            CallKind::Func(_) => None,
        };
        if callee_expr.is_some_and(has_call_or_chan) {
            self.node(3)?; // OAS, the temporary, and its use
        }
        match &c.kind {
            CallKind::Func(_) => self.node(1)?,
            CallKind::Method { recv, .. } => {
                self.node(1)?; // the method expression's type operand
                self.expr(recv)?;
            }
            CallKind::Interface { recv, .. } => {
                self.node(1)?; // ODOTINTER
                self.expr(recv)?;
            }
            CallKind::Value(v) => self.expr(v)?,
        }
        if c.multi && c.args.len() == 1 {
            let n = self.prog.types.tuple_types(c.args[0].ty).map(|t| t.len()).unwrap_or(0);
            let targets = self.param_targets(c, n);
            return self.multi_value(&c.args[0], &targets);
        }
        self.exprs(&c.args)
    }
}

/// gc's "simple type" of a basic kind on amd64 (int is int64, uint and
/// uintptr are uint64).
fn sim_kind(k: types::BasicKind) -> types::BasicKind {
    use types::BasicKind as B;
    match k.canonical() {
        B::Int => B::Int64,
        B::Uint | B::Uintptr => B::Uint64,
        k => k,
    }
}

/// Whether gc compiles a conversion as OCONVNOP (free for the inliner):
/// identical representations, and numeric conversions between integer
/// types of the same simple type — but never float/complex conversions
/// (they round).
pub fn conv_is_nop(prog: &Program, kind: ConvKind, from: TypeId, to: TypeId) -> bool {
    let tt = &prog.types;
    let bf = tt.basic(tt.under(from));
    let bt = tt.basic(tt.under(to));
    match kind {
        ConvKind::NoOp => !matches!(bt, Some(k) if k.is_float() || k.is_complex()),
        // unsafe.Pointer <-> uintptr
        ConvKind::PointerInt => true,
        ConvKind::Numeric => match (bf, bt) {
            (Some(a), Some(b)) => a.is_integer() && b.is_integer() && sim_kind(a) == sim_kind(b),
            _ => false,
        },
        _ => false,
    }
}

/// gc's `anyCallOrChan` minus `new(T)`: the expression calls something or
/// receives (closure bodies not included).
pub fn has_call_or_chan(e: &Expr) -> bool {
    let mut found = false;
    fn walk(e: &Expr, found: &mut bool) {
        if *found {
            return;
        }
        match &e.kind {
            ExprKind::Call(_) | ExprKind::Recv { .. } => *found = true,
            ExprKind::Builtin(b) => {
                if !matches!(**b, Builtin::New { .. } | Builtin::MinMax { .. } | Builtin::Clear(_))
                {
                    *found = true;
                }
            }
            ExprKind::AddString { .. } => e.for_each_child(&mut |c| walk(c, found)),
            _ => e.for_each_child(&mut |c| walk(c, found)),
        }
    }
    walk(e, &mut found);
    found
}

/// A call expression of a multi-value function.
pub fn is_tuple_call(prog: &Program, e: &Expr) -> bool {
    matches!(prog.types.kind(e.ty), TypeKind::Tuple(ts) if ts.len() > 1)
        && matches!(e.kind, ExprKind::Call(_))
}

/// gc's isBigFunc: more than 5000 nodes (every node counts 1 here).
pub fn is_big_func_body(b: &Block) -> bool {
    struct Count(u32);
    impl types::visit::Visitor for Count {
        fn stmt(&mut self, _s: &Stmt) {
            self.0 += 1;
        }
        fn expr(&mut self, _e: &Expr) {
            self.0 += 1;
        }
    }
    let mut c = Count(0);
    types::visit::walk_block(&mut c, b);
    c.0 >= 5000
}
