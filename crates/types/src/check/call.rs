//! Calls, selectors, conversions and builtins.

use super::expr::{ExprClass, Mode, Operand};
use super::lookup::Found;
use super::*;
use crate::types::{BasicKind, Param, Signature};
use std::sync::Arc;
use syntax::ast::ExprKind as AK;

fn dots_pre(has_dots: bool, sig: &Signature) -> DotsKind {
    if has_dots {
        DotsKind::Spread
    } else if sig.variadic {
        let first = sig.params.len() - 1;
        DotsKind::Packed { first, slice: sig.params[first].ty, esc: Esc::Unknown }
    } else {
        DotsKind::None
    }
}

impl<'a> Checker<'a> {
    /// Evaluates a list of expressions (types2's exprList). A single
    /// multi-value call yields one operand per result (sharing the call's
    /// IR, returned separately); `allow_comma_ok` turns a comma-ok
    /// expression into two operands.
    pub(crate) fn expr_list(
        &mut self,
        list: &'a [ast::Expr],
        allow_comma_ok: bool,
    ) -> (Vec<Operand<'a>>, bool, Option<Expr>) {
        match list.len() {
            0 => (vec![], false, None),
            1 => {
                let e = &list[0];
                let x = self.multi_expr(e);
                if x.mode != Mode::Invalid {
                    if let TypeKind::Tuple(ts) = self.kind(x.ty).clone() {
                        let ops = ts
                            .iter()
                            .map(|&t| {
                                let mut o = x.clone();
                                o.mode = Mode::Value;
                                o.ty = t;
                                o
                            })
                            .collect();
                        return (ops, false, Some(x.ir));
                    }
                }
                if allow_comma_ok && matches!(x.mode, Mode::MapIndex | Mode::CommaOk) {
                    let mut x = x;
                    x.mode = Mode::Value;
                    let mut ok = x.clone();
                    ok.ty = TypeId::UNTYPED_BOOL;
                    return (vec![x, ok], true, None);
                }
                (vec![x], false, None)
            }
            _ => (list.iter().map(|e| self.expr(e)).collect(), false, None),
        }
    }

    fn use_exprs(&mut self, list: &'a [ast::Expr]) {
        for e in list {
            if let AK::Name(n) = &e.kind {
                if n == "_" {
                    continue;
                }
            }
            let _ = self.raw_expr(e, None);
        }
    }

    /// types2's typesSummary.
    pub(crate) fn types_summary(&self, list: &[TypeId], variadic: bool) -> String {
        let mut res = vec![];
        for (i, &t) in list.iter().enumerate() {
            let s = if t == TypeId::INVALID {
                "<T>".to_string()
            } else if self.tt().is_untyped(t) {
                if self.tt().is_numeric(t) {
                    "number".into()
                } else {
                    self.ts(t).replace("untyped ", "")
                }
            } else if variadic && i == list.len() - 1 {
                match self.kind(t) {
                    TypeKind::Slice(e) => format!("...{}", self.ts(*e)),
                    _ => self.ts(t),
                }
            } else {
                self.ts(t)
            };
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    pub(crate) fn call_expr(
        &mut self,
        e: &'a ast::Expr,
        fun: &'a ast::Expr,
        args: &'a [ast::Expr],
        has_dots: bool,
        rparen: Pos,
    ) -> Operand<'a> {
        let mut x = self.expr_or_type(fun);
        match x.mode {
            Mode::Invalid => {
                self.use_exprs(args);
                x.expr = Some(e);
                x.pos = e.start_pos();
                x.class = ExprClass::Statement;
                return x;
            }
            Mode::TypeExpr => {
                let t = x.ty;
                x.mode = Mode::Invalid;
                x.expr = Some(e);
                x.pos = e.start_pos();
                x.class = ExprClass::Conversion;
                match args.len() {
                    0 => {
                        let ts = self.ts(t);
                        self.error(
                            e.start_pos(),
                            format!("missing argument in conversion to {}", ts),
                        );
                    }
                    1 => {
                        let mut y = self.expr(&args[0]);
                        if y.mode != Mode::Invalid {
                            if has_dots {
                                let ts = self.ts(t);
                                self.error(
                                    args[0].start_pos(),
                                    format!("invalid use of ... in type conversion to {}", ts),
                                );
                            } else {
                                self.conversion(&mut y, t, e);
                                y.expr = Some(e);
                                y.pos = e.start_pos();
                                y.class = ExprClass::Conversion;
                                return y;
                            }
                        }
                    }
                    n => {
                        self.use_exprs(args);
                        let ts = self.ts(t);
                        self.error(
                            args[n - 1].start_pos(),
                            format!("too many arguments in conversion to {}", ts),
                        );
                    }
                }
                return x;
            }
            Mode::Builtin(id) => {
                let mut r = self.builtin(e, fun, args, has_dots, id);
                r.expr = Some(e);
                r.pos = e.start_pos();
                if r.mode != Mode::Invalid && r.mode != Mode::Constant {
                    self.has_call_or_recv = true;
                }
                r.class = match id {
                    BuiltinId::Append
                    | BuiltinId::Cap
                    | BuiltinId::Complex
                    | BuiltinId::Imag
                    | BuiltinId::Len
                    | BuiltinId::Make
                    | BuiltinId::Max
                    | BuiltinId::Min
                    | BuiltinId::New
                    | BuiltinId::Real
                    | BuiltinId::Alignof
                    | BuiltinId::Offsetof
                    | BuiltinId::Sizeof
                    | BuiltinId::Add
                    | BuiltinId::Slice => ExprClass::Expression,
                    _ => ExprClass::Statement,
                };
                return r;
            }
            _ => {}
        }
        let Some(sig) = self.tt().signature(x.ty).cloned() else {
            let s = self.operand_string(&x);
            self.error(x.pos, format!("invalid operation: cannot call non-function {}", s));
            x.mode = Mode::Invalid;
            x.expr = Some(e);
            x.pos = e.start_pos();
            x.class = ExprClass::Statement;
            return x;
        };
        let (mut ops, _, multi_ir) = self.expr_list(args, false);
        let ok = self.arguments(e, fun, &sig, &mut ops, has_dots);
        let mut r = x.clone();
        r.expr = Some(e);
        r.pos = e.start_pos();
        r.class = ExprClass::Statement;
        self.has_call_or_recv = true;
        match sig.results.len() {
            0 => {
                r.mode = Mode::NoValue;
                r.ty = TypeId::VOID;
            }
            1 => {
                r.mode = Mode::Value;
                r.ty = sig.results[0].ty;
            }
            _ => {
                r.mode = Mode::Value;
                let ts: Vec<TypeId> = sig.results.iter().map(|p| p.ty).collect();
                r.ty = self.tt_mut().tuple(ts);
            }
        }
        if !ok {
            // keep the result type for follow-on checks, but the IR is partial
        }
        let x_kind_was_methexpr = matches!(x.ir.kind, ExprKind::MethodExpr { .. });
        let kind = match std::mem::replace(&mut x.ir, Expr::bad(e.pos)) {
            Expr { kind: ExprKind::Func(f), .. } => CallKind::Func(f),
            Expr {
                kind: ExprKind::MethodValue { recv, method: MethodRef::Static(f), .. }, ..
            } => CallKind::Method { func: f, recv },
            Expr {
                kind:
                    ExprKind::MethodValue { recv, method: MethodRef::Interface { index, name }, .. },
                ..
            } => CallKind::Interface { recv, index, name },
            other => CallKind::Value(Box::new(other)),
        };
        let multi = multi_ir.is_some();
        let mut args_ir: Vec<Expr> = match multi_ir {
            Some(m) => vec![m],
            None => ops.into_iter().map(|o| o.ir).collect(),
        };
        // T.M(x, ...) / (*T).M(p, ...) / I.M(i, ...): calls of method expressions
        // are direct method calls (gc: OCALLFUNC of OMETHEXPR)
        let kind = match kind {
            CallKind::Value(v) if !multi && !args_ir.is_empty() && ok => match v.kind {
                ExprKind::MethodExpr { recv_type, method: MethodRef::Static(f) } => {
                    let (decl_ty, ptr) = match self.prog.funcs[f].kind {
                        FuncKind::Method { recv_type, ptr } => (recv_type, ptr),
                        _ => (TypeId::INVALID, false),
                    };
                    let base = self
                        .tt()
                        .deref_ptr(recv_type)
                        .filter(|_| !self.tt().is_named(recv_type))
                        .unwrap_or(recv_type);
                    if base == decl_ty {
                        let mut recv = args_ir.remove(0);
                        if !ptr && base != recv_type {
                            recv = Expr::new(
                                recv.pos,
                                base,
                                ExprKind::Deref { x: Box::new(recv), implicit: true },
                            );
                        }
                        CallKind::Method { func: f, recv: Box::new(recv) }
                    } else {
                        CallKind::Value(Box::new(Expr {
                            kind: ExprKind::MethodExpr { recv_type, method: MethodRef::Static(f) },
                            ..*v
                        }))
                    }
                }
                ExprKind::MethodExpr {
                    recv_type,
                    method: MethodRef::Interface { index, name },
                } if self.tt().is_interface(recv_type) => {
                    let recv = args_ir.remove(0);
                    CallKind::Interface { recv: Box::new(recv), index, name }
                }
                other => CallKind::Value(Box::new(Expr { kind: other, ..*v })),
            },
            k => k,
        };
        let dots = match (&kind, &dots_pre(has_dots, &sig)) {
            (
                CallKind::Method { .. } | CallKind::Interface { .. },
                DotsKind::Packed { first, slice, esc },
            ) if matches!(&x_kind_was_methexpr, true) => {
                DotsKind::Packed { first: first - 1, slice: *slice, esc: *esc }
            }
            (_, d) => d.clone(),
        };

        r.ir = Expr::new(
            e.pos,
            r.ty,
            ExprKind::Call(Box::new(Call { kind, args: args_ir, dots, multi, rparen })),
        );
        r
    }

    /// Checks call arguments against a signature (types2's arguments);
    /// converts each argument operand (value and IR) to its parameter type.
    pub(crate) fn arguments(
        &mut self,
        call: &'a ast::Expr,
        fun: &'a ast::Expr,
        sig: &Signature,
        args: &mut [Operand<'a>],
        has_dots: bool,
    ) -> bool {
        for a in args.iter() {
            match a.mode {
                Mode::TypeExpr => {
                    let s = self.operand_string(a);
                    self.error(a.pos, format!("{} used as value", s));
                    return false;
                }
                Mode::Invalid => return false,
                _ => {}
            }
        }
        let nargs = args.len();
        let mut npars = sig.params.len();
        let mut params: Vec<TypeId> = sig.params.iter().map(|p| p.ty).collect();
        let fun_s = expr_string(fun);
        let AK::Call { args: cargs, .. } = &call.kind else { return false };
        if sig.variadic {
            if has_dots {
                if cargs.len() == 1 && nargs > 1 {
                    let s = expr_string(&cargs[0]);
                    self.error(
                        call.start_pos(),
                        format!("cannot use ... with {}-valued {}", nargs, s),
                    );
                    return false;
                }
            } else if nargs + 1 >= npars {
                let last = params.pop().unwrap();
                let el = self.tt().elem(last).unwrap_or(TypeId::INVALID);
                while params.len() < nargs {
                    params.push(el);
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if has_dots {
            self.error(
                call.start_pos(),
                format!("cannot use ... in call to non-variadic {}", fun_s),
            );
            return false;
        }
        if nargs != npars {
            let (at, q) = if nargs > npars {
                (args[npars].pos, "too many")
            } else if nargs > 0 {
                (args[nargs - 1].pos, "not enough")
            } else {
                (call.start_pos(), "not enough")
            };
            let at = if nargs > npars {
                args[npars].expr.map(|e| e.start_pos()).unwrap_or(at)
            } else {
                at
            };
            let have = self.types_summary(&args.iter().map(|a| a.ty).collect::<Vec<_>>(), false);
            let want = self
                .types_summary(&sig.params.iter().map(|p| p.ty).collect::<Vec<_>>(), sig.variadic);
            self.error_multi(
                at,
                format!("{} arguments in call to {}", q, fun_s),
                &[(Pos::NONE, format!("have {}", have)), (Pos::NONE, format!("want {}", want))],
            );
            return false;
        }
        let ctx = format!("argument to {}", fun_s);
        let mut ok = true;
        for (i, a) in args.iter_mut().enumerate() {
            self.assignment(a, Some(params[i]), &ctx);
            if a.mode == Mode::Invalid {
                ok = false;
            }
        }
        ok
    }

    // ------------------------------------------------------------ selectors

    pub(crate) fn selector(&mut self, e: &'a ast::Expr, _want_type: bool) -> Operand<'a> {
        let AK::Selector { x: base, sel } = &e.kind else { unreachable!() };
        let mut x = self.invalid_operand(e.start_pos());
        x.expr = Some(e);
        x.class = ExprClass::Expression;
        // qualified identifier
        if let AK::Name(pname) = &base.kind {
            if let Some(o) = self.lookup(pname) {
                if let ObjKind::PkgName { pkg, .. } = self.objs[o].kind.clone() {
                    self.objs[o].used = true;
                    let pscope = self.pkg_scopes.get(&pkg).copied();
                    let pkgname = self.prog.packages[pkg].name.clone();
                    let exp = pscope.and_then(|s| self.scopes[s].names.get(&sel.name).copied());
                    let exp = match exp {
                        Some(obj) if is_exported(&sel.name) => obj,
                        _ => {
                            self.error(sel.pos, format!("undefined: {}.{}", pkgname, sel.name));
                            return x;
                        }
                    };
                    let ty = self.objs[exp].ty.unwrap_or(TypeId::INVALID);
                    match self.objs[exp].kind.clone() {
                        ObjKind::Const { val, .. } => {
                            x.mode = Mode::Constant;
                            x.ty = ty;
                            x.val = val.clone();
                            x.ir = Expr::constant(e.pos, ty, val, Some(Arc::from(expr_string(e))));
                        }
                        ObjKind::TypeName { .. } => {
                            x.mode = Mode::TypeExpr;
                            x.ty = ty;
                        }
                        ObjKind::Var(vref) => {
                            x.mode = Mode::Variable;
                            x.ty = ty;
                            x.ir = match vref {
                                VarRef::Global(g) => Expr::new(e.pos, ty, ExprKind::Global(g)),
                                _ => Expr::bad(e.pos),
                            };
                        }
                        ObjKind::Func(f) => {
                            x.mode = Mode::Value;
                            x.ty = ty;
                            x.ir = Expr::new(e.pos, ty, ExprKind::Func(f));
                        }
                        ObjKind::Builtin(b) => {
                            x.mode = Mode::Builtin(b);
                        }
                        _ => {}
                    }
                    return x;
                }
            }
        }
        let mut y = self.expr_or_type(base);
        match y.mode {
            Mode::Invalid => return x,
            Mode::Builtin(_) => {
                let s = self.operand_string(&y);
                self.error(e.pos, format!("cannot select on {}", s));
                return x;
            }
            _ => {}
        }
        let name = &sel.name;
        let addressable = y.mode == Mode::Variable;
        let l = self.lookup_field_or_method(y.ty, addressable, name);
        let Some(found) = l.found.clone() else {
            if self.under(y.ty) == TypeId::INVALID {
                return x;
            }
            let bs = expr_string(base);
            if l.ambiguous {
                self.error(sel.pos, format!("ambiguous selector {}.{}", bs, name));
                return x;
            }
            if l.ptr_required {
                let ts = self.ts(y.ty);
                self.error(sel.pos, format!("cannot call pointer method {} on {}", name, ts));
                return x;
            }
            let why = if self.is_interface_ptr(y.ty) {
                format!("type {} is pointer to interface, not interface", self.ts(y.ty))
            } else {
                let mut w = format!("type {} has no field or method {}", self.ts(y.ty), name);
                let mut cs = name.chars();
                if let Some(c0) = cs.next() {
                    let changed: String = if c0.is_uppercase() {
                        c0.to_lowercase().chain(cs).collect()
                    } else {
                        c0.to_uppercase().chain(cs).collect()
                    };
                    let l2 = self.lookup_field_or_method(y.ty, addressable, &changed);
                    if l2.found.is_some() {
                        w.push_str(&format!(", but does have {}", changed));
                    }
                }
                w
            };
            self.error(sel.pos, format!("{}.{} undefined ({})", bs, name, why));
            return x;
        };
        if y.mode == Mode::TypeExpr {
            // method expression
            let (mref, sig) = match &found {
                Found::Method { func, sig, .. } => (MethodRef::Static(*func), *sig),
                Found::IfaceMethod { index, sig, name, .. } => {
                    (MethodRef::Interface { index: *index, name: name.clone() }, *sig)
                }
                Found::Field { .. } => {
                    let bs = expr_string(base);
                    let ts = self.ts(y.ty);
                    self.error(
                        sel.pos,
                        format!("{}.{} undefined (type {} has no method {})", bs, name, ts, name),
                    );
                    return x;
                }
            };
            if let Found::Method { func, .. } = &found {
                if let Some(&o) = self.func_objs.get(func) {
                    self.add_decl_dep(o);
                }
            }
            let Some(s) = self.tt().signature(sig).cloned() else { return x };
            let mut params = vec![Param { name: String::new(), ty: y.ty }];
            if s.params.first().is_some_and(|p| !p.name.is_empty()) {
                params[0].name = "_".into();
                if let Found::Method { func, .. } = &found {
                    if let Some(r) = self.prog.funcs[*func].recv {
                        let n = self.prog.funcs[*func].locals[r].name.clone();
                        if !n.starts_with('~') {
                            params[0].name = n;
                        }
                    }
                }
            }
            params.extend(s.params.iter().cloned());
            let ft = self.tt_mut().intern(TypeKind::Func(Signature {
                params,
                results: s.results.clone(),
                variadic: s.variadic,
            }));
            x.mode = Mode::Value;
            x.ty = ft;
            x.ir = Expr::new(e.pos, ft, ExprKind::MethodExpr { recv_type: y.ty, method: mref });
            return x;
        }
        match found {
            Found::Field { ty, .. } => {
                x.mode = if y.mode == Mode::Variable || l.indirect {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                x.ty = ty;
                let yir = std::mem::replace(&mut y.ir, Expr::bad(e.pos));
                x.ir = self.field_path_ir(yir, &l.index, false, e.pos);
            }
            Found::Method { func, ptr_recv, sig, .. } => {
                if let Some(&o) = self.func_objs.get(&func) {
                    self.add_decl_dep(o);
                }
                let yir = std::mem::replace(&mut y.ir, Expr::bad(e.pos));
                let mut recv = self.field_path_ir(yir, &l.index, true, e.pos);
                let is_ptr = matches!(self.tt().under_kind(recv.ty), TypeKind::Pointer(_))
                    && !self.tt().is_named(recv.ty);
                if ptr_recv && !is_ptr {
                    self.mark_addr_taken(&recv);
                    let pt = self.tt_mut().pointer(recv.ty);
                    recv = Expr::new(
                        recv.pos,
                        pt,
                        ExprKind::AddrOf { x: Box::new(recv), implicit: true, esc: Esc::Unknown },
                    );
                } else if !ptr_recv && is_ptr {
                    let bt = self.tt().deref_ptr(recv.ty).unwrap();
                    recv = Expr::new(
                        recv.pos,
                        bt,
                        ExprKind::Deref { x: Box::new(recv), implicit: true },
                    );
                }
                x.mode = Mode::Value;
                x.ty = sig;
                x.ir = Expr::new(
                    e.pos,
                    sig,
                    ExprKind::MethodValue {
                        recv: Box::new(recv),
                        method: MethodRef::Static(func),
                        esc: Esc::Unknown,
                    },
                );
            }
            Found::IfaceMethod { index, sig, name, .. } => {
                let yir = std::mem::replace(&mut y.ir, Expr::bad(e.pos));
                let mut recv = self.field_path_ir(yir, &l.index, true, e.pos);
                if let TypeKind::Pointer(b) = self.kind(recv.ty).clone() {
                    recv = Expr::new(
                        recv.pos,
                        b,
                        ExprKind::Deref { x: Box::new(recv), implicit: true },
                    );
                }
                x.mode = Mode::Value;
                x.ty = sig;
                x.ir = Expr::new(
                    e.pos,
                    sig,
                    ExprKind::MethodValue {
                        recv: Box::new(recv),
                        method: MethodRef::Interface { index, name },
                        esc: Esc::Unknown,
                    },
                );
            }
        }
        x
    }

    // ------------------------------------------------------------ conversions

    /// Converts `x` to type `t` (types2's conversion), building the IR.
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId, call: &'a ast::Expr) {
        let const_arg = x.mode == Mode::Constant;
        let mut cause = String::new();
        let mut new_val = None;
        let ok = if const_arg && self.tt().is_const_type(t) {
            match self.representable_const(&x.val, t) {
                Some(v) => {
                    new_val = Some(v);
                    true
                }
                None => {
                    if self.tt().is_integer(x.ty) && self.tt().is_string(t) {
                        let cp = x.val.to_u64().filter(|&v| v <= 0x10FFFF).unwrap_or(0xFFFD) as u32;
                        new_val = Some(ConstValue::string(&crate::constant::encode_rune(cp)));
                        true
                    } else {
                        false
                    }
                }
            }
        } else {
            match self.convertible_to(x, t) {
                Ok(()) => true,
                Err(c) => {
                    cause = c;
                    false
                }
            }
        };
        if !ok {
            let xs = self.operand_string(x);
            let ts = self.ts(t);
            if cause.is_empty() {
                self.error(x.pos, format!("cannot convert {} to type {}", xs, ts));
            } else {
                self.error(x.pos, format!("cannot convert {} to type {}:\n\t{}", xs, ts, cause));
            }
            x.mode = Mode::Invalid;
            return;
        }
        if let Some(v) = new_val {
            // constant conversion
            x.val = v;
            x.ty = t;
            x.ir = Expr::constant(call.pos, t, x.val.clone(), Some(Arc::from(expr_string(call))));
            return;
        }
        if self.tt().is_untyped(x.ty) {
            let fin = if x.ty == TypeId::UNTYPED_NIL {
                t
            } else if self.tt().is_interface(t) || (const_arg && !self.tt().is_const_type(t)) {
                self.default_type(x.ty)
            } else {
                t
            };
            if x.is_nil() {
                x.ir.ty = t;
            } else {
                self.convert_untyped(x, fin);
                if x.mode == Mode::Invalid {
                    return;
                }
            }
        }
        let from = x.ty;
        x.mode = Mode::Value;
        if x.is_nil() || matches!(x.ir.kind, ExprKind::Nil) {
            x.ir.ty = t;
            x.ty = t;
            return;
        }
        let kind = self.conv_kind(from, t);
        let xi = std::mem::replace(&mut x.ir, Expr::bad(call.pos));
        x.ir = Expr::new(
            call.pos,
            t,
            ExprKind::Conv { kind, x: Box::new(xi), implicit: false, esc: Esc::Unknown },
        );
        x.ty = t;
    }

    pub(crate) fn conv_kind(&self, from: TypeId, to: TypeId) -> ConvKind {
        let tt = self.tt();
        let (vu, tu) = (tt.under(from), tt.under(to));
        if tt.is_interface(tu) {
            return if tt.is_interface(vu) && tt.identical(vu, tu) {
                ConvKind::NoOp
            } else {
                ConvKind::ToInterface
            };
        }
        if tt.identical_ignore_tags(vu, tu) {
            return ConvKind::NoOp;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (tt.kind(vu), tt.kind(tu)) {
            if tt.identical_ignore_tags(tt.under(*a), tt.under(*b)) {
                return ConvKind::NoOp;
            }
        }
        let vb = tt.basic(vu);
        let tb = tt.basic(tu);
        if tt.is_numeric(vu) && tt.is_numeric(tu) {
            return ConvKind::Numeric;
        }
        if tt.is_string(tu) {
            if tt.is_integer(vu) {
                return ConvKind::IntToString;
            }
            if let TypeKind::Slice(e) = tt.kind(vu) {
                return if tt.basic(*e) == Some(BasicKind::Int32) {
                    ConvKind::RunesToString
                } else {
                    ConvKind::BytesToString
                };
            }
        }
        if tt.is_string(vu) {
            if let TypeKind::Slice(e) = tt.kind(tu) {
                return if tt.basic(*e) == Some(BasicKind::Int32) {
                    ConvKind::StringToRunes
                } else {
                    ConvKind::StringToBytes
                };
            }
        }
        if vb == Some(BasicKind::Uintptr) || tb == Some(BasicKind::Uintptr) {
            return ConvKind::PointerInt;
        }
        if let (TypeKind::Slice(_), TypeKind::Pointer(_)) = (tt.kind(vu), tt.kind(tu)) {
            return ConvKind::SliceToArrayPtr;
        }
        ConvKind::NoOp
    }

    fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId) -> Result<(), String> {
        match self.assignable_to(x, t) {
            Ok(()) => return Ok(()),
            Err(_) => {}
        }
        let v = x.ty;
        let tt = self.tt();
        let (vu, tu) = (tt.under(v), tt.under(t));
        if tt.identical_ignore_tags(vu, tu) {
            return Ok(());
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (tt.kind(v), tt.kind(t)) {
            if tt.identical_ignore_tags(tt.under(*a), tt.under(*b)) {
                return Ok(());
            }
        }
        let int_or_float = |t: TypeId| tt.is_integer(t) || tt.is_float(t);
        if int_or_float(vu) && int_or_float(tu) {
            return Ok(());
        }
        if tt.is_complex(vu) && tt.is_complex(tu) {
            return Ok(());
        }
        let bytes_or_runes = |t: TypeId| match tt.kind(t) {
            TypeKind::Slice(e) => matches!(tt.basic(*e), Some(BasicKind::Uint8 | BasicKind::Int32)),
            _ => false,
        };
        if (tt.is_integer(vu) || bytes_or_runes(vu)) && tt.is_string(tu) {
            return Ok(());
        }
        if tt.is_string(vu) && bytes_or_runes(tu) {
            return Ok(());
        }
        let is_ptr = |t: TypeId| matches!(tt.kind(t), TypeKind::Pointer(_));
        let unsafe_ptr = |t: TypeId| tt.basic(t) == Some(BasicKind::UnsafePointer);
        let uintptr = |t: TypeId| tt.basic(t) == Some(BasicKind::Uintptr);
        if (is_ptr(vu) || uintptr(vu)) && unsafe_ptr(tu) {
            return Ok(());
        }
        if unsafe_ptr(vu) && (is_ptr(tu) || uintptr(tu)) {
            return Ok(());
        }
        if let (TypeKind::Slice(se), TypeKind::Pointer(pb)) = (tt.kind(vu), tt.kind(tu)) {
            if let TypeKind::Array(ae, _) = tt.under_kind(*pb) {
                if tt.identical(*se, *ae) {
                    return Ok(());
                }
            }
        }
        Err(String::new())
    }

    // ------------------------------------------------------------ builtins

    fn builtin(
        &mut self,
        call: &'a ast::Expr,
        fun: &'a ast::Expr,
        args: &'a [ast::Expr],
        has_dots: bool,
        id: BuiltinId,
    ) -> Operand<'a> {
        let mut x = self.invalid_operand(call.start_pos());
        x.expr = Some(call);
        let _ = fun;
        if has_dots && id != BuiltinId::Append {
            self.error(
                call.start_pos(),
                format!("invalid operation: invalid use of ... with built-in {}", id.name()),
            );
            self.use_exprs(args);
            return x;
        }
        let saved_hcr = self.has_call_or_recv;
        if matches!(id, BuiltinId::Len | BuiltinId::Cap) {
            self.has_call_or_recv = false;
        }
        let r = self.builtin_inner(call, args, has_dots, id);
        if matches!(id, BuiltinId::Len | BuiltinId::Cap) {
            self.has_call_or_recv = saved_hcr;
        }
        r
    }

    fn builtin_inner(
        &mut self,
        call: &'a ast::Expr,
        args: &'a [ast::Expr],
        has_dots: bool,
        id: BuiltinId,
    ) -> Operand<'a> {
        let mut x = self.invalid_operand(call.start_pos());
        x.expr = Some(call);
        let special = matches!(id, BuiltinId::Make | BuiltinId::New | BuiltinId::Offsetof);
        let mut ops: Vec<Operand<'a>> = vec![];
        let mut nargs = args.len();
        if !special {
            let (o, _, multi) = self.expr_list(args, false);
            if multi.is_some() {
                // multi-value argument to a builtin: keep the operands, IR uses the call once
            }
            ops = o;
            nargs = ops.len();
            if nargs > 0 && ops[0].mode == Mode::Invalid {
                return x;
            }
        }
        let (min, variadic) = id.nargs();
        let msg = if nargs < min {
            Some("not enough")
        } else if !variadic && nargs > min {
            Some("too many")
        } else {
            None
        };
        if let Some(m) = msg {
            let cs = expr_string(call);
            self.error(
                call.start_pos(),
                format!(
                    "invalid operation: {} arguments for {} (expected {}, found {})",
                    m, cs, min, nargs
                ),
            );
            return x;
        }
        let pos = call.pos;
        let mk = |ty: TypeId, b: Builtin| Expr::new(pos, ty, ExprKind::Builtin(Box::new(b)));
        match id {
            BuiltinId::Append => {
                let s = ops[0].ty;
                let st = self.under(s);
                let TypeKind::Slice(el) = self.kind(st).clone() else {
                    let cause = if ops[0].is_nil() {
                        "have untyped nil".to_string()
                    } else {
                        format!("have {}", self.operand_string(&ops[0]))
                    };
                    self.error(
                        ops[0].pos,
                        format!("first argument to append must be a slice; {}", cause),
                    );
                    return x;
                };
                if nargs == 2 && has_dots {
                    let bs = self.tt_mut().slice(TypeId::BYTE);
                    if self.assignable_to(&ops[0], bs).is_ok()
                        && ops[1].mode != Mode::Invalid
                        && self.tt().is_string(ops[1].ty)
                    {
                        let mut a1 = ops.pop().unwrap();
                        let a0 = ops.pop().unwrap();
                        if self.tt().is_untyped(a1.ty) {
                            self.convert_untyped(&mut a1, TypeId::STRING);
                        }
                        x.mode = Mode::Value;
                        x.ty = s;
                        x.ir = mk(
                            s,
                            Builtin::Append { slice: a0.ir, args: vec![a1.ir], spread: true },
                        );
                        return x;
                    }
                }
                let sl = self.tt_mut().slice(el);
                let sig = Signature {
                    params: vec![
                        Param { name: String::new(), ty: s },
                        Param { name: String::new(), ty: sl },
                    ],
                    results: vec![Param { name: String::new(), ty: s }],
                    variadic: true,
                };
                let AK::Call { fun, .. } = &call.kind else { return x };
                self.arguments(call, fun, &sig, &mut ops, has_dots);
                let mut it = ops.into_iter();
                let first = it.next().unwrap();
                let rest: Vec<Expr> = it.map(|o| o.ir).collect();
                x.mode = Mode::Value;
                x.ty = s;
                x.ir = mk(s, Builtin::Append { slice: first.ir, args: rest, spread: has_dots });
            }
            BuiltinId::Len | BuiltinId::Cap => {
                let a = &ops[0];
                let mut t = self.under(a.ty);
                if let TypeKind::Pointer(b) = self.kind(t).clone() {
                    if let TypeKind::Array(..) = self.tt().under_kind(b) {
                        t = self.under(b);
                    }
                }
                let mut mode = Mode::Invalid;
                let mut val = ConstValue::Unknown;
                match self.kind(t).clone() {
                    TypeKind::Basic(k) if k.is_string() && id == BuiltinId::Len => {
                        if a.mode == Mode::Constant {
                            mode = Mode::Constant;
                            val = ConstValue::int(
                                a.val.as_str().map(|s| s.len()).unwrap_or(0) as i64
                            );
                        } else {
                            mode = Mode::Value;
                        }
                    }
                    TypeKind::Array(_, n) => {
                        mode = Mode::Value;
                        if !self.has_call_or_recv {
                            mode = Mode::Constant;
                            val = ConstValue::int(n as i64);
                        }
                    }
                    TypeKind::Slice(_) | TypeKind::Chan(..) => mode = Mode::Value,
                    TypeKind::Map(..) if id == BuiltinId::Len => mode = Mode::Value,
                    _ => {}
                }
                if mode == Mode::Invalid {
                    if self.under(a.ty) != TypeId::INVALID {
                        let s = self.operand_string(a);
                        self.error(a.pos, format!("invalid argument: {} for {}", s, id.name()));
                    }
                    return x;
                }
                x.mode = mode;
                x.ty = TypeId::INT;
                if mode == Mode::Constant {
                    x.val = val.clone();
                    x.ir =
                        Expr::constant(pos, TypeId::INT, val, Some(Arc::from(expr_string(call))));
                } else {
                    let mut a = ops.remove(0);
                    if self.tt().is_untyped(a.ty) {
                        self.convert_untyped(&mut a, TypeId::STRING);
                    }
                    let b =
                        if id == BuiltinId::Len { Builtin::Len(a.ir) } else { Builtin::Cap(a.ir) };
                    x.ir = mk(TypeId::INT, b);
                }
            }
            BuiltinId::Close => {
                let a = &ops[0];
                let TypeKind::Chan(dir, _) = self.tt().under_kind(a.ty).clone() else {
                    let s = self.operand_string(a);
                    self.error(a.pos, format!("invalid operation: cannot close non-channel {}", s));
                    return x;
                };
                if dir == crate::types::ChanDir::Recv {
                    let s = self.operand_string(a);
                    self.error(
                        a.pos,
                        format!("invalid operation: cannot close receive-only channel {}", s),
                    );
                    return x;
                }
                x.mode = Mode::NoValue;
                x.ty = TypeId::VOID;
                let a = ops.remove(0);
                x.ir = mk(TypeId::VOID, Builtin::Close(a.ir));
            }
            BuiltinId::Complex => {
                let mut y = ops.pop().unwrap();
                let mut a = ops.pop().unwrap();
                if y.mode == Mode::Invalid {
                    return x;
                }
                let d =
                    (self.tt().is_untyped(a.ty) as u8) | ((self.tt().is_untyped(y.ty) as u8) << 1);
                match d {
                    1 => {
                        let t = y.ty;
                        self.convert_untyped(&mut a, t)
                    }
                    2 => {
                        let t = a.ty;
                        self.convert_untyped(&mut y, t)
                    }
                    3 => {
                        if a.mode == Mode::Constant && y.mode == Mode::Constant {
                            for o in [&mut a, &mut y] {
                                if self.prog.types.is_numeric(o.ty) && o.val.imag().sign() == 0 {
                                    o.ty = TypeId::UNTYPED_FLOAT;
                                }
                            }
                        } else {
                            self.convert_untyped(&mut a, TypeId::FLOAT64);
                            self.convert_untyped(&mut y, TypeId::FLOAT64);
                        }
                    }
                    _ => {}
                }
                if a.mode == Mode::Invalid || y.mode == Mode::Invalid {
                    return x;
                }
                if !self.identical(a.ty, y.ty) {
                    let cs = expr_string(call);
                    let (at, yt) = (self.ts(a.ty), self.ts(y.ty));
                    self.error(
                        a.pos,
                        format!("invalid operation: {} (mismatched types {} and {})", cs, at, yt),
                    );
                    return x;
                }
                let res = match self.tt().basic(a.ty) {
                    Some(BasicKind::Float32) => TypeId::COMPLEX64,
                    Some(BasicKind::Float64) => TypeId::COMPLEX128,
                    Some(BasicKind::UntypedFloat) => TypeId::UNTYPED_COMPLEX,
                    _ => {
                        let t = self.ts(a.ty);
                        self.error(
                            a.pos,
                            format!(
                                "invalid argument: arguments have type {}, expected floating-point",
                                t
                            ),
                        );
                        return x;
                    }
                };
                if a.mode == Mode::Constant && y.mode == Mode::Constant {
                    let re = a.val.to_float();
                    let im = y.val.to_float();
                    x.mode = Mode::Constant;
                    x.val = match (re, im) {
                        (ConstValue::Float(r), ConstValue::Float(i)) => ConstValue::Complex(r, i),
                        _ => ConstValue::Unknown,
                    };
                    x.ty = res;
                    x.ir =
                        Expr::constant(pos, res, x.val.clone(), Some(Arc::from(expr_string(call))));
                } else {
                    x.mode = Mode::Value;
                    x.ty = res;
                    x.ir = mk(res, Builtin::Complex(a.ir, y.ir));
                }
            }
            BuiltinId::Real | BuiltinId::Imag => {
                let mut a = ops.remove(0);
                if self.tt().is_untyped(a.ty) {
                    if a.mode == Mode::Constant {
                        if self.tt().is_numeric(a.ty) {
                            a.ty = TypeId::UNTYPED_COMPLEX;
                        }
                    } else {
                        self.convert_untyped(&mut a, TypeId::COMPLEX128);
                        if a.mode == Mode::Invalid {
                            return x;
                        }
                    }
                }
                let res = match self.tt().basic(a.ty) {
                    Some(BasicKind::Complex64) => TypeId::FLOAT32,
                    Some(BasicKind::Complex128) => TypeId::FLOAT64,
                    Some(BasicKind::UntypedComplex) => TypeId::UNTYPED_FLOAT,
                    _ => {
                        let t = self.ts(a.ty);
                        self.error(
                            a.pos,
                            format!(
                                "invalid argument: argument has type {}, expected complex type",
                                t
                            ),
                        );
                        return x;
                    }
                };
                if a.mode == Mode::Constant {
                    x.mode = Mode::Constant;
                    x.val = if id == BuiltinId::Real {
                        a.val.to_complex().real()
                    } else {
                        a.val.to_complex().imag()
                    };
                    x.ty = res;
                    x.ir =
                        Expr::constant(pos, res, x.val.clone(), Some(Arc::from(expr_string(call))));
                } else {
                    x.mode = Mode::Value;
                    x.ty = res;
                    x.ir = mk(
                        res,
                        if id == BuiltinId::Real {
                            Builtin::Real(a.ir)
                        } else {
                            Builtin::Imag(a.ir)
                        },
                    );
                }
            }
            BuiltinId::Copy => {
                let mut y = ops.pop().unwrap();
                let dst = ops.pop().unwrap();
                if y.mode == Mode::Invalid {
                    return x;
                }
                let dst_el = match self.tt().under_kind(dst.ty) {
                    TypeKind::Slice(e) => Some(*e),
                    _ => None,
                };
                let src_el = match self.tt().under_kind(y.ty) {
                    TypeKind::Slice(e) => Some(*e),
                    TypeKind::Basic(k) if k.is_string() => Some(TypeId::BYTE),
                    _ => None,
                };
                let (Some(de), Some(se)) = (dst_el, src_el) else {
                    let (ds, ys) = (self.operand_string(&dst), self.operand_string(&y));
                    self.error(
                        dst.pos,
                        format!(
                            "invalid argument: copy expects slice arguments; found {} and {}",
                            ds, ys
                        ),
                    );
                    return x;
                };
                if !self.identical(de, se) {
                    let (ds, ys) = (self.operand_string(&dst), self.operand_string(&y));
                    let (dt, st) = (self.ts(de), self.ts(se));
                    self.error(dst.pos, format!("invalid argument: arguments to copy {} and {} have different element types {} and {}", ds, ys, dt, st));
                    return x;
                }
                if self.tt().is_untyped(y.ty) {
                    self.convert_untyped(&mut y, TypeId::STRING);
                }
                x.mode = Mode::Value;
                x.ty = TypeId::INT;
                x.ir = mk(TypeId::INT, Builtin::Copy { dst: dst.ir, src: y.ir });
            }
            BuiltinId::Delete => {
                let mut k = ops.pop().unwrap();
                let m = ops.pop().unwrap();
                let TypeKind::Map(kt, _) = self.tt().under_kind(m.ty).clone() else {
                    let s = self.operand_string(&m);
                    self.error(m.pos, format!("invalid argument: {} is not a map", s));
                    return x;
                };
                if k.mode == Mode::Invalid {
                    return x;
                }
                self.assignment(&mut k, Some(kt), "argument to delete");
                if k.mode == Mode::Invalid {
                    return x;
                }
                x.mode = Mode::NoValue;
                x.ty = TypeId::VOID;
                x.ir = mk(TypeId::VOID, Builtin::Delete { map: m.ir, key: k.ir });
            }
            BuiltinId::Make => {
                let arg0 = &args[0];
                let t = self.var_type(arg0);
                if t == TypeId::INVALID {
                    return x;
                }
                let min = match self.tt().under_kind(t) {
                    TypeKind::Slice(_) => 2,
                    TypeKind::Map(..) | TypeKind::Chan(..) => 1,
                    _ => {
                        let s = expr_string(arg0);
                        self.error(arg0.start_pos(), format!("invalid argument: cannot make {}; type must be slice, map, or channel", s));
                        return x;
                    }
                };
                if nargs < min || min + 1 < nargs {
                    let cs = expr_string(call);
                    self.error(
                        call.start_pos(),
                        format!(
                            "invalid operation: {} expects {} or {} arguments; found {}",
                            cs,
                            min,
                            min + 1,
                            nargs
                        ),
                    );
                    return x;
                }
                let mut sizes = vec![];
                let mut irs = vec![];
                for a in &args[1..] {
                    let (ty, size, ir) = self.index_ir(a, -1);
                    let _ = ty;
                    if size >= 0 {
                        sizes.push(size);
                    }
                    irs.push(ir.unwrap_or_else(|| Expr::bad(a.pos)));
                }
                if sizes.len() == 2 && sizes[0] > sizes[1] {
                    self.error(
                        args[1].start_pos(),
                        "invalid argument: length and capacity swapped",
                    );
                }
                x.mode = Mode::Value;
                x.ty = t;
                let mut it = irs.into_iter();
                let b = match self.tt().under_kind(t) {
                    TypeKind::Slice(_) => Builtin::MakeSlice {
                        len: it.next().unwrap(),
                        cap: it.next(),
                        esc: Esc::Unknown,
                    },
                    TypeKind::Map(..) => Builtin::MakeMap { hint: it.next(), esc: Esc::Unknown },
                    _ => Builtin::MakeChan { size: it.next() },
                };
                x.ir = mk(t, b);
            }
            BuiltinId::New => {
                let t = self.var_type(&args[0]);
                if t == TypeId::INVALID {
                    return x;
                }
                let pt = self.tt_mut().pointer(t);
                x.mode = Mode::Value;
                x.ty = pt;
                x.ir = mk(pt, Builtin::New { esc: Esc::Unknown });
            }
            BuiltinId::Panic => {
                if let Some(f) = self.fctx.last_mut() {
                    if !f.results.is_empty() {
                        f.panics.insert(call as *const ast::Expr as usize);
                    }
                }
                let mut a = ops.remove(0);
                self.assignment(&mut a, Some(TypeId::EMPTY_INTERFACE), "argument to panic");
                if a.mode == Mode::Invalid {
                    return x;
                }
                x.mode = Mode::NoValue;
                x.ty = TypeId::VOID;
                x.ir = mk(TypeId::VOID, Builtin::Panic(a.ir));
            }
            BuiltinId::Print | BuiltinId::Println => {
                let mut irs = vec![];
                for mut a in ops {
                    self.assignment(&mut a, None, &format!("argument to {}", id.name()));
                    if a.mode == Mode::Invalid {
                        return x;
                    }
                    irs.push(a.ir);
                }
                x.mode = Mode::NoValue;
                x.ty = TypeId::VOID;
                x.ir = mk(TypeId::VOID, Builtin::Print { args: irs, ln: id == BuiltinId::Println });
            }
            BuiltinId::Recover => {
                if let Some(f) = self.cur_func() {
                    self.prog.funcs[f].has_recover = true;
                }
                x.mode = Mode::Value;
                x.ty = TypeId::EMPTY_INTERFACE;
                x.ir = mk(TypeId::EMPTY_INTERFACE, Builtin::Recover);
            }
            BuiltinId::Clear => {
                let a = ops.remove(0);
                if !matches!(self.tt().under_kind(a.ty), TypeKind::Map(..) | TypeKind::Slice(_)) {
                    let s = self.operand_string(&a);
                    self.error(a.pos, format!("invalid argument: {} must be a map or slice", s));
                    return x;
                }
                x.mode = Mode::NoValue;
                x.ty = TypeId::VOID;
                x.ir = mk(TypeId::VOID, Builtin::Clear(a.ir));
            }
            BuiltinId::Min | BuiltinId::Max => {
                for a in &ops {
                    if a.mode == Mode::Invalid {
                        return x;
                    }
                    if !self.tt().is_ordered(a.ty) {
                        let s = self.operand_string(a);
                        self.error(a.pos, format!("invalid argument: {} cannot be ordered", s));
                        return x;
                    }
                }
                // unify operand types
                let mut cur = ops.remove(0);
                let mut rest_ir = vec![];
                let mut all_const = cur.mode == Mode::Constant;
                let mut acc_val = cur.val.clone();
                let mut others = vec![];
                for mut a in ops {
                    let (ct, at) = (cur.ty, a.ty);
                    self.convert_untyped(&mut a, ct);
                    self.convert_untyped(&mut cur, at);
                    if a.mode == Mode::Invalid || cur.mode == Mode::Invalid {
                        return x;
                    }
                    if !self.identical(cur.ty, a.ty) {
                        let cs = expr_string(call);
                        let (t1, t2) = (self.ts(cur.ty), self.ts(a.ty));
                        self.error(a.pos, format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", t1, t2, a.expr.map(expr_string).unwrap_or_default()));
                        let _ = cs;
                        return x;
                    }
                    if a.mode == Mode::Constant && all_const {
                        let less =
                            ConstValue::compare(&a.val, crate::constant::CmpOp::Lt, &acc_val)
                                .unwrap_or(false);
                        if (id == BuiltinId::Min) == less {
                            acc_val = a.val.clone();
                        }
                    } else {
                        all_const = false;
                    }
                    others.push(a);
                }
                let ty = cur.ty;
                if all_const {
                    x.mode = Mode::Constant;
                    x.ty = ty;
                    x.val = acc_val.clone();
                    x.ir = Expr::constant(pos, ty, acc_val, Some(Arc::from(expr_string(call))));
                } else {
                    rest_ir.push(cur.ir);
                    for a in others {
                        rest_ir.push(a.ir);
                    }
                    x.mode = Mode::Value;
                    x.ty = ty;
                    x.ir = mk(ty, Builtin::MinMax { max: id == BuiltinId::Max, args: rest_ir });
                }
            }
            BuiltinId::Sizeof | BuiltinId::Alignof => {
                let mut a = ops.remove(0);
                self.assignment(&mut a, None, &format!("argument to unsafe.{}", id.name()));
                if a.mode == Mode::Invalid {
                    return x;
                }
                let l = self.tt().layout(a.ty);
                let v = if id == BuiltinId::Sizeof { l.size } else { l.align };
                x.mode = Mode::Constant;
                x.ty = TypeId::UINTPTR;
                x.val = ConstValue::int(v as i64);
                x.ir = Expr::constant(
                    pos,
                    TypeId::UINTPTR,
                    x.val.clone(),
                    Some(Arc::from(expr_string(call))),
                );
            }
            BuiltinId::Offsetof => {
                let arg0 = &args[0];
                let AK::Selector { x: sx, sel } = &super::decl::unparen(arg0).kind else {
                    let s = expr_string(arg0);
                    self.error(
                        arg0.start_pos(),
                        format!("invalid argument: {} is not a selector expression", s),
                    );
                    return x;
                };
                let b = self.expr(sx);
                if b.mode == Mode::Invalid {
                    return x;
                }
                let base = match self.tt().under_kind(b.ty) {
                    TypeKind::Pointer(p) if self.tt().struct_fields(*p).is_some() => *p,
                    _ => b.ty,
                };
                let l = self.lookup_field_or_method(base, false, &sel.name);
                match l.found {
                    Some(Found::Field { .. }) => {}
                    Some(_) => {
                        let s = expr_string(arg0);
                        self.error(
                            arg0.start_pos(),
                            format!("invalid argument: {} is a method value", s),
                        );
                        return x;
                    }
                    None => {
                        let bs = self.ts(base);
                        self.error(
                            b.pos,
                            format!("invalid argument: {} has no single field {}", bs, sel.name),
                        );
                        return x;
                    }
                }
                if l.indirect {
                    let bs = self.ts(base);
                    self.error(
                        b.pos,
                        format!(
                            "invalid argument: field {} is embedded via a pointer in {}",
                            sel.name, bs
                        ),
                    );
                    return x;
                }
                let mut off = 0u64;
                let mut t = base;
                for &i in &l.index {
                    let offs = self.tt().field_offsets(t);
                    off += offs.get(i).copied().unwrap_or(0);
                    t = self
                        .tt()
                        .struct_fields(t)
                        .and_then(|f| f.get(i))
                        .map(|f| f.ty)
                        .unwrap_or(TypeId::INVALID);
                }
                x.mode = Mode::Constant;
                x.ty = TypeId::UINTPTR;
                x.val = ConstValue::int(off as i64);
                x.ir = Expr::constant(
                    pos,
                    TypeId::UINTPTR,
                    x.val.clone(),
                    Some(Arc::from(expr_string(call))),
                );
            }
            BuiltinId::Add => {
                let mut p = ops.remove(0);
                self.assignment(&mut p, Some(TypeId::UNSAFE_POINTER), "argument to unsafe.Add");
                let mut n = ops.remove(0);
                if p.mode == Mode::Invalid || !self.is_valid_index(&mut n, "length", true) {
                    return x;
                }
                x.mode = Mode::Value;
                x.ty = TypeId::UNSAFE_POINTER;
                // unsafe.Add(p, n) is uintptr arithmetic on the pointer
                let pi = Expr::new(
                    pos,
                    TypeId::UINTPTR,
                    ExprKind::Conv {
                        kind: ConvKind::PointerInt,
                        x: Box::new(p.ir),
                        implicit: true,
                        esc: Esc::Unknown,
                    },
                );
                let ni = Expr::new(
                    pos,
                    TypeId::UINTPTR,
                    ExprKind::Conv {
                        kind: ConvKind::Numeric,
                        x: Box::new(n.ir),
                        implicit: true,
                        esc: Esc::Unknown,
                    },
                );
                let sum = Expr::new(
                    pos,
                    TypeId::UINTPTR,
                    ExprKind::Binary { op: BinaryOp::Add, x: Box::new(pi), y: Box::new(ni) },
                );
                x.ir = Expr::new(
                    pos,
                    TypeId::UNSAFE_POINTER,
                    ExprKind::Conv {
                        kind: ConvKind::PointerInt,
                        x: Box::new(sum),
                        implicit: true,
                        esc: Esc::Unknown,
                    },
                );
            }
            BuiltinId::Slice => {
                let p = ops.remove(0);
                let TypeKind::Pointer(el) = self.tt().under_kind(p.ty).clone() else {
                    let s = self.operand_string(&p);
                    self.error(p.pos, format!("invalid argument: {} is not a pointer", s));
                    return x;
                };
                let mut n = ops.remove(0);
                if !self.is_valid_index(&mut n, "length", false) {
                    return x;
                }
                let st = self.tt_mut().slice(el);
                x.mode = Mode::Value;
                x.ty = st;
                // represented as a conversion of the pointer (len in the Slice node)
                let conv = Expr::new(
                    pos,
                    st,
                    ExprKind::Conv {
                        kind: ConvKind::NoOp,
                        x: Box::new(p.ir),
                        implicit: true,
                        esc: Esc::Unknown,
                    },
                );
                x.ir = Expr::new(
                    pos,
                    st,
                    ExprKind::Slice {
                        kind: SliceKind::Slice,
                        x: Box::new(conv),
                        lo: None,
                        hi: Some(Box::new(n.ir)),
                        max: None,
                    },
                );
            }
        }
        x
    }
}
