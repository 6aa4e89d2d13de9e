//! Printing types, expressions and statements as gc 1.19 prints its IR nodes
//! with `%v` (cmd/compile/internal/ir/fmt.go, types/fmt.go): the body in
//! `can inline f with cost N as: func(int) int { return x }`, the nodes in
//! escape messages (`&T{...}`, `make([]int, 10)`, `([]byte)("x")`) and the
//! statements of `-m=2` flow explanations.
//!
//! The typed IR's shape follows gc's with a few differences this printer
//! papers over: nested blocks are flattened into their list (gc's noder does
//! that), statically called methods print as method expressions
//! (`T.get(t)`), and bodies inlined from another package print the way gc
//! prints bodies read from export data (no implicit nodes, constants as typed
//! literals).

use types::ir::*;
use types::types::{ChanDir, TypeKind};
use types::{ConstValue, TypeId};

/// Operator precedence as gc's `OpPrec`.
fn prec(e: &Expr) -> i32 {
    match &e.kind {
        ExprKind::Unary { .. } | ExprKind::AddrOf { .. } | ExprKind::Deref { .. } => 7,
        ExprKind::Recv { .. } => 7,
        ExprKind::Binary { op, .. } => match op {
            BinaryOp::Mul
            | BinaryOp::Div
            | BinaryOp::Rem
            | BinaryOp::Shl
            | BinaryOp::Shr
            | BinaryOp::And
            | BinaryOp::AndNot => 6,
            _ => 5,
        },
        ExprKind::Compare { .. } => 4,
        ExprKind::Logical { and: true, .. } => 2,
        ExprKind::Logical { and: false, .. } => 1,
        // OADDSTR and OCLOSURE have no entry in gc's table
        ExprKind::AddString { .. } | ExprKind::FuncLit { .. } => 0,
        _ => 8,
    }
}

/// Locals made by inlining: (reporting position, package of origin).
pub type Origins = std::collections::HashMap<(FuncId, LocalId), (syntax::Pos, PkgId)>;

/// A printer for nodes of one function (`func`, for local names) compiled as
/// part of package `pkg` (types and functions of `pkg` print unqualified).
pub struct Fmt<'a> {
    pub prog: &'a Program,
    pub pkg: PkgId,
    pub func: FuncId,
    /// Print as gc prints bodies imported from export data.
    pub imported: bool,
    /// Temporaries gc's typechecker made so far (`.autotmp_N` numbering).
    temps: std::cell::Cell<u32>,
    /// Locals made by inlining: (reporting position, package of origin).
    pub origins: Option<&'a Origins>,
    /// Number of the function's locals before inlining added its own.
    pub orig_locals: Option<usize>,
    /// Print calls as escape analysis leaves them: gc's FixVariadicCall
    /// packed the `...` arguments (`f(... argument...)`, `f(nil...)`).
    pub fixed_variadic: bool,
}

impl<'a> Fmt<'a> {
    pub fn new(prog: &'a Program, pkg: PkgId, func: FuncId) -> Fmt<'a> {
        Fmt {
            prog,
            pkg,
            func,
            imported: false,
            temps: std::cell::Cell::new(0),
            origins: None,
            orig_locals: None,
            fixed_variadic: false,
        }
    }

    // ------------------------------------------------------------ types

    pub fn ty(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_ty(&mut s, t, 0);
        s
    }

    fn write_ty(&self, s: &mut String, t: TypeId, depth: u32) {
        if depth > 40 {
            s.push_str("...");
            return;
        }
        let d = depth + 1;
        let tt = &self.prog.types;
        match tt.kind(t) {
            TypeKind::Basic(k) => s.push_str(k.name()),
            TypeKind::Named(n) => {
                let nt = &tt.named[*n];
                if let Some(p) = nt.pkg
                    && p != self.pkg
                {
                    s.push_str(&self.prog.packages[p].name);
                    s.push('.');
                }
                s.push_str(&nt.name);
            }
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_ty(s, *e, d);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_ty(s, *e, d);
            }
            TypeKind::Array(e, n) => {
                s.push_str(&format!("[{}]", n));
                self.write_ty(s, *e, d);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_ty(s, *k, d);
                s.push(']');
                self.write_ty(s, *v, d);
            }
            TypeKind::Chan(dir, e) => match dir {
                ChanDir::Recv => {
                    s.push_str("<-chan ");
                    self.write_ty(s, *e, d);
                }
                ChanDir::Send => {
                    s.push_str("chan<- ");
                    self.write_ty(s, *e, d);
                }
                ChanDir::Both => {
                    s.push_str("chan ");
                    let paren = matches!(tt.kind(*e), TypeKind::Chan(ChanDir::Recv, _));
                    if paren {
                        s.push('(');
                    }
                    self.write_ty(s, *e, d);
                    if paren {
                        s.push(')');
                    }
                }
            },
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, &sig.params, sig.variadic, &sig.results, d);
            }
            TypeKind::Tuple(ts) => {
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    self.write_ty(s, *t, d);
                }
            }
            TypeKind::Struct(fs) => {
                s.push_str("struct {");
                for (i, f) in fs.iter().enumerate() {
                    if i > 0 {
                        s.push(';');
                    }
                    s.push(' ');
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_ty(s, f.ty, d);
                    if let Some(tag) = &f.tag
                        && !tag.is_empty()
                    {
                        s.push(' ');
                        s.push_str(&types::constant::go_quote(tag));
                    }
                }
                if !fs.is_empty() {
                    s.push(' ');
                }
                s.push('}');
            }
            TypeKind::Interface(i) => {
                if i.any {
                    s.push_str("any");
                    return;
                }
                let ms = tt.interface_methods(t);
                if ms.is_empty() {
                    s.push_str("interface {}");
                    return;
                }
                s.push_str("interface {");
                for (k, m) in ms.iter().enumerate() {
                    if k > 0 {
                        s.push(';');
                    }
                    s.push(' ');
                    if !m.name.starts_with(|c: char| c.is_uppercase())
                        && let Some(p) = m.pkg
                    {
                        s.push_str(&self.prog.packages[p].name);
                        s.push('.');
                    }
                    s.push_str(&m.name);
                    if let TypeKind::Func(sig) = tt.kind(m.sig) {
                        self.write_sig(s, &sig.params, sig.variadic, &sig.results, d);
                    }
                }
                s.push_str(" }");
            }
            TypeKind::TypeParam { name, .. } => s.push_str(name),
        }
    }

    fn write_sig(
        &self,
        s: &mut String,
        params: &[types::types::Param],
        variadic: bool,
        results: &[types::types::Param],
        d: u32,
    ) {
        s.push('(');
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if variadic
                && i == params.len() - 1
                && let TypeKind::Slice(e) = self.prog.types.kind(p.ty)
            {
                s.push_str("...");
                self.write_ty(s, *e, d);
                continue;
            }
            self.write_ty(s, p.ty, d);
        }
        s.push(')');
        match results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_ty(s, results[0].ty, d);
            }
            _ => {
                s.push_str(" (");
                for (i, p) in results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_ty(s, p.ty, d);
                }
                s.push(')');
            }
        }
    }

    /// The type of a function as gc prints `fn.Type()`: `func(int) int`, or
    /// `method(*T) func() int` for methods.
    pub fn func_type(&self, f: FuncId) -> String {
        let func = &self.prog.funcs[f];
        let mut s = String::new();
        if let Some(r) = func.recv {
            s.push_str("method(");
            self.write_ty(&mut s, func.locals[r].ty, 0);
            s.push_str(") ");
        }
        s.push_str(&self.ty(func.sig));
        s
    }

    /// A function's name as gc prints it in `-m` messages (`add`, `T.get`,
    /// `(*T).M`, `main.func1`, `strings.HasPrefix`).
    pub fn func_name(&self, f: FuncId) -> String {
        func_name(self.prog, self.pkg, f)
    }

    fn local_name(&self, l: LocalId) -> String {
        match self.prog.funcs[self.func].locals.get(l) {
            Some(loc) => {
                if loc.name.starts_with("~b") {
                    return "_".to_string();
                }
                // copies of another package's locals keep their package
                if let Some((_, p)) = self.origins.and_then(|o| o.get(&(self.func, l)))
                    && *p != self.pkg
                    && !loc.name.starts_with('~')
                    && !loc.name.starts_with('.')
                {
                    return format!("{}.{}", self.prog.packages[*p].name, loc.name);
                }
                loc.name.clone()
            }
            None => format!("?{}", l.0),
        }
    }

    // ------------------------------------------------------------ expressions

    pub fn expr(&self, e: &Expr) -> String {
        self.expr_prec(e, 0)
    }

    /// `e` as an operand of precedence `p` (parenthesized if needed).
    pub fn expr_prec(&self, e: &Expr, p: i32) -> String {
        let mut s = String::new();
        self.write_expr(&mut s, e, p);
        s
    }

    /// Skips implicit nodes as gc's exprFmt does.
    fn skip_implicit<'e>(&self, mut e: &'e Expr) -> &'e Expr {
        if self.imported {
            return e;
        }
        loop {
            match &e.kind {
                ExprKind::AddrOf { x, implicit: true, .. }
                | ExprKind::Deref { x, implicit: true }
                | ExprKind::Conv { x, implicit: true, .. } => e = x,
                _ => return e,
            }
        }
    }

    fn write_expr(&self, s: &mut String, e: &Expr, p: i32) {
        let e = self.skip_implicit(e);
        let np = self.node_prec(e);
        if p > np {
            s.push('(');
            self.write_expr(s, e, 0);
            s.push(')');
            return;
        }
        match &e.kind {
            ExprKind::Local(l) => s.push_str(&self.local_name(*l)),
            ExprKind::Global(g) => {
                let gl = &self.prog.globals[*g];
                if gl.pkg != self.pkg {
                    s.push_str(&self.prog.packages[gl.pkg].name);
                    s.push('.');
                }
                s.push_str(&gl.name);
            }
            ExprKind::Func(f) => s.push_str(&self.func_name(*f)),
            ExprKind::Const(c) => self.write_const(s, c, e.ty),
            ExprKind::Nil => {
                // a nil of a non-interface type was converted explicitly: `T(nil)`
                let tt = &self.prog.types;
                if tt.is_typed(e.ty)
                    && !tt.is_interface(e.ty)
                    && !matches!(tt.kind(e.ty), TypeKind::Basic(_))
                {
                    if tt.has_name(e.ty) {
                        s.push_str(&self.ty(e.ty));
                    } else {
                        s.push('(');
                        s.push_str(&self.ty(e.ty));
                        s.push(')');
                    }
                    s.push_str("(nil)");
                } else {
                    s.push_str("nil");
                }
            }
            ExprKind::Blank => s.push('_'),
            ExprKind::Unary { op, x } => {
                let o = match op {
                    UnaryOp::Plus => "+",
                    UnaryOp::Neg => "-",
                    UnaryOp::Not => "!",
                    UnaryOp::BitNot => "^",
                };
                s.push_str(o);
                if let ExprKind::Unary { op: op2, .. } = &self.skip_implicit(x).kind
                    && op2 == op
                {
                    s.push(' ');
                }
                self.write_expr(s, x, np + 1);
            }
            ExprKind::Binary { op, x, y } => {
                self.write_expr(s, x, np);
                s.push(' ');
                s.push_str(binop(*op));
                s.push(' ');
                self.write_expr(s, y, np + 1);
            }
            ExprKind::Compare { op, x, y } => {
                // `xs == nil`: the nil operand was not converted in the source
                let operand = |s: &mut String, e: &Expr, np: i32| {
                    if matches!(e.kind, ExprKind::Nil) {
                        s.push_str("nil");
                    } else {
                        self.write_expr(s, e, np);
                    }
                };
                operand(s, x, np);
                s.push_str(match op {
                    CompareOp::Eq => " == ",
                    CompareOp::Ne => " != ",
                    CompareOp::Lt => " < ",
                    CompareOp::Le => " <= ",
                    CompareOp::Gt => " > ",
                    CompareOp::Ge => " >= ",
                });
                operand(s, y, np + 1);
            }
            ExprKind::Logical { and, x, y } => {
                self.write_expr(s, x, np);
                s.push_str(if *and { " && " } else { " || " });
                self.write_expr(s, y, np + 1);
            }
            ExprKind::AddString { args, .. } => {
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        s.push_str(" + ");
                    }
                    self.write_expr(s, a, np);
                }
            }
            ExprKind::AddrOf { x, .. } => {
                s.push('&');
                if let ExprKind::Composite(_) = &x.kind {
                    // OPTRLIT
                    self.write_expr(s, x, 0);
                    return;
                }
                if let ExprKind::AddrOf { .. } = &self.skip_implicit(x).kind {
                    s.push(' ');
                }
                self.write_expr(s, x, np + 1);
            }
            ExprKind::Deref { x, .. } => {
                s.push('*');
                self.write_expr(s, x, np + 1);
            }
            ExprKind::Field { x, name, .. } => {
                self.write_expr(s, x, np);
                s.push('.');
                s.push_str(name);
            }
            ExprKind::Index { x, index, .. } => {
                self.write_expr(s, x, np);
                s.push('[');
                self.write_expr(s, index, 0);
                s.push(']');
            }
            ExprKind::MapIndex { map, key, .. } => {
                self.write_expr(s, map, np);
                s.push('[');
                self.write_expr(s, key, 0);
                s.push(']');
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.write_expr(s, x, np);
                s.push('[');
                if let Some(l) = lo {
                    self.write_expr(s, l, 0);
                }
                s.push(':');
                if let Some(h) = hi {
                    self.write_expr(s, h, 0);
                }
                if let Some(m) = max {
                    s.push(':');
                    self.write_expr(s, m, 0);
                }
                s.push(']');
            }
            ExprKind::Call(c) => self.write_call(s, c, np),
            ExprKind::Builtin(b) => self.write_builtin(s, b, e),
            ExprKind::Conv { kind, x, .. } => {
                let _ = kind;
                let named = self.prog.types.has_name(e.ty)
                    || matches!(self.prog.types.kind(e.ty), TypeKind::Basic(_));
                if named {
                    s.push_str(&self.ty(e.ty));
                } else {
                    s.push('(');
                    s.push_str(&self.ty(e.ty));
                    s.push(')');
                }
                s.push('(');
                self.write_expr(s, x, 0);
                s.push(')');
            }
            ExprKind::TypeAssert { x, .. } => {
                self.write_expr(s, x, np);
                s.push_str(".(");
                s.push_str(&self.ty(e.ty));
                s.push(')');
            }
            ExprKind::Recv { ch, .. } => {
                s.push_str("<-");
                self.write_expr(s, ch, np + 1);
            }
            ExprKind::Composite(c) => {
                s.push_str(&self.ty(e.ty));
                let n = match &**c {
                    Composite::Struct(v) => v.len(),
                    Composite::Array(v) => v.len(),
                    Composite::Slice { elems, .. } => elems.len(),
                    Composite::Map { entries, .. } => entries.len(),
                };
                s.push_str(if n > 0 { "{...}" } else { "{}" });
            }
            ExprKind::FuncLit { .. } => s.push_str("func literal"),
            ExprKind::MethodValue { recv, method, .. } => {
                self.write_expr(s, recv, np);
                s.push('.');
                s.push_str(&self.method_name(method));
            }
            ExprKind::MethodExpr { recv_type, method } => {
                self.write_type_operand(s, *recv_type);
                s.push('.');
                s.push_str(&self.method_name(method));
            }
        }
    }

    fn node_prec(&self, e: &Expr) -> i32 {
        match &e.kind {
            ExprKind::Const(c) if !self.imported => match &c.text {
                Some(t) => text_prec(t),
                None => 8,
            },
            ExprKind::AddrOf { x, .. } if matches!(x.kind, ExprKind::Composite(_)) => 8,
            _ => prec(e),
        }
    }

    /// A type used as an operand (OTYPE): pointer types get parentheses when
    /// followed by a selector.
    fn write_type_operand(&self, s: &mut String, t: TypeId) {
        if matches!(self.prog.types.kind(t), TypeKind::Pointer(_)) {
            s.push('(');
            s.push_str(&self.ty(t));
            s.push(')');
        } else {
            s.push_str(&self.ty(t));
        }
    }

    fn method_name(&self, m: &MethodRef) -> String {
        match m {
            MethodRef::Static(f) => {
                let n = &self.prog.funcs[*f].name;
                n.rsplit('.').next().unwrap_or(n).to_string()
            }
            MethodRef::Interface { name, .. } => name.clone(),
        }
    }

    fn write_const(&self, s: &mut String, c: &ConstExpr, ty: TypeId) {
        if !self.imported
            && let Some(t) = &c.text
        {
            s.push_str(t);
            return;
        }
        let tt = &self.prog.types;
        let typed = !tt.is_untyped(ty);
        if typed {
            if matches!(tt.kind(ty), TypeKind::Pointer(_) | TypeKind::Chan(ChanDir::Recv, _)) {
                s.push('(');
                s.push_str(&self.ty(ty));
                s.push_str(")(");
            } else {
                s.push_str(&self.ty(ty));
                s.push('(');
            }
        }
        s.push_str(&const_string(&c.value, tt.is_float(ty) || tt.is_complex(ty)));
        if typed {
            s.push(')');
        }
    }

    fn write_call(&self, s: &mut String, c: &Call, np: i32) {
        // gc's RewriteNonNameCall replaced a callee/receiver with a call in it
        // by a temporary
        let tmp = match &c.kind {
            CallKind::Method { recv, .. } | CallKind::Interface { recv, .. } => {
                crate::cost::has_call_or_chan(recv).then(|| self.autotmp_at(recv.pos))
            }
            CallKind::Value(v) => crate::cost::has_call_or_chan(v).then(|| self.autotmp_at(v.pos)),
            CallKind::Func(_) => None,
        };
        let mut args: Vec<String> = vec![];
        match &c.kind {
            CallKind::Func(f) => s.push_str(&self.func_name(*f)),
            CallKind::Method { func, recv } => {
                // gc: OCALLFUNC of OMETHEXPR with the receiver as first argument
                if self.prog.funcs[*func].recv.is_some() {
                    self.write_type_operand(s, self.recv_ty(*func));
                    s.push('.');
                    s.push_str(&self.method_name(&MethodRef::Static(*func)));
                } else {
                    s.push_str(&self.func_name(*func));
                }
                args.push(tmp.clone().unwrap_or_else(|| self.expr(recv)));
            }
            CallKind::Interface { recv, name, .. } => {
                match &tmp {
                    Some(t) => s.push_str(t),
                    None => self.write_expr(s, recv, np),
                }
                s.push('.');
                s.push_str(name);
            }
            CallKind::Value(f) => match &tmp {
                Some(t) => s.push_str(t),
                None => self.write_expr(s, f, np),
            },
        }
        if c.multi && c.args.len() == 1 && crate::cost::is_tuple_call(self.prog, &c.args[0]) {
            args.push(self.autotmps(&c.args[0]));
        } else if let (true, DotsKind::Packed { first, .. }) = (self.fixed_variadic, &c.dots) {
            let first = (*first).min(c.args.len());
            args.extend(c.args[..first].iter().map(|a| self.expr(a)));
            args.push(if c.args.len() > first { "... argument..." } else { "nil..." }.into());
        } else {
            args.extend(c.args.iter().map(|a| self.expr(a)));
        }
        s.push('(');
        s.push_str(&args.join(", "));
        if matches!(c.dots, DotsKind::Spread) {
            s.push_str("...");
        }
        s.push(')');
    }

    /// A temporary gc's typechecker made: `.autotmp_N`, numbered after the
    /// function's declarations so far.
    fn autotmp_at(&self, pos: syntax::Pos) -> String {
        let base = self.declared_before(Some(pos)) + self.temps.get();
        self.temps.set(self.temps.get() + 1);
        format!(".autotmp_{}", base)
    }

    fn declared_before(&self, pos: Option<syntax::Pos>) -> u32 {
        let func = &self.prog.funcs[self.func];
        let n = self.orig_locals.unwrap_or(usize::MAX);
        func.locals
            .values()
            .take(n)
            .filter(|l| match l.kind {
                LocalKind::Param | LocalKind::Result | LocalKind::Recv => true,
                LocalKind::Var | LocalKind::Temp => match pos {
                    Some(p) => (l.pos.line, l.pos.col) < (p.line, p.col),
                    None => false,
                },
                LocalKind::Captured => false,
            })
            .count() as u32
    }

    /// The temporaries gc's typechecker rewrites a multi-value operand into
    /// (`f(g())` → `f(.autotmp_1, .autotmp_2)`), numbered by the function's
    /// declarations so far.
    fn autotmps(&self, call: &Expr) -> String {
        let n = self.prog.types.tuple_types(call.ty).map(|t| t.len()).unwrap_or(0) as u32;
        let base = self.declared_before(Some(call.pos)) + self.temps.get();
        self.temps.set(self.temps.get() + n);
        (0..n).map(|i| format!(".autotmp_{}", base + i)).collect::<Vec<_>>().join(", ")
    }

    fn recv_ty(&self, f: FuncId) -> TypeId {
        let func = &self.prog.funcs[f];
        match func.recv {
            Some(r) => func.locals[r].ty,
            None => TypeId::INVALID,
        }
    }

    fn write_args(&self, s: &mut String, name: &str, args: &[&Expr], dots: bool) {
        s.push_str(name);
        s.push('(');
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.write_expr(s, a, 0);
        }
        if dots {
            s.push_str("...");
        }
        s.push(')');
    }

    fn write_builtin(&self, s: &mut String, b: &Builtin, e: &Expr) {
        match b {
            Builtin::Len(x) => self.write_args(s, "len", &[x], false),
            Builtin::Cap(x) => self.write_args(s, "cap", &[x], false),
            Builtin::Real(x) => self.write_args(s, "real", &[x], false),
            Builtin::Imag(x) => self.write_args(s, "imag", &[x], false),
            Builtin::Close(x) => self.write_args(s, "close", &[x], false),
            Builtin::Panic(x) => self.write_args(s, "panic", &[x], false),
            Builtin::Clear(x) => self.write_args(s, "clear", &[x], false),
            Builtin::Complex(x, y) => self.write_args(s, "complex", &[x, y], false),
            Builtin::Append { slice, args, spread } => {
                let mut v = vec![slice];
                v.extend(args.iter());
                self.write_args(s, "append", &v, *spread)
            }
            Builtin::Copy { dst, src } => self.write_args(s, "copy", &[dst, src], false),
            Builtin::MakeSlice { len, cap, .. } => {
                s.push_str("make(");
                s.push_str(&self.ty(e.ty));
                s.push_str(", ");
                self.write_expr(s, len, 0);
                if let Some(c) = cap {
                    s.push_str(", ");
                    self.write_expr(s, c, 0);
                }
                s.push(')');
            }
            Builtin::MakeMap { hint, .. } => {
                s.push_str("make(");
                s.push_str(&self.ty(e.ty));
                if let Some(h) = hint {
                    s.push_str(", ");
                    self.write_expr(s, h, 0);
                }
                s.push(')');
            }
            Builtin::MakeChan { size } => {
                s.push_str("make(");
                s.push_str(&self.ty(e.ty));
                if let Some(h) = size {
                    s.push_str(", ");
                    self.write_expr(s, h, 0);
                }
                s.push(')');
            }
            Builtin::New { .. } => {
                s.push_str("new(");
                let el = self.prog.types.deref_ptr(e.ty).unwrap_or(e.ty);
                s.push_str(&self.ty(el));
                s.push(')');
            }
            Builtin::Delete { map, key } => self.write_args(s, "delete", &[map, key], false),
            Builtin::Recover => s.push_str("recover()"),
            Builtin::Print { args, ln } => {
                let v: Vec<&Expr> = args.iter().collect();
                self.write_args(s, if *ln { "println" } else { "print" }, &v, false)
            }
            Builtin::MinMax { max, args } => {
                let v: Vec<&Expr> = args.iter().collect();
                self.write_args(s, if *max { "max" } else { "min" }, &v, false)
            }
        }
    }

    // ------------------------------------------------------------ statements

    /// A statement list as gc prints `%v` of ir.Nodes: `; `-separated, with
    /// nested blocks flattened.
    pub fn stmts(&self, ss: &[Stmt]) -> String {
        let mut parts = vec![];
        self.flatten(ss, &mut parts);
        parts.join("; ")
    }

    fn flatten(&self, ss: &[Stmt], out: &mut Vec<String>) {
        for st in ss {
            match &st.kind {
                StmtKind::Block(b) => self.flatten(&b.stmts, out),
                StmtKind::Empty => {}
                StmtKind::Labeled { label, stmt } => {
                    out.push(format!("{}: ", self.label_name(*label)));
                    self.flatten(std::slice::from_ref(stmt), out);
                }
                _ => out.push(self.stmt(st)),
            }
        }
    }

    fn label_name(&self, l: LabelId) -> String {
        self.prog.funcs[self.func].labels.get(l).map(|l| l.name.clone()).unwrap_or_default()
    }

    fn list(&self, es: &[Expr]) -> String {
        es.iter().map(|e| self.expr(e)).collect::<Vec<_>>().join(", ")
    }

    pub fn stmt(&self, st: &Stmt) -> String {
        match &st.kind {
            StmtKind::Empty => String::new(),
            StmtKind::Decl(l) => {
                let loc = &self.prog.funcs[self.func].locals[*l];
                format!("var {} {}", self.local_name(*l), self.ty(loc.ty))
            }
            StmtKind::TypeDecl(_) => "<node DCLTYPE>".into(),
            StmtKind::ConstDecl { .. } => "<node DCLCONST>".into(),
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { lhs, rhs, define, .. } => {
                let r = match rhs {
                    Some(r) => self.expr(r),
                    None => "<nil>".into(),
                };
                format!("{} {} {}", self.expr(lhs), if *define { ":=" } else { "=" }, r)
            }
            StmtKind::AssignList { lhs, rhs, define, .. } => format!(
                "{} {} {}",
                self.list(lhs),
                if *define { ":=" } else { "=" },
                self.list(rhs)
            ),
            StmtKind::AssignCall { lhs, call: rhs, define, .. }
            | StmtKind::AssignOk { lhs, rhs, define, .. } => format!(
                "{} {} {}",
                self.list(lhs),
                if *define { ":=" } else { "=" },
                self.expr(rhs)
            ),
            StmtKind::OpAssign { op, lhs, rhs, incdec } => {
                let r = if *incdec { "1".to_string() } else { self.expr(rhs) };
                format!("{} {}= {}", self.expr(lhs), binop(*op), r)
            }
            StmtKind::If { init, cond, then, els } => {
                let mut s = String::new();
                let simple = init.as_ref().is_some_and(|i| simple_init(i));
                if simple {
                    s.push_str(&format!(
                        "if {}; {} {{ {} }}",
                        self.stmt(init.as_ref().unwrap()),
                        self.expr(cond),
                        self.stmts(&then.stmts)
                    ));
                } else {
                    s.push_str(&format!(
                        "if {} {{ {} }}",
                        self.expr(cond),
                        self.stmts(&then.stmts)
                    ));
                }
                if let Some(e) = els {
                    let body = self.stmts(std::slice::from_ref(e));
                    if !body.is_empty() || !matches!(e.kind, StmtKind::Block(_)) {
                        s.push_str(&format!(" else {{ {} }}", body));
                    }
                }
                s
            }
            StmtKind::For { .. } | StmtKind::Range { .. } => "for loop".into(),
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => "switch statement".into(),
            StmtKind::Select { .. } => "select statement".into(),
            StmtKind::Return(es) => {
                if es.len() == 1 && crate::cost::is_tuple_call(self.prog, &es[0]) {
                    return format!("return {}", self.autotmps(&es[0]));
                }
                format!("return {}", self.list(es))
            }
            StmtKind::Break { label, .. } => match label {
                Some(l) => format!("break {}", self.label_name(*l)),
                None => "break".into(),
            },
            StmtKind::Continue { label, .. } => match label {
                Some(l) => format!("continue {}", self.label_name(*l)),
                None => "continue".into(),
            },
            StmtKind::Goto(l) => format!("goto {}", self.label_name(*l)),
            StmtKind::Fallthrough => "fallthrough".into(),
            StmtKind::Labeled { label, stmt } => {
                format!("{}: ; {}", self.label_name(*label), self.stmt(stmt))
            }
            StmtKind::Defer(e) => format!("defer {}", self.expr(e)),
            StmtKind::Go(e) => format!("go {}", self.expr(e)),
            StmtKind::Send { ch, value } => format!("{} <- {}", self.expr(ch), self.expr(value)),
        }
    }
}

/// The precedence of the operator of a constant's source text (gc keeps
/// the original expression's op): the loosest binary operator outside
/// brackets and literals (printed with spaces around it), else 7 for a
/// unary operator, else 8.
fn text_prec(t: &str) -> i32 {
    let b = t.as_bytes();
    let mut depth = 0i32;
    let mut best = 9;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'"' | b'\'' | b'`' => {
                // skip the literal
                let q = c;
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' && q != b'`' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b' ' if depth == 0 => {
                // " op "
                let rest = &t[i + 1..];
                if let Some(sp) = rest.find(' ') {
                    let op = &rest[..sp];
                    let p = match op {
                        "||" => 1,
                        "&&" => 2,
                        "==" | "!=" | "<" | "<=" | ">" | ">=" => 4,
                        "+" | "-" | "|" | "^" => 5,
                        "*" | "/" | "%" | "<<" | ">>" | "&" | "&^" => 6,
                        _ => 9,
                    };
                    if p < best {
                        best = p;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    if best < 9 {
        return best;
    }
    match b.first() {
        Some(b'-' | b'+' | b'!' | b'^' | b'&' | b'*') => 7,
        Some(b'<') => 7,
        _ => 8,
    }
}

/// gc's `simpleinit`: the init is one statement without its own init (a `:=`
/// carries its declarations as init, so it is never simple).
fn simple_init(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Assign { decls, .. }
        | StmtKind::AssignList { decls, .. }
        | StmtKind::AssignCall { decls, .. }
        | StmtKind::AssignOk { decls, .. } => decls.is_empty(),
        StmtKind::Block(_) => false,
        _ => true,
    }
}

pub fn binop(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "+",
        BinaryOp::Sub => "-",
        BinaryOp::Mul => "*",
        BinaryOp::Div => "/",
        BinaryOp::Rem => "%",
        BinaryOp::And => "&",
        BinaryOp::Or => "|",
        BinaryOp::Xor => "^",
        BinaryOp::AndNot => "&^",
        BinaryOp::Shl => "<<",
        BinaryOp::Shr => ">>",
    }
}

/// go/constant's `String()` of a value.
fn const_string(v: &ConstValue, float: bool) -> String {
    match v {
        ConstValue::String(b) => {
            // go/constant shortens long strings: 72 bytes max, "..." appended
            let q = types::constant::go_quote(b);
            if q.len() > 72 {
                let mut cut = 72 - 3;
                while !q.is_char_boundary(cut) {
                    cut -= 1;
                }
                format!("{}...", &q[..cut])
            } else {
                q
            }
        }
        ConstValue::Int(i) if float => i.to_string(),
        _ => v.to_string(),
    }
}

/// A function's name as gc prints it in `-m` messages, for code compiled in
/// package `pkg`.
pub fn func_name(prog: &Program, pkg: PkgId, f: FuncId) -> String {
    let func = &prog.funcs[f];
    if func.pkg == pkg {
        return func.display_name(&prog.packages[pkg].path).to_string();
    }
    // other packages: qualified by the package name (gc's fmtGo symbols)
    let p = &prog.packages[func.pkg];
    let rest = func.display_name(&p.path);
    format!("{}.{}", p.name, rest)
}
