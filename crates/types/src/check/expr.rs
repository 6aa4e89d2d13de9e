//! Expressions: operands, constants and untyped values, operators,
//! assignability, composite literals, index and slice expressions.

use super::*;
use crate::constant::{CmpOp, ConstOp};
use crate::types::BasicKind;
use std::sync::Arc;
use syntax::ast::{BinOp, ExprKind as AK, UnOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Invalid,
    NoValue,
    Builtin(BuiltinId),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    CommaOk,
    NilValue,
}

/// What an expression is in statement context (types2's exprKind).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExprClass {
    Conversion,
    Expression,
    Statement,
}

/// The result of checking an expression: its mode, type, constant value, the
/// source expression (for messages) and the IR built for it.
#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: ConstValue,
    pub expr: Option<&'a ast::Expr>,
    /// Start position of the expression (where types2 reports errors).
    pub pos: Pos,
    pub ir: Expr,
    pub class: ExprClass,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConvError {
    Truncated,
    Overflow,
    InvalidConst,
    InvalidUntyped,
}

impl<'a> Operand<'a> {
    pub fn is_nil(&self) -> bool {
        self.mode == Mode::NilValue
    }
}

fn cmp_op(op: BinOp) -> Option<(CmpOp, CompareOp)> {
    Some(match op {
        BinOp::Eq => (CmpOp::Eq, CompareOp::Eq),
        BinOp::Ne => (CmpOp::Ne, CompareOp::Ne),
        BinOp::Lt => (CmpOp::Lt, CompareOp::Lt),
        BinOp::Le => (CmpOp::Le, CompareOp::Le),
        BinOp::Gt => (CmpOp::Gt, CompareOp::Gt),
        BinOp::Ge => (CmpOp::Ge, CompareOp::Ge),
        _ => return None,
    })
}

pub(crate) fn binop_str(op: BinOp) -> &'static str {
    match op {
        BinOp::OrOr => "||",
        BinOp::AndAnd => "&&",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Rem => "%",
        BinOp::And => "&",
        BinOp::AndNot => "&^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
    }
}

pub(crate) fn unop_str(op: UnOp) -> &'static str {
    match op {
        UnOp::Plus => "+",
        UnOp::Neg => "-",
        UnOp::Not => "!",
        UnOp::Xor => "^",
        UnOp::Addr => "&",
        UnOp::Recv => "<-",
    }
}

fn ir_binop(op: BinOp) -> Option<BinaryOp> {
    Some(match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Sub,
        BinOp::Mul => BinaryOp::Mul,
        BinOp::Div => BinaryOp::Div,
        BinOp::Rem => BinaryOp::Rem,
        BinOp::And => BinaryOp::And,
        BinOp::Or => BinaryOp::Or,
        BinOp::Xor => BinaryOp::Xor,
        BinOp::AndNot => BinaryOp::AndNot,
        BinOp::Shl => BinaryOp::Shl,
        BinOp::Shr => BinaryOp::Shr,
        _ => return None,
    })
}

impl<'a> Checker<'a> {
    pub(crate) fn invalid_operand(&self, pos: Pos) -> Operand<'a> {
        Operand {
            mode: Mode::Invalid,
            ty: TypeId::INVALID,
            val: ConstValue::Unknown,
            expr: None,
            pos,
            ir: Expr::bad(pos),
            class: ExprClass::Statement,
        }
    }

    fn operand_from(&self, e: &'a ast::Expr) -> Operand<'a> {
        let mut x = self.invalid_operand(e.start_pos());
        x.expr = Some(e);
        x
    }

    /// types2's operandString.
    pub(crate) fn operand_string(&self, x: &Operand<'a>) -> String {
        if x.mode == Mode::NilValue {
            return if x.ty == TypeId::UNTYPED_NIL || x.ty == TypeId::INVALID {
                if x.ty == TypeId::INVALID {
                    "nil (with invalid type)".into()
                } else {
                    "nil".into()
                }
            } else {
                format!("nil (of type {})", self.ts(x.ty))
            };
        }
        let expr = match x.expr {
            Some(e) => expr_string(e),
            None => match x.mode {
                Mode::Builtin(b) => b.name().to_string(),
                Mode::TypeExpr => self.ts(x.ty),
                Mode::Constant => x.val.to_string(),
                _ => String::new(),
            },
        };
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if self.tt().is_untyped(x.ty) {
                    if let TypeKind::Basic(k) = self.kind(x.ty) {
                        buf.push_str(k.name());
                        buf.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
            Mode::NilValue => "nil",
        });
        if x.mode == Mode::Constant {
            let s = x.val.to_string();
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if x.ty != TypeId::INVALID {
                buf.push_str(" of type ");
                buf.push_str(&self.ts(x.ty));
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    // ------------------------------------------------------------ entry points

    /// Checks `e` as a single value.
    pub(crate) fn expr(&mut self, e: &'a ast::Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, true, true, true);
        self.single_value(&mut x);
        x
    }

    /// Like [`Self::expr`] but the result may be a tuple.
    pub(crate) fn multi_expr(&mut self, e: &'a ast::Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, true, true, true);
        x
    }

    pub(crate) fn expr_with_hint(&mut self, e: &'a ast::Expr, hint: TypeId) -> Operand<'a> {
        let mut x = self.raw_expr(e, Some(hint));
        self.exclude(&mut x, true, true, true);
        self.single_value(&mut x);
        x
    }

    pub(crate) fn expr_or_type(&mut self, e: &'a ast::Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, true, false, false);
        self.single_value(&mut x);
        x
    }

    fn exclude(&mut self, x: &mut Operand<'a>, novalue: bool, builtin: bool, typexpr: bool) {
        let msg = match x.mode {
            Mode::NoValue if novalue => {
                if typexpr {
                    "used as value"
                } else {
                    "used as value or type"
                }
            }
            Mode::Builtin(_) if builtin => "must be called",
            Mode::TypeExpr if typexpr => "is not an expression",
            _ => return,
        };
        let s = self.operand_string(x);
        self.error(x.pos, format!("{} {}", s, msg));
        x.mode = Mode::Invalid;
    }

    pub(crate) fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == Mode::Value {
            if let TypeKind::Tuple(_) = self.kind(x.ty) {
                let s = self.operand_string(x);
                self.error(x.pos, format!("multiple-value {} in single-value context", s));
                x.mode = Mode::Invalid;
            }
        }
    }

    /// types2's rawExpr.
    pub(crate) fn raw_expr(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.expr_internal(e, hint);
        if x.mode == Mode::Invalid {
            x.ty = TypeId::INVALID;
            x.ir = Expr::bad(e.pos);
        }
        x
    }

    fn expr_internal(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.operand_from(e);
        x.class = ExprClass::Expression;
        match &e.kind {
            AK::Bad => {
                x.class = ExprClass::Statement;
                return x;
            }
            AK::Name(name) => return self.ident(e, name, false),
            AK::Lit(lit) => return self.basic_lit(e, lit),
            AK::FuncLit { sig, body } => return self.func_lit(e, sig, body),
            AK::Composite { typ, elems, rbrace } => {
                return self.composite_lit(e, typ.as_deref(), elems, *rbrace, hint);
            }
            AK::Paren(inner) => {
                let mut y = self.raw_expr(inner, hint);
                y.expr = Some(e);
                y.pos = e.start_pos();
                return y;
            }
            AK::Selector { .. } => return self.selector(e, false),
            AK::Index { x: base, indices } => return self.index_expr(e, base, indices),
            AK::Slice { x: base, lo, hi, max, full } => {
                return self.slice_expr(
                    e,
                    base,
                    lo.as_deref(),
                    hi.as_deref(),
                    max.as_deref(),
                    *full,
                );
            }
            AK::Assert { x: inner, typ } => return self.assert_expr(e, inner, typ),
            AK::TypeSwitchGuard { .. } => {
                self.error(e.start_pos(), "use of .(type) outside type switch");
                return x;
            }
            AK::Call { fun, args, has_dots, rparen } => {
                return self.call_expr(e, fun, args, *has_dots, *rparen);
            }
            AK::Star(inner) => return self.star_expr(e, inner),
            AK::Unary { op, x: inner } => return self.unary(e, *op, inner),
            AK::Binary { op, x: l, y: r } => return self.binary(Some(e), l, r, *op, e.pos),
            AK::Tilde(_) => {
                self.error(e.pos, "cannot use ~ outside of interface or type constraint");
                return x;
            }
            AK::Dots(_) => {
                self.error(e.pos, "invalid use of '...'");
                return x;
            }
            AK::ArrayType { .. }
            | AK::SliceType(_)
            | AK::StructType(_)
            | AK::InterfaceType(_)
            | AK::FuncType(_)
            | AK::MapType { .. }
            | AK::ChanType { .. } => {
                let t = self.typ(e);
                x.mode = if t == TypeId::INVALID { Mode::Invalid } else { Mode::TypeExpr };
                x.ty = t;
                return x;
            }
        }
    }

    // ------------------------------------------------------------ names

    pub(crate) fn ident(&mut self, e: &'a ast::Expr, name: &str, want_type: bool) -> Operand<'a> {
        let mut x = self.operand_from(e);
        x.class = ExprClass::Expression;
        let Some((scope, obj)) = self.lookup_parent(name) else {
            if name == "_" {
                self.error(e.pos, "cannot use _ as value or type");
            } else {
                self.error(e.pos, format!("undefined: {}", name));
            }
            return x;
        };
        if self.objs[obj].ty.is_none()
            || (want_type && matches!(self.objs[obj].kind, ObjKind::TypeName { .. }))
        {
            self.obj_decl(obj);
        }
        if let Some(&p) = self.dot_imports.get(&(scope, name.to_string())) {
            self.objs[p].used = true;
        }
        let ty = self.objs[obj].ty.unwrap_or(TypeId::INVALID);
        let kind = self.objs[obj].kind.clone();
        match kind {
            ObjKind::PkgName { .. } => {
                self.error(e.pos, format!("use of package {} not in selector", name));
                return x;
            }
            ObjKind::Const { val, .. } => {
                self.add_decl_dep(obj);
                if ty == TypeId::INVALID {
                    return x;
                }
                let v = if self.objs[obj].pkg.is_none() && name == "iota" {
                    match self.iota {
                        Some(i) => ConstValue::int(i as i64),
                        None => {
                            self.error(e.pos, "cannot use iota outside constant declaration");
                            return x;
                        }
                    }
                } else {
                    val
                };
                x.mode = Mode::Constant;
                x.ty = ty;
                x.val = v.clone();
                x.ir = Expr::constant(e.pos, ty, v, Some(Arc::from(name)));
            }
            ObjKind::TypeName { .. } => {
                x.mode = Mode::TypeExpr;
                x.ty = ty;
            }
            ObjKind::Var(vref) => {
                if self.objs[obj].pkg == Some(self.pkg) {
                    self.objs[obj].used = true;
                }
                self.add_decl_dep(obj);
                if ty == TypeId::INVALID {
                    return x;
                }
                x.mode = Mode::Variable;
                x.ty = ty;
                x.ir = match vref {
                    VarRef::Global(g) => Expr::new(e.pos, ty, ExprKind::Global(g)),
                    VarRef::Local(f, l) => {
                        let l = self.local_ref(f, l);
                        Expr::new(e.pos, ty, ExprKind::Local(l))
                    }
                    VarRef::Blank => Expr::new(e.pos, ty, ExprKind::Blank),
                };
            }
            ObjKind::Func(fid) => {
                self.add_decl_dep(obj);
                x.mode = Mode::Value;
                x.ty = ty;
                x.ir = Expr::new(e.pos, ty, ExprKind::Func(fid));
            }
            ObjKind::Builtin(b) => {
                x.mode = Mode::Builtin(b);
                x.ty = TypeId::INVALID;
            }
            ObjKind::Nil => {
                x.mode = Mode::NilValue;
                x.ty = TypeId::UNTYPED_NIL;
                x.ir = Expr::new(e.pos, TypeId::UNTYPED_NIL, ExprKind::Nil);
            }
        }
        x
    }

    fn basic_lit(&mut self, e: &'a ast::Expr, lit: &ast::Lit) -> Operand<'a> {
        let mut x = self.operand_from(e);
        x.class = ExprClass::Expression;
        let (ty, val) = match lit {
            ast::Lit::Int(s) | ast::Lit::Float(s) | ast::Lit::Imag(s) if s.len() > 10000 => {
                self.error(
                    e.pos,
                    format!(
                        "excessively long constant: {}... ({} chars)",
                        &s[..10.min(s.len())],
                        s.len()
                    ),
                );
                return x;
            }
            ast::Lit::Int(s) => (TypeId::UNTYPED_INT, ConstValue::from_int_literal(s)),
            ast::Lit::Float(s) => (TypeId::UNTYPED_FLOAT, ConstValue::from_float_literal(s)),
            ast::Lit::Imag(s) => (TypeId::UNTYPED_COMPLEX, ConstValue::from_imag_literal(s)),
            ast::Lit::Rune(r) => (TypeId::UNTYPED_RUNE, Some(ConstValue::int(*r as i64))),
            ast::Lit::Str(b) => (TypeId::UNTYPED_STRING, Some(ConstValue::string(b))),
        };
        let Some(val) = val else {
            let s = expr_string(e);
            self.error(e.pos, format!("malformed constant: {}", s));
            return x;
        };
        x.mode = Mode::Constant;
        x.ty = ty;
        x.val = val.clone();
        x.ir = Expr::constant(e.pos, ty, val, Some(Arc::from(expr_string(e))));
        x
    }

    // ------------------------------------------------------------ constants & untyped

    /// Rebuilds the IR of a constant operand from its value and type.
    pub(crate) fn refresh_const_ir(&self, x: &mut Operand<'a>) {
        if x.mode == Mode::Constant {
            let text = match &x.ir.kind {
                ExprKind::Const(c) => c.text.clone(),
                _ => x.expr.map(|e| Arc::from(expr_string(e))),
            };
            let pos = x.ir.pos;
            x.ir =
                Expr::constant(if pos.is_known() { pos } else { x.pos }, x.ty, x.val.clone(), text);
        }
    }

    /// types2's representableConst; returns the rounded value.
    pub(crate) fn representable_const(&self, v: &ConstValue, t: TypeId) -> Option<ConstValue> {
        if v.is_unknown() {
            return Some(ConstValue::Unknown);
        }
        let Some(k) = self.tt().basic(t) else { return None };
        use num_bigint::BigInt;
        if k.is_integer() {
            let iv = v.to_int();
            let ConstValue::Int(i) = &iv else { return None };
            let fits = |bits: u32, signed: bool| -> bool {
                if signed {
                    let lo = -(BigInt::from(1) << (bits - 1));
                    let hi = (BigInt::from(1) << (bits - 1)) - 1;
                    *i >= lo && *i <= hi
                } else {
                    *i >= BigInt::from(0) && i.bits() <= bits as u64
                }
            };
            let ok = match k {
                BasicKind::Int | BasicKind::Int64 => fits(64, true),
                BasicKind::Int8 => fits(8, true),
                BasicKind::Int16 => fits(16, true),
                BasicKind::Int32 => fits(32, true),
                BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => fits(64, false),
                BasicKind::Uint8 => fits(8, false),
                BasicKind::Uint16 => fits(16, false),
                BasicKind::Uint32 => fits(32, false),
                BasicKind::UntypedInt | BasicKind::UntypedRune => true,
                _ => false,
            };
            return if ok { Some(iv) } else { None };
        }
        if k.is_float() {
            let fv = v.to_float();
            if !matches!(fv, ConstValue::Float(_)) {
                return None;
            }
            return match k {
                BasicKind::Float32 => fv.round_float32(),
                BasicKind::Float64 => fv.round_float64(),
                _ => Some(fv),
            };
        }
        if k.is_complex() {
            let cv = v.to_complex();
            let ConstValue::Complex(re, im) = &cv else { return None };
            let (re, im) = (ConstValue::Float(re.clone()), ConstValue::Float(im.clone()));
            let round = |x: &ConstValue| match k {
                BasicKind::Complex64 => x.round_float32(),
                BasicKind::Complex128 => x.round_float64(),
                _ => Some(x.clone()),
            };
            let (ConstValue::Float(r), ConstValue::Float(i)) = (round(&re)?, round(&im)?) else {
                return None;
            };
            return Some(ConstValue::Complex(r, i));
        }
        if k.is_string() {
            return matches!(v, ConstValue::String(_)).then(|| v.clone());
        }
        if k.is_boolean() {
            return matches!(v, ConstValue::Bool(_)).then(|| v.clone());
        }
        None
    }

    fn representation(&self, x: &Operand<'a>, t: TypeId) -> Result<ConstValue, ConvError> {
        match self.representable_const(&x.val, t) {
            Some(v) => Ok(v),
            None => {
                if self.tt().is_numeric(x.ty) && self.tt().is_numeric(t) {
                    if !self.tt().is_integer(x.ty) && self.tt().is_integer(t) {
                        Err(ConvError::Truncated)
                    } else {
                        Err(ConvError::Overflow)
                    }
                } else {
                    Err(ConvError::InvalidConst)
                }
            }
        }
    }

    /// Checks that constant `x` is representable in basic type `t` (types2's representable).
    pub(crate) fn representable(&mut self, x: &mut Operand<'a>, t: TypeId) {
        match self.representation(x, t) {
            Ok(v) => {
                x.val = v;
                self.refresh_const_ir(x);
            }
            Err(code) => {
                self.invalid_conversion(code, x, t);
                x.mode = Mode::Invalid;
            }
        }
    }

    pub(crate) fn invalid_conversion(&mut self, code: ConvError, x: &Operand<'a>, target: TypeId) {
        let xs = self.operand_string(x);
        let ts = self.ts(target);
        let msg = match code {
            ConvError::Truncated => format!("{} truncated to {}", xs, ts),
            ConvError::Overflow => format!("{} overflows {}", xs, ts),
            _ => format!("cannot convert {} to {}", xs, ts),
        };
        self.error(x.pos, msg);
    }

    /// types2's implicitTypeAndValue.
    pub(crate) fn implicit_type_and_value(
        &self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ConvError> {
        if x.mode == Mode::Invalid || self.tt().is_typed(x.ty) || target == TypeId::INVALID {
            return Ok((x.ty, None));
        }
        if self.tt().is_untyped(target) {
            let xk = self.tt().basic(x.ty).unwrap();
            let tk = self.tt().basic(target).unwrap();
            if xk.is_numeric() && tk.is_numeric() {
                if (xk as u32) < (tk as u32) {
                    return Ok((target, None));
                }
            } else if xk != tk {
                return Err(ConvError::InvalidUntyped);
            }
            return Ok((x.ty, None));
        }
        if x.is_nil() {
            if self.tt().has_nil(target) {
                return Ok((target, None));
            }
            return Err(ConvError::InvalidUntyped);
        }
        match self.tt().under_kind(target).clone() {
            TypeKind::Basic(_) => {
                if x.mode == Mode::Constant {
                    let v = self.representation(x, target)?;
                    return Ok((target, Some(v)));
                }
                let xk = self.tt().basic(x.ty).unwrap();
                let ok = match xk {
                    BasicKind::UntypedBool => self.tt().is_boolean(target),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => self.tt().is_numeric(target),
                    BasicKind::UntypedString => self.tt().is_string(target),
                    _ => false,
                };
                if !ok {
                    return Err(ConvError::InvalidUntyped);
                }
            }
            TypeKind::Interface(_) => {
                if !self.tt().interface_methods(target).is_empty() {
                    return Err(ConvError::InvalidUntyped);
                }
                return Ok((self.default_type(x.ty), None));
            }
            _ => return Err(ConvError::InvalidUntyped),
        }
        Ok((target, None))
    }

    /// types2's convertUntyped.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = if self.tt().is_type_param(target) { target } else { self.under(target) };
                self.invalid_conversion(code, x, t);
                x.mode = Mode::Invalid;
            }
            Ok((nt, val)) => {
                if let Some(v) = val {
                    x.val = v;
                }
                if nt != x.ty {
                    x.ty = nt;
                    self.update_expr_type(x, nt, false);
                }
                self.refresh_const_ir(x);
            }
        }
    }

    /// Gives an untyped operand's IR its final (or a larger untyped) type.
    pub(crate) fn update_expr_type(&mut self, x: &mut Operand<'a>, t: TypeId, _final: bool) {
        if x.mode == Mode::Constant {
            x.ir.ty = t;
            return;
        }
        if x.mode == Mode::NilValue {
            x.ir.ty = t;
            return;
        }
        let ast = x.expr;
        let mut ir = std::mem::replace(&mut x.ir, Expr::bad(x.pos));
        self.update_ir_type(ast, &mut ir, t);
        x.ir = ir;
    }

    fn update_ir_type(&mut self, ast: Option<&'a ast::Expr>, ir: &mut Expr, t: TypeId) {
        if !self.tt().is_untyped(ir.ty) {
            return;
        }
        let ast = ast.map(|a| super::decl::unparen(a));
        let final_untyped = self.tt().is_untyped(t);
        match &mut ir.kind {
            ExprKind::Const(c) => {
                if !final_untyped {
                    // a constant operand of a non-constant untyped expression
                    let mut op = self.invalid_operand(ir.pos);
                    op.mode = Mode::Constant;
                    op.ty = ir.ty;
                    op.val = c.value.clone();
                    op.expr = ast;
                    if let Some(a) = ast {
                        op.pos = a.start_pos();
                    }
                    match self.implicit_type_and_value(&op, t) {
                        Ok((_, Some(v))) => c.value = v,
                        Ok(_) => {}
                        Err(code) => {
                            let ut = self.under(t);
                            self.invalid_conversion(code, &op, ut);
                        }
                    }
                }
            }
            ExprKind::Compare { .. } => {}
            ExprKind::Logical { x, y, .. } => {
                let (ax, ay) = match ast.map(|a| &a.kind) {
                    Some(AK::Binary { x, y, .. }) => (Some(&**x), Some(&**y)),
                    _ => (None, None),
                };
                self.update_ir_type(ax, x, t);
                self.update_ir_type(ay, y, t);
            }
            ExprKind::Unary { x, .. } => {
                let ax = match ast.map(|a| &a.kind) {
                    Some(AK::Unary { x, .. }) => Some(&**x),
                    _ => None,
                };
                self.update_ir_type(ax, x, t);
            }
            ExprKind::Binary { op, x, y } => {
                let (ax, ay) = match ast.map(|a| &a.kind) {
                    Some(AK::Binary { x, y, .. }) => (Some(&**x), Some(&**y)),
                    _ => (None, None),
                };
                if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    // the lhs of a non-constant shift takes the result type
                    if !final_untyped && !self.tt().is_integer(t) {
                        if let Some(a) = ast {
                            let s = expr_string(a);
                            let ts = self.ts(t);
                            let p = ax.map(|x| x.start_pos()).unwrap_or(ir.pos);
                            self.error(
                                p,
                                format!("invalid operation: {} (shift of type {})", s, ts),
                            );
                        }
                    } else {
                        self.update_ir_type(ax, x, t);
                    }
                } else {
                    self.update_ir_type(ax, x, t);
                    self.update_ir_type(ay, y, t);
                }
            }
            _ => {}
        }
        ir.ty = t;
    }

    /// Checks overflow of a constant result (types2's overflow).
    fn overflow(&mut self, x: &mut Operand<'a>, op_pos: Pos, op_name: &str) {
        if x.val.is_unknown() {
            self.error(op_pos, "constant result is not representable");
            return;
        }
        if self.tt().is_typed(x.ty) {
            let u = self.under(x.ty);
            self.representable(x, u);
            return;
        }
        if let ConstValue::Int(_) = x.val {
            if x.val.bit_len() > 512 {
                self.error(op_pos, format!("constant {} overflow", op_name));
                x.val = ConstValue::Unknown;
            }
        }
    }

    // ------------------------------------------------------------ assignability

    /// types2's assignableTo; `Err(reason)` (possibly empty).
    pub(crate) fn assignable_to(&mut self, x: &Operand<'a>, t: TypeId) -> Result<(), String> {
        if x.mode == Mode::Invalid || t == TypeId::INVALID {
            return Ok(());
        }
        let v = x.ty;
        if self.identical(v, t) {
            return Ok(());
        }
        let vu = self.under(v);
        let tu = self.under(t);
        if self.tt().is_untyped(vu) {
            return match self.implicit_type_and_value(x, t) {
                Ok(_) => Ok(()),
                Err(_) => Err(String::new()),
            };
        }
        if self.identical(vu, tu) && (!self.tt().has_name(v) || !self.tt().has_name(t)) {
            return Ok(());
        }
        if self.tt().is_interface(tu) || self.is_interface_ptr(tu) {
            return self.implements(v, t);
        }
        if self.tt().is_interface(vu) && self.implements(t, v).is_ok() {
            return Err("need type assertion".into());
        }
        if let (TypeKind::Chan(crate::types::ChanDir::Both, ve), TypeKind::Chan(_, te)) =
            (self.kind(vu).clone(), self.kind(tu).clone())
        {
            if self.identical(ve, te) {
                return if !self.tt().has_name(v) || !self.tt().has_name(t) {
                    Ok(())
                } else {
                    Err(String::new())
                };
            }
        }
        Err(String::new())
    }

    /// types2's assignment: checks that `x` can be assigned to a variable of
    /// type `t` (`None`: the blank identifier) and converts `x` (value and IR).
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.single_value(x);
        match x.mode {
            Mode::Invalid => return,
            Mode::Constant
            | Mode::Variable
            | Mode::MapIndex
            | Mode::Value
            | Mode::NilValue
            | Mode::CommaOk => {}
            _ => {
                let s = self.operand_string(x);
                let ts = t.map(|t| self.ts(t)).unwrap_or_else(|| "<nil>".into());
                self.error(x.pos, format!("cannot assign {} to {} in {}", s, ts, context));
                x.mode = Mode::Invalid;
                return;
            }
        }
        if self.tt().is_untyped(x.ty) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    self.error(x.pos, format!("use of untyped nil in {}", context));
                    x.mode = Mode::Invalid;
                    return;
                }
            } else if t.is_none()
                || t.is_some_and(|t| self.tt().is_interface(t) && !self.tt().is_type_param(t))
            {
                target = Some(self.default_type(x.ty));
            }
            let target = target.unwrap();
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let xs = self.operand_string(x);
                    let ts = self.ts(target);
                    let mut msg = format!("cannot use {} as {} value in {}", xs, ts, context);
                    match code {
                        ConvError::Truncated => msg.push_str(" (truncated)"),
                        ConvError::Overflow => msg.push_str(" (overflows)"),
                        _ => {}
                    }
                    self.error(x.pos, msg);
                    x.mode = Mode::Invalid;
                    return;
                }
                Ok((nt, val)) => {
                    if let Some(v) = val {
                        x.val = v;
                    }
                    if nt != x.ty {
                        x.ty = nt;
                        self.update_expr_type(x, nt, true);
                    }
                    self.refresh_const_ir(x);
                }
            }
        }
        let Some(t) = t else { return };
        if let Err(reason) = self.assignable_to(x, t) {
            let xs = self.operand_string(x);
            let ts = self.ts(t);
            if reason.is_empty() {
                self.error(x.pos, format!("cannot use {} as type {} in {}", xs, ts, context));
            } else {
                self.error(
                    x.pos,
                    format!("cannot use {} as type {} in {}:\n\t{}", xs, ts, context, reason),
                );
            }
            x.mode = Mode::Invalid;
            return;
        }
        self.implicit_conv(x, t);
    }

    /// Inserts the implicit conversion of an assignable `x` to `t` into the IR.
    pub(crate) fn implicit_conv(&mut self, x: &mut Operand<'a>, t: TypeId) {
        if x.mode == Mode::Invalid || t == TypeId::INVALID {
            return;
        }
        if x.is_nil() {
            x.ir.ty = t;
            return;
        }
        if x.ty == t {
            return;
        }
        let ir = std::mem::replace(&mut x.ir, Expr::bad(x.pos));
        let pos = ir.pos;
        let kind = if self.tt().is_interface(t) && !self.identical(x.ty, t) {
            ConvKind::ToInterface
        } else if self.identical(x.ty, t) {
            x.ir = Expr { ty: t, ..ir };
            return;
        } else {
            ConvKind::NoOp
        };
        x.ir = Expr::new(
            pos,
            t,
            ExprKind::Conv { kind, x: Box::new(ir), implicit: true, esc: Esc::Unknown },
        );
    }

    // ------------------------------------------------------------ operators

    fn unary(&mut self, e: &'a ast::Expr, op: UnOp, inner: &'a ast::Expr) -> Operand<'a> {
        let mut x = self.expr(inner);
        let inner_x = x.clone();
        x.expr = Some(e);
        x.pos = e.start_pos();
        if x.mode == Mode::Invalid {
            return x;
        }
        match op {
            UnOp::Addr => {
                let is_lit = matches!(super::decl::unparen(inner).kind, AK::Composite { .. });
                if !is_lit && x.mode != Mode::Variable {
                    let s = self.operand_string(&inner_x);
                    self.error(
                        inner_x.pos,
                        format!("invalid operation: cannot take address of {}", s),
                    );
                    x.mode = Mode::Invalid;
                    return x;
                }
                self.mark_addr_taken(&x.ir);
                x.mode = Mode::Value;
                let pt = self.tt_mut().pointer(x.ty);
                x.ty = pt;
                x.ir = Expr::new(
                    e.pos,
                    pt,
                    ExprKind::AddrOf { x: Box::new(x.ir), implicit: false, esc: Esc::Unknown },
                );
                return x;
            }
            UnOp::Recv => {
                let ct = self.under(x.ty);
                let TypeKind::Chan(dir, el) = self.kind(ct).clone() else {
                    let s = self.operand_string(&inner_x);
                    self.error(
                        inner_x.pos,
                        format!("invalid operation: cannot receive from non-channel {}", s),
                    );
                    x.mode = Mode::Invalid;
                    return x;
                };
                if dir == crate::types::ChanDir::Send {
                    let s = self.operand_string(&inner_x);
                    self.error(
                        inner_x.pos,
                        format!("invalid operation: cannot receive from send-only channel {}", s),
                    );
                    x.mode = Mode::Invalid;
                    return x;
                }
                x.mode = Mode::CommaOk;
                x.ty = el;
                x.ir = Expr::new(e.pos, el, ExprKind::Recv { ch: Box::new(x.ir), comma_ok: false });
                x.class = ExprClass::Statement;
                self.has_call_or_recv = true;
                return x;
            }
            _ => {}
        }
        let ok = match op {
            UnOp::Plus | UnOp::Neg => self.tt().is_numeric(x.ty),
            UnOp::Xor => self.tt().is_integer(x.ty),
            UnOp::Not => self.tt().is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let s = self.operand_string(&inner_x);
            self.error(
                inner_x.pos,
                format!("invalid operation: operator {} not defined on {}", unop_str(op), s),
            );
            x.mode = Mode::Invalid;
            return x;
        }
        if x.mode == Mode::Constant {
            if x.val.is_unknown() {
                return x;
            }
            let prec =
                if self.tt().is_unsigned(x.ty) { (self.tt().size_of(x.ty) * 8) as u32 } else { 0 };
            x.val = ConstValue::unary(op, &x.val, prec);
            x.ir = Expr::constant(e.pos, x.ty, x.val.clone(), Some(Arc::from(expr_string(e))));
            let name = if op == UnOp::Xor { "bitwise complement" } else { "" };
            self.overflow(&mut x, e.pos, name);
            self.refresh_const_ir(&mut x);
            return x;
        }
        x.mode = Mode::Value;
        let iop = match op {
            UnOp::Plus => UnaryOp::Plus,
            UnOp::Neg => UnaryOp::Neg,
            UnOp::Not => UnaryOp::Not,
            _ => UnaryOp::BitNot,
        };
        let ty = x.ty;
        x.ir = Expr::new(e.pos, ty, ExprKind::Unary { op: iop, x: Box::new(x.ir) });
        x
    }

    /// Marks the variable at the root of an addressable expression as address-taken.
    pub(crate) fn mark_addr_taken(&mut self, ir: &Expr) {
        match &ir.kind {
            ExprKind::Local(l) => {
                if let Some(f) = self.cur_func() {
                    if let Some(loc) = self.prog.funcs[f].locals.get_mut(*l) {
                        loc.addr_taken = true;
                    }
                }
            }
            ExprKind::Field { x, ptr: false, .. } => self.mark_addr_taken(x),
            ExprKind::Index { kind: IndexKind::Array, x, .. } => self.mark_addr_taken(x),
            _ => {}
        }
    }

    fn star_expr(&mut self, e: &'a ast::Expr, inner: &'a ast::Expr) -> Operand<'a> {
        let mut x = self.expr_or_type(inner);
        let inner_x = x.clone();
        x.expr = Some(e);
        x.pos = e.start_pos();
        match x.mode {
            Mode::Invalid => x,
            Mode::TypeExpr => {
                let t = self.tt_mut().pointer(x.ty);
                x.ty = t;
                x
            }
            _ => {
                let u = self.under(x.ty);
                let TypeKind::Pointer(base) = *self.kind(u) else {
                    if x.ty != TypeId::INVALID {
                        let s = self.operand_string(&inner_x);
                        self.error(
                            inner_x.pos,
                            format!("invalid operation: cannot indirect {}", s),
                        );
                    }
                    x.mode = Mode::Invalid;
                    return x;
                };
                x.mode = Mode::Variable;
                x.ty = base;
                x.ir =
                    Expr::new(e.pos, base, ExprKind::Deref { x: Box::new(x.ir), implicit: false });
                x
            }
        }
    }

    /// Checks a binary expression (also used for `x op= y` with `e == None`).
    pub(crate) fn binary(
        &mut self,
        e: Option<&'a ast::Expr>,
        lhs: &'a ast::Expr,
        rhs: &'a ast::Expr,
        op: BinOp,
        op_pos: Pos,
    ) -> Operand<'a> {
        let x = self.expr(lhs);
        let y = self.expr(rhs);
        self.binary_with(x, y, e, lhs, rhs, op, op_pos)
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn binary_with(
        &mut self,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
        e: Option<&'a ast::Expr>,
        lhs: &'a ast::Expr,
        rhs: &'a ast::Expr,
        op: BinOp,
        op_pos: Pos,
    ) -> Operand<'a> {
        if x.mode == Mode::Invalid {
            return x;
        }
        if y.mode == Mode::Invalid {
            x.mode = Mode::Invalid;
            return x;
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(x, y, e, op, op_pos);
        }
        let can_mix = {
            let tt = self.tt();
            let xi = tt.is_interface(x.ty) && !tt.is_type_param(x.ty);
            let yi = tt.is_interface(y.ty) && !tt.is_type_param(y.ty);
            if xi || yi {
                true
            } else if tt.is_boolean(x.ty) != tt.is_boolean(y.ty)
                || tt.is_string(x.ty) != tt.is_string(y.ty)
            {
                false
            } else if (x.is_nil() && !tt.has_nil(y.ty)) || (y.is_nil() && !tt.has_nil(x.ty)) {
                false
            } else {
                true
            }
        };
        if can_mix {
            let yt = y.ty;
            self.convert_untyped(&mut x, yt);
            if x.mode == Mode::Invalid {
                return x;
            }
            let xt = x.ty;
            self.convert_untyped(&mut y, xt);
            if y.mode == Mode::Invalid {
                x.mode = Mode::Invalid;
                return x;
            }
        }
        if let Some((cop, irop)) = cmp_op(op) {
            return self.comparison(x, y, cop, irop, e, op, op_pos);
        }
        if !self.identical(x.ty, y.ty) {
            if x.ty != TypeId::INVALID && y.ty != TypeId::INVALID {
                let (xs, ys) = (self.ts(x.ty), self.ts(y.ty));
                let msg = match e {
                    Some(e) => format!(
                        "invalid operation: {} (mismatched types {} and {})",
                        expr_string(e),
                        xs,
                        ys
                    ),
                    None => format!(
                        "invalid operation: {} {}= {} (mismatched types {} and {})",
                        expr_string(lhs),
                        binop_str(op),
                        expr_string(rhs),
                        xs,
                        ys
                    ),
                };
                self.error(x.pos, msg);
            }
            x.mode = Mode::Invalid;
            return x;
        }
        let ok = {
            let tt = self.tt();
            match op {
                BinOp::Add => tt.is_numeric(x.ty) || tt.is_string(x.ty),
                BinOp::Sub | BinOp::Mul | BinOp::Div => tt.is_numeric(x.ty),
                BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                    tt.is_integer(x.ty)
                }
                BinOp::AndAnd | BinOp::OrOr => tt.is_boolean(x.ty),
                _ => false,
            }
        };
        if !ok {
            let s = self.operand_string(&x);
            self.error(
                x.pos,
                format!("invalid operation: operator {} not defined on {}", binop_str(op), s),
            );
            x.mode = Mode::Invalid;
            return x;
        }
        if matches!(op, BinOp::Div | BinOp::Rem)
            && (x.mode == Mode::Constant || self.tt().is_integer(x.ty))
            && y.mode == Mode::Constant
            && y.val.sign() == 0
            && !y.val.is_unknown()
        {
            self.error(y.pos, "invalid operation: division by zero");
            x.mode = Mode::Invalid;
            return x;
        }
        let text = e.map(|e| Arc::<str>::from(expr_string(e)));
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            if x.val.is_unknown() || y.val.is_unknown() {
                x.val = ConstValue::Unknown;
                self.refresh_const_ir(&mut x);
                return x;
            }
            x.val = match op {
                BinOp::AndAnd => ConstValue::Bool(
                    x.val.as_bool().unwrap_or(false) && y.val.as_bool().unwrap_or(false),
                ),
                BinOp::OrOr => ConstValue::Bool(
                    x.val.as_bool().unwrap_or(false) || y.val.as_bool().unwrap_or(false),
                ),
                _ => {
                    let cop = match op {
                        BinOp::Add => ConstOp::Add,
                        BinOp::Sub => ConstOp::Sub,
                        BinOp::Mul => ConstOp::Mul,
                        BinOp::Div => {
                            if self.tt().is_integer(x.ty) {
                                ConstOp::IntDiv
                            } else {
                                ConstOp::Quo
                            }
                        }
                        BinOp::Rem => ConstOp::Rem,
                        BinOp::And => ConstOp::And,
                        BinOp::Or => ConstOp::Or,
                        BinOp::Xor => ConstOp::Xor,
                        _ => ConstOp::AndNot,
                    };
                    ConstValue::binary(&x.val, cop, &y.val)
                }
            };
            x.expr = e;
            if let Some(e) = e {
                x.pos = e.start_pos();
            }
            x.ir = Expr::constant(op_pos, x.ty, x.val.clone(), text);
            let name = match op {
                BinOp::Add => "addition",
                BinOp::Sub => "subtraction",
                BinOp::Xor => "bitwise XOR",
                BinOp::Mul => "multiplication",
                _ => "",
            };
            let opp = if e.is_some() { op_pos } else { x.pos };
            self.overflow(&mut x, opp, name);
            self.refresh_const_ir(&mut x);
            return x;
        }
        x.mode = Mode::Value;
        x.expr = e;
        if let Some(e) = e {
            x.pos = e.start_pos();
        }
        let ty = x.ty;
        let (xi, yi) = (std::mem::replace(&mut x.ir, Expr::bad(op_pos)), y.ir);
        x.ir = match op {
            BinOp::AndAnd | BinOp::OrOr => Expr::new(
                op_pos,
                ty,
                ExprKind::Logical { and: op == BinOp::AndAnd, x: Box::new(xi), y: Box::new(yi) },
            ),
            BinOp::Add if self.tt().is_string(ty) => {
                let mut args = match xi.kind {
                    ExprKind::AddString { args, .. } => args,
                    _ => vec![xi],
                };
                args.push(yi);
                Expr::new(op_pos, ty, ExprKind::AddString { args, esc: Esc::Unknown })
            }
            _ => Expr::new(
                op_pos,
                ty,
                ExprKind::Binary { op: ir_binop(op).unwrap(), x: Box::new(xi), y: Box::new(yi) },
            ),
        };
        x
    }

    fn shift(
        &mut self,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
        e: Option<&'a ast::Expr>,
        op: BinOp,
        op_pos: Pos,
    ) -> Operand<'a> {
        let xval = if x.mode == Mode::Constant { Some(x.val.to_int()) } else { None };
        let lhs_ok = self.tt().is_integer(x.ty)
            || (self.tt().is_untyped(x.ty) && matches!(xval, Some(ConstValue::Int(_))));
        if !lhs_ok {
            let s = self.operand_string(&x);
            self.error(x.pos, format!("invalid operation: shifted operand {} must be integer", s));
            x.mode = Mode::Invalid;
            return x;
        }
        if y.mode == Mode::Constant {
            let yval = y.val.to_int();
            if let ConstValue::Int(_) = yval {
                if yval.sign() < 0 {
                    let s = self.operand_string(&y);
                    self.error(y.pos, format!("invalid operation: negative shift count {}", s));
                    x.mode = Mode::Invalid;
                    return x;
                }
            }
            if self.tt().is_untyped(y.ty) {
                self.representable(&mut y, TypeId::UINT);
                if y.mode == Mode::Invalid {
                    x.mode = Mode::Invalid;
                    return x;
                }
            }
        } else if self.tt().is_integer(y.ty) {
        } else if self.tt().is_untyped(y.ty) {
            self.convert_untyped(&mut y, TypeId::UINT);
            if y.mode == Mode::Invalid {
                x.mode = Mode::Invalid;
                return x;
            }
        } else {
            let s = self.operand_string(&y);
            self.error(y.pos, format!("invalid operation: shift count {} must be integer", s));
            x.mode = Mode::Invalid;
            return x;
        }
        let text = e.map(|e| Arc::<str>::from(expr_string(e)));
        // an untyped shift count becomes a uint in the IR (as gc's irgen does)
        if self.tt().is_untyped(y.ty) && y.mode == Mode::Constant {
            if let ConstValue::Int(i) = y.val.to_int() {
                y.ir = Expr::constant(
                    y.ir.pos,
                    TypeId::UINT,
                    ConstValue::Int(i),
                    match &y.ir.kind {
                        ExprKind::Const(c) => c.text.clone(),
                        _ => None,
                    },
                );
            }
        }
        if x.mode == Mode::Constant {
            if y.mode == Mode::Constant {
                if x.val.is_unknown() || y.val.is_unknown() {
                    x.val = ConstValue::Unknown;
                    if !self.tt().is_integer(x.ty) {
                        x.ty = TypeId::UNTYPED_INT;
                    }
                    self.refresh_const_ir(&mut x);
                    return x;
                }
                const SHIFT_BOUND: u64 = 1023 - 1 + 52;
                let s = y.val.to_u64();
                match s {
                    Some(s) if s <= SHIFT_BOUND => {
                        if !self.tt().is_integer(x.ty) {
                            x.ty = TypeId::UNTYPED_INT;
                        }
                        x.val = ConstValue::shift(xval.as_ref().unwrap(), op == BinOp::Shl, s);
                        x.expr = e;
                        if let Some(e) = e {
                            x.pos = e.start_pos();
                        }
                        x.ir = Expr::constant(op_pos, x.ty, x.val.clone(), text);
                        let opp = if e.is_some() { op_pos } else { x.pos };
                        self.overflow(&mut x, opp, "shift");
                        self.refresh_const_ir(&mut x);
                        return x;
                    }
                    _ => {
                        let s = self.operand_string(&y);
                        self.error(y.pos, format!("invalid operation: invalid shift count {}", s));
                        x.mode = Mode::Invalid;
                        return x;
                    }
                }
            }
            if self.tt().is_untyped(x.ty) {
                // non-constant shift with untyped constant lhs: the lhs gets
                // its type from the context (see update_ir_type)
                x.mode = Mode::Value;
                x.expr = e;
                if let Some(e) = e {
                    x.pos = e.start_pos();
                }
                let ty = x.ty;
                let xi = std::mem::replace(&mut x.ir, Expr::bad(op_pos));
                x.ir = Expr::new(
                    op_pos,
                    ty,
                    ExprKind::Binary {
                        op: ir_binop(op).unwrap(),
                        x: Box::new(xi),
                        y: Box::new(y.ir),
                    },
                );
                return x;
            }
        }
        if !self.tt().is_integer(x.ty) {
            let s = self.operand_string(&x);
            self.error(x.pos, format!("invalid operation: shifted operand {} must be integer", s));
            x.mode = Mode::Invalid;
            return x;
        }
        x.mode = Mode::Value;
        x.expr = e;
        if let Some(e) = e {
            x.pos = e.start_pos();
        }
        let ty = x.ty;
        let xi = std::mem::replace(&mut x.ir, Expr::bad(op_pos));
        x.ir = Expr::new(
            op_pos,
            ty,
            ExprKind::Binary { op: ir_binop(op).unwrap(), x: Box::new(xi), y: Box::new(y.ir) },
        );
        x
    }

    pub(crate) fn kind_string(&self, t: TypeId) -> String {
        match self.tt().under_kind(t) {
            TypeKind::Array(..) => "array".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Struct(_) => "struct".into(),
            TypeKind::Pointer(_) => "pointer".into(),
            TypeKind::Func(_) => "func".into(),
            TypeKind::Interface(_) => "interface".into(),
            TypeKind::Map(..) => "map".into(),
            TypeKind::Chan(..) => "chan".into(),
            _ => self.ts(t),
        }
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.tt().under_kind(t) {
            TypeKind::Slice(_) | TypeKind::Func(_) | TypeKind::Map(..) => {
                return format!("{} can only be compared to nil", self.kind_string(t));
            }
            _ => {}
        }
        // find the culprit
        match self.tt().under_kind(t).clone() {
            TypeKind::Struct(fs) => {
                for f in fs {
                    if !self.tt().comparable(f.ty) {
                        return format!("struct containing {} cannot be compared", self.ts(f.ty));
                    }
                }
                String::new()
            }
            TypeKind::Array(..) => format!("{} cannot be compared", self.ts(self.under(t))),
            _ => String::new(),
        }
    }

    /// types2's comparison (`switch_case`: report as an invalid case).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn comparison(
        &mut self,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
        cop: CmpOp,
        irop: CompareOp,
        e: Option<&'a ast::Expr>,
        op: BinOp,
        op_pos: Pos,
    ) -> Operand<'a> {
        let mut err_on_y = false;
        let mut cause = String::new();
        let mut failed = false;
        let ok = self.assignable_to(&x, y.ty).is_ok() || self.assignable_to(&y, x.ty).is_ok();
        if !ok {
            err_on_y = true;
            cause = format!("mismatched types {} and {}", self.ts(x.ty), self.ts(y.ty));
            failed = true;
        } else {
            match cop {
                CmpOp::Eq | CmpOp::Ne => {
                    if x.is_nil() || y.is_nil() {
                        let t = if x.is_nil() { y.ty } else { x.ty };
                        if !self.tt().has_nil(t) {
                            err_on_y = true;
                            failed = true;
                        }
                    } else if !self.tt().comparable(x.ty) {
                        cause = self.incomparable_cause(x.ty);
                        failed = true;
                    } else if !self.tt().comparable(y.ty) {
                        err_on_y = true;
                        cause = self.incomparable_cause(y.ty);
                        failed = true;
                    }
                }
                _ => {
                    if !self.tt().is_ordered(x.ty) {
                        failed = true;
                    } else if !self.tt().is_ordered(y.ty) {
                        err_on_y = true;
                        failed = true;
                    }
                }
            }
        }
        if failed {
            let err_op = if err_on_y { &y } else { &x };
            if cause.is_empty() {
                let ks = self.kind_string(err_op.ty);
                cause = format!("operator {} not defined on {}", binop_str(op), ks);
            }
            let pos = err_op.pos;
            match e {
                Some(e) => {
                    let (xs, ys) = match &e.kind {
                        AK::Binary { x, y, .. } => (expr_string(x), expr_string(y)),
                        _ => (String::new(), String::new()),
                    };
                    self.error(
                        pos,
                        format!("invalid operation: {} {} {} ({})", xs, binop_str(op), ys, cause),
                    );
                }
                None => {
                    // switch case
                    let xs = x.expr.map(expr_string).unwrap_or_default();
                    let ys = y.expr.map(expr_string).unwrap_or_else(|| "true".into());
                    self.error(
                        x.pos,
                        format!("invalid case {} in switch on {} ({})", xs, ys, cause),
                    );
                }
            }
            x.mode = Mode::Invalid;
            return x;
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let v = ConstValue::compare(&x.val, cop, &y.val).unwrap_or(false);
            x.val = if x.val.is_unknown() || y.val.is_unknown() {
                ConstValue::Unknown
            } else {
                ConstValue::Bool(v)
            };
            x.ty = TypeId::UNTYPED_BOOL;
            x.expr = e;
            if let Some(e) = e {
                x.pos = e.start_pos();
            }
            x.ir = Expr::constant(
                op_pos,
                TypeId::UNTYPED_BOOL,
                x.val.clone(),
                e.map(|e| Arc::from(expr_string(e))),
            );
            return x;
        }
        // materialize operand types
        let dx = self.default_type(x.ty);
        let dy = self.default_type(y.ty);
        if self.tt().is_untyped(x.ty) && !x.is_nil() {
            self.convert_untyped(&mut x, dx);
        }
        if self.tt().is_untyped(y.ty) && !y.is_nil() {
            self.convert_untyped(&mut y, dy);
        }
        // operands of different (assignable) types: gc converts the left one to
        // the right one's type if it can, else the right one (OCONVIFACE/OCONVNOP)
        if !x.is_nil() && !y.is_nil() && !self.identical(x.ty, y.ty) {
            if self.assignable_to(&x, y.ty).is_ok() {
                let t = y.ty;
                self.implicit_conv(&mut x, t);
            } else {
                let t = x.ty;
                self.implicit_conv(&mut y, t);
            }
        }
        if x.is_nil() {
            x.ir.ty = y.ty;
        }
        if y.is_nil() {
            y.ir.ty = x.ty;
        }
        let xi = std::mem::replace(&mut x.ir, Expr::bad(op_pos));
        x.ir = Expr::new(
            op_pos,
            TypeId::UNTYPED_BOOL,
            ExprKind::Compare { op: irop, x: Box::new(xi), y: Box::new(y.ir) },
        );
        x.mode = Mode::Value;
        x.ty = TypeId::UNTYPED_BOOL;
        x.expr = e;
        if let Some(e) = e {
            x.pos = e.start_pos();
        }
        x
    }

    // ------------------------------------------------------------ function literals

    fn func_lit(
        &mut self,
        e: &'a ast::Expr,
        sig: &'a ast::FuncType,
        body: &'a ast::Block,
    ) -> Operand<'a> {
        let mut x = self.operand_from(e);
        let name = self.closure_name();
        let parent = self.cur_func();
        let fid = self.new_func(name, e.pos, FuncKind::Closure { parent });
        self.prog.funcs[fid].end = body.rbrace;
        let si = self.signature(None, sig);
        self.setup_func(fid, &si, false);
        match parent {
            Some(p) => self.prog.funcs[p].closures.push(fid),
            None => self.prog.packages[self.pkg].glob_closures.push(fid),
        }
        if parent.is_some() {
            self.func_lit_body(fid, body);
        } else {
            // package level: delay until all package objects are declared
            self.delayed_lits.push((fid, body, self.scope, self.cur_decl, self.iota));
        }
        x.mode = Mode::Value;
        x.ty = si.ty;
        x.class = ExprClass::Expression;
        x.ir = Expr::new(e.pos, si.ty, ExprKind::FuncLit { func: fid, esc: Esc::Unknown });
        x
    }

    // ------------------------------------------------------------ composite literals

    fn composite_lit(
        &mut self,
        e: &'a ast::Expr,
        typ: Option<&'a ast::Expr>,
        elems: &'a [ast::Element],
        rbrace: Pos,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let mut x = self.operand_from(e);
        let (ty, base, open_array) = match typ {
            Some(t) => {
                if let AK::ArrayType { len: ast::ArrayLen::Dots, elem } = &t.kind {
                    let el = self.var_type(elem);
                    (TypeId::INVALID, el, true)
                } else {
                    let ty = self.typ(t);
                    (ty, ty, false)
                }
            }
            None => match hint {
                Some(h) => {
                    // *T implies &T{}
                    let b = match self.tt().under_kind(h) {
                        TypeKind::Pointer(b) => *b,
                        _ => h,
                    };
                    (h, b, false)
                }
                None => {
                    self.error(e.pos, "missing type in composite literal");
                    return x;
                }
            },
        };
        if open_array {
            let el = base;
            let (elems_ir, n) = self.indexed_elts(elems, el, None);
            let at = self.tt_mut().array(el, n);
            x.mode = Mode::Value;
            x.ty = at;
            x.ir = Expr::new(e.pos, at, ExprKind::Composite(Box::new(Composite::Array(elems_ir))));
            return x;
        }
        if self.pending_named.contains(&base) {
            self.error(e.start_pos(), "illegal cycle in type declaration");
            return x;
        }
        let u = self.under(base);
        let comp = match self.kind(u).clone() {
            TypeKind::Struct(fields) => {
                let mut out = vec![];
                if !elems.is_empty() {
                    if elems[0].key.is_some() {
                        let mut visited = vec![false; fields.len()];
                        for el in elems {
                            let Some(key) = &el.key else {
                                self.error(
                                    el.value.start_pos(),
                                    "mixture of field:value and value elements in struct literal",
                                );
                                continue;
                            };
                            let mut v = self.expr(&el.value);
                            let AK::Name(kname) = &key.kind else {
                                let ks = expr_string(key);
                                self.error(
                                    el.pos,
                                    format!("invalid field name {} in struct literal", ks),
                                );
                                continue;
                            };
                            let idx = fields.iter().position(|f| {
                                f.name == *kname
                                    && kname != "_"
                                    && (is_exported(kname) || f.pkg == Some(self.pkg))
                            });
                            let Some(i) = idx else {
                                let bs = self.ts(base);
                                self.error(
                                    key.pos,
                                    format!(
                                        "unknown field '{}' in struct literal of type {}",
                                        kname, bs
                                    ),
                                );
                                continue;
                            };
                            self.assignment(&mut v, Some(fields[i].ty), "struct literal");
                            if visited[i] {
                                self.error(
                                    el.pos,
                                    format!("duplicate field name {} in struct literal", kname),
                                );
                                continue;
                            }
                            visited[i] = true;
                            if v.mode != Mode::Invalid {
                                out.push((i, v.ir));
                            }
                        }
                    } else {
                        for (i, el) in elems.iter().enumerate() {
                            if el.key.is_some() {
                                self.error(
                                    el.pos,
                                    "mixture of field:value and value elements in struct literal",
                                );
                                continue;
                            }
                            let mut v = self.expr(&el.value);
                            if i >= fields.len() {
                                let bs = self.ts(base);
                                self.error(v.pos, format!("too many values in {}{{…}}", bs));
                                break;
                            }
                            let f = &fields[i];
                            if !is_exported(&f.name) && f.pkg != Some(self.pkg) {
                                let ts = self.ts(ty);
                                self.error(
                                    v.pos,
                                    format!(
                                        "implicit assignment to unexported field {} in {} literal",
                                        f.name, ts
                                    ),
                                );
                                continue;
                            }
                            self.assignment(&mut v, Some(f.ty), "struct literal");
                            if v.mode != Mode::Invalid {
                                out.push((i, v.ir));
                            }
                        }
                        if elems.len() < fields.len() {
                            let bs = self.ts(base);
                            self.error(rbrace, format!("too few values in {}{{…}}", bs));
                        }
                    }
                }
                Composite::Struct(out)
            }
            TypeKind::Array(el, n) => {
                let (items, _) = self.indexed_elts(elems, el, Some(n));
                Composite::Array(items)
            }
            TypeKind::Slice(el) => {
                let (items, n) = self.indexed_elts(elems, el, None);
                Composite::Slice { elems: items, len: n, esc: Esc::Unknown }
            }
            TypeKind::Map(kt, vt) => {
                let mut entries = vec![];
                let mut seen: HashMap<crate::constant::ConstKey, Vec<TypeId>> = HashMap::new();
                let key_iface = self.tt().is_interface(kt);
                for el in elems {
                    let Some(key) = &el.key else {
                        self.error(el.value.start_pos(), "missing key in map literal");
                        continue;
                    };
                    let mut k = self.expr_with_hint(key, kt);
                    self.assignment(&mut k, Some(kt), "map literal");
                    if k.mode == Mode::Invalid {
                        continue;
                    }
                    if k.mode == Mode::Constant {
                        let kv = k.val.key();
                        let ktype = match &k.ir.kind {
                            ExprKind::Conv { x, .. } => x.ty,
                            _ => k.ty,
                        };
                        let list = seen.entry(kv).or_default();
                        let dup = if key_iface {
                            list.iter().any(|t| self.prog.types.identical(*t, ktype))
                        } else {
                            !list.is_empty()
                        };
                        list.push(ktype);
                        if dup {
                            let vs = k.val.to_string();
                            self.error(k.pos, format!("duplicate key {} in map literal", vs));
                            continue;
                        }
                    }
                    let mut v = self.expr_with_hint(&el.value, vt);
                    self.assignment(&mut v, Some(vt), "map literal");
                    if v.mode != Mode::Invalid {
                        entries.push((k.ir, v.ir));
                    }
                }
                Composite::Map { entries, esc: Esc::Unknown }
            }
            _ => {
                for el in elems {
                    let _ = self.raw_expr(&el.value, None);
                }
                if u != TypeId::INVALID {
                    let ts = self.ts(ty);
                    self.error(e.pos, format!("invalid composite literal type {}", ts));
                }
                return x;
            }
        };
        x.mode = Mode::Value;
        x.ty = ty;
        x.class = ExprClass::Expression;
        let lit = Expr::new(e.pos, base, ExprKind::Composite(Box::new(comp)));
        // an elided &T{} inside a literal of pointers
        x.ir = if base != ty && typ.is_none() {
            Expr::new(
                e.pos,
                ty,
                ExprKind::AddrOf { x: Box::new(lit), implicit: true, esc: Esc::Unknown },
            )
        } else {
            lit
        };
        x
    }

    fn indexed_elts(
        &mut self,
        elems: &'a [ast::Element],
        el: TypeId,
        length: Option<u64>,
    ) -> (Vec<(u64, Expr)>, u64) {
        let mut visited = HashSet::new();
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut out = vec![];
        for e in elems {
            let mut valid_index = false;
            if let Some(k) = &e.key {
                let (t, i) = self.index(k, length.map(|l| l as i64).unwrap_or(-1));
                if t != TypeId::INVALID {
                    if i >= 0 {
                        index = i as u64;
                        valid_index = true;
                    } else {
                        let ks = expr_string(k);
                        self.error(e.pos, format!("index {} must be integer constant", ks));
                    }
                }
            } else if length.is_some_and(|l| index >= l) {
                self.error(
                    e.value.start_pos(),
                    format!("index {} is out of bounds (>= {})", index, length.unwrap()),
                );
            } else {
                valid_index = true;
            }
            if valid_index {
                if !visited.insert(index) {
                    let p = if e.key.is_some() { e.pos } else { e.value.start_pos() };
                    self.error(p, format!("duplicate index {} in array or slice literal", index));
                }
            }
            let this = index;
            index += 1;
            if index > max {
                max = index;
            }
            let mut v = self.expr_with_hint(&e.value, el);
            self.assignment(&mut v, Some(el), "array or slice literal");
            if v.mode != Mode::Invalid {
                out.push((this, v.ir));
            }
        }
        (out, max)
    }

    // ------------------------------------------------------------ index & slice

    /// Checks an index; returns (type, constant value or -1).
    pub(crate) fn index(&mut self, e: &'a ast::Expr, max: i64) -> (TypeId, i64) {
        let (t, v, _) = self.index_ir(e, max);
        (t, v)
    }

    pub(crate) fn index_ir(&mut self, e: &'a ast::Expr, max: i64) -> (TypeId, i64, Option<Expr>) {
        let mut x = self.expr(e);
        if !self.is_valid_index(&mut x, "index", false) {
            return (TypeId::INVALID, -1, None);
        }
        if x.mode != Mode::Constant {
            return (x.ty, -1, Some(x.ir));
        }
        if x.val.is_unknown() {
            return (TypeId::INVALID, -1, None);
        }
        let v = x.val.to_i64().unwrap_or(-1);
        if max >= 0 && v >= max {
            let vs = x.val.to_string();
            self.error(x.pos, format!("invalid argument: index {} out of bounds [0:{}]", vs, max));
            return (TypeId::INVALID, -1, None);
        }
        (x.ty, v, Some(x.ir))
    }

    pub(crate) fn is_valid_index(
        &mut self,
        x: &mut Operand<'a>,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        if x.mode == Mode::Invalid {
            return false;
        }
        self.convert_untyped(x, TypeId::INT);
        if x.mode == Mode::Invalid {
            return false;
        }
        if !self.tt().is_integer(x.ty) {
            let s = self.operand_string(x);
            self.error(x.pos, format!("invalid argument: {} {} must be integer", what, s));
            return false;
        }
        if x.mode == Mode::Constant {
            if !allow_negative && x.val.sign() < 0 {
                let s = self.operand_string(x);
                self.error(x.pos, format!("invalid argument: {} {} must not be negative", what, s));
                return false;
            }
            match self.representable_const(&x.val, TypeId::INT) {
                Some(v) => x.val = v,
                None => {
                    let s = self.operand_string(x);
                    self.error(x.pos, format!("invalid argument: {} {} overflows int", what, s));
                    return false;
                }
            }
        }
        true
    }

    fn index_expr(
        &mut self,
        e: &'a ast::Expr,
        base: &'a ast::Expr,
        indices: &'a [ast::Expr],
    ) -> Operand<'a> {
        let mut x = self.expr_or_type(base);
        match x.mode {
            Mode::Invalid => {
                for i in indices {
                    let _ = self.raw_expr(i, None);
                }
                x.expr = Some(e);
                x.pos = e.start_pos();
                return x;
            }
            Mode::TypeExpr => {
                self.error(e.start_pos(), "generic type instantiation is not supported");
                x.mode = Mode::Invalid;
                return x;
            }
            _ => {}
        }
        let orig = x.clone();
        x.expr = Some(e);
        x.pos = e.start_pos();
        x.class = ExprClass::Expression;
        let Some(index) = indices.first() else {
            self.error(e.pos, "invalid operation: missing index");
            x.mode = Mode::Invalid;
            return x;
        };
        if indices.len() > 1 {
            self.error(indices[1].start_pos(), "invalid operation: more than one index");
        }
        let u = self.under(x.ty);
        let (elem, kind, length, mode, deref) = match self.kind(u).clone() {
            TypeKind::Basic(k) if k.is_string() => {
                let len = if x.mode == Mode::Constant {
                    x.val.as_str().map(|s| s.len() as i64).unwrap_or(-1)
                } else {
                    -1
                };
                if self.tt().is_untyped(x.ty) {
                    self.convert_untyped(&mut x, TypeId::STRING);
                }
                (TypeId::BYTE, IndexKind::String, len, Mode::Value, false)
            }
            TypeKind::Array(el, n) => {
                let m = if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value };
                (el, IndexKind::Array, n as i64, m, false)
            }
            TypeKind::Pointer(b) if matches!(self.tt().under_kind(b), TypeKind::Array(..)) => {
                let TypeKind::Array(el, n) = self.tt().under_kind(b).clone() else {
                    unreachable!()
                };
                (el, IndexKind::Array, n as i64, Mode::Variable, true)
            }
            TypeKind::Slice(el) => (el, IndexKind::Slice, -1, Mode::Variable, false),
            TypeKind::Map(kt, vt) => {
                let mut k = self.expr(index);
                self.assignment(&mut k, Some(kt), "map index");
                x.mode = Mode::MapIndex;
                x.ty = vt;
                let m = std::mem::replace(&mut x.ir, Expr::bad(e.pos));
                x.ir = Expr::new(
                    e.pos,
                    vt,
                    ExprKind::MapIndex { map: Box::new(m), key: Box::new(k.ir), comma_ok: false },
                );
                return x;
            }
            _ => {
                let s = self.operand_string(&orig);
                self.error(e.pos, format!("invalid operation: cannot index {}", s));
                x.mode = Mode::Invalid;
                return x;
            }
        };
        let (_, cval, iir) = self.index_ir(index, length);
        let Some(iir) = iir else {
            x.mode = Mode::Invalid;
            return x;
        };
        // constant string indexed by a constant
        if kind == IndexKind::String && x.mode == Mode::Constant && cval >= 0 {
            if let Some(s) = x.val.as_str() {
                if let Some(&b) = s.get(cval as usize) {
                    x.mode = Mode::Value;
                    x.ty = elem;
                    let sir = std::mem::replace(&mut x.ir, Expr::bad(e.pos));
                    x.ir = Expr::new(
                        e.pos,
                        elem,
                        ExprKind::Index { kind, x: Box::new(sir), index: Box::new(iir) },
                    );
                    let _ = b;
                    return x;
                }
            }
        }
        let mut base_ir = std::mem::replace(&mut x.ir, Expr::bad(e.pos));
        if deref {
            let bt = self.tt().elem(u).unwrap();
            base_ir = Expr::new(
                base_ir.pos,
                bt,
                ExprKind::Deref { x: Box::new(base_ir), implicit: true },
            );
        }
        x.mode = mode;
        x.ty = elem;
        x.ir = Expr::new(
            e.pos,
            elem,
            ExprKind::Index { kind, x: Box::new(base_ir), index: Box::new(iir) },
        );
        x
    }

    fn slice_expr(
        &mut self,
        e: &'a ast::Expr,
        base: &'a ast::Expr,
        lo: Option<&'a ast::Expr>,
        hi: Option<&'a ast::Expr>,
        max: Option<&'a ast::Expr>,
        full: bool,
    ) -> Operand<'a> {
        let mut x = self.expr(base);
        if x.mode == Mode::Invalid {
            for i in [lo, hi, max].into_iter().flatten() {
                let _ = self.raw_expr(i, None);
            }
            x.expr = Some(e);
            return x;
        }
        let orig = x.clone();
        let u = self.under(x.ty);
        let mut length: i64 = -1;
        let (kind, result_ty) = match self.kind(u).clone() {
            TypeKind::Basic(k) if k.is_string() => {
                if full {
                    let at = max.map(|m| m.start_pos()).unwrap_or(e.pos);
                    self.error(at, "invalid operation: 3-index slice of string");
                    x.mode = Mode::Invalid;
                    return x;
                }
                if x.mode == Mode::Constant {
                    length = x.val.as_str().map(|s| s.len() as i64).unwrap_or(-1);
                }
                if self.tt().is_untyped(x.ty) {
                    self.convert_untyped(&mut x, TypeId::STRING);
                }
                (SliceKind::String, x.ty)
            }
            TypeKind::Array(el, n) => {
                length = n as i64;
                if x.mode != Mode::Variable {
                    let s = self.operand_string(&orig);
                    self.error(
                        orig.pos,
                        format!("invalid operation: {} (slice of unaddressable value)", s),
                    );
                    x.mode = Mode::Invalid;
                    return x;
                }
                let st = self.tt_mut().slice(el);
                (SliceKind::ArrayPtr, st)
            }
            TypeKind::Pointer(b) if matches!(self.tt().under_kind(b), TypeKind::Array(..)) => {
                let TypeKind::Array(el, n) = self.tt().under_kind(b).clone() else {
                    unreachable!()
                };
                length = n as i64;
                let st = self.tt_mut().slice(el);
                (SliceKind::ArrayPtr, st)
            }
            TypeKind::Slice(_) => (SliceKind::Slice, x.ty),
            _ => {
                let s = self.operand_string(&orig);
                self.error(orig.pos, format!("invalid operation: cannot slice {}", s));
                x.mode = Mode::Invalid;
                return x;
            }
        };
        let mut base_ir = std::mem::replace(&mut x.ir, Expr::bad(e.pos));
        if matches!(self.kind(u), TypeKind::Array(..)) {
            // slicing an addressable array slices &a
            self.mark_addr_taken(&base_ir);
            let pt = self.tt_mut().pointer(base_ir.ty);
            base_ir = Expr::new(
                base_ir.pos,
                pt,
                ExprKind::AddrOf { x: Box::new(base_ir), implicit: true, esc: Esc::Unknown },
            );
        }
        x.mode = Mode::Value;
        x.expr = Some(e);
        x.pos = e.start_pos();
        x.class = ExprClass::Expression;
        let mut ind = [-1i64; 3];
        let mut irs: [Option<Box<Expr>>; 3] = [None, None, None];
        let exprs = [lo, hi, max];
        for (i, ex) in exprs.iter().enumerate() {
            match ex {
                Some(ex) => {
                    let m = if length >= 0 { length + 1 } else { -1 };
                    let (_, v, ir) = self.index_ir(ex, m);
                    if v >= 0 {
                        ind[i] = v;
                    }
                    irs[i] = ir.map(Box::new);
                }
                None => {
                    if i == 0 {
                        ind[i] = 0;
                    } else if length >= 0 {
                        ind[i] = length;
                    }
                }
            }
        }
        'outer: for i in 0..2 {
            let xv = ind[i];
            if xv > 0 {
                for j in i + 1..3 {
                    let yv = ind[j];
                    if yv >= 0 && yv < xv {
                        if let Some(ex) = exprs[j] {
                            self.error(
                                ex.start_pos(),
                                format!("invalid slice indices: {} < {}", yv, xv),
                            );
                        }
                        break 'outer;
                    }
                }
            }
        }
        x.ty = result_ty;
        let [lo_ir, hi_ir, max_ir] = irs;
        x.ir = Expr::new(
            e.pos,
            result_ty,
            ExprKind::Slice { kind, x: Box::new(base_ir), lo: lo_ir, hi: hi_ir, max: max_ir },
        );
        x
    }

    fn assert_expr(
        &mut self,
        e: &'a ast::Expr,
        inner: &'a ast::Expr,
        typ: &'a ast::Expr,
    ) -> Operand<'a> {
        let mut x = self.expr(inner);
        if x.mode == Mode::Invalid {
            x.expr = Some(e);
            return x;
        }
        if !self.tt().is_interface(x.ty) {
            let s = self.operand_string(&x);
            self.error(x.pos, format!("invalid operation: {} is not an interface", s));
            x.mode = Mode::Invalid;
            return x;
        }
        let t = self.var_type(typ);
        if t == TypeId::INVALID {
            x.mode = Mode::Invalid;
            return x;
        }
        self.type_assertion(e, &x, t, false);
        x.mode = Mode::CommaOk;
        x.ty = t;
        x.expr = Some(e);
        x.pos = e.start_pos();
        x.class = ExprClass::Expression;
        let xi = std::mem::replace(&mut x.ir, Expr::bad(e.pos));
        x.ir = Expr::new(e.pos, t, ExprKind::TypeAssert { x: Box::new(xi), comma_ok: false });
        x
    }

    /// Reports an impossible type assertion `x.(T)` (or type switch case).
    pub(crate) fn type_assertion(
        &mut self,
        e: &'a ast::Expr,
        x: &Operand<'a>,
        t: TypeId,
        type_switch: bool,
    ) {
        if self.tt().is_interface(t) {
            return;
        }
        let Some((m, alt)) = self.missing_method(t, x.ty, false) else { return };
        let cause = self.missing_method_reason(t, x.ty, &m, &alt);
        let es = expr_string(e);
        let xs = self.operand_string(x);
        let ts = self.ts(t);
        if type_switch {
            self.error(
                e.start_pos(),
                format!(
                    "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                    es, xs, ts, cause
                ),
            );
        } else {
            let xts = self.ts(x.ty);
            self.error(
                e.start_pos(),
                format!(
                    "impossible type assertion: {}\n\t{} does not implement {} {}",
                    es, ts, xts, cause
                ),
            );
        }
    }

    /// Builds the IR path for an embedded-field selection `x.f` given the
    /// field index path; `x_ir` has type `x_ty`.
    pub(crate) fn field_path_ir(
        &mut self,
        mut cur: Expr,
        path: &[usize],
        implicit_last: bool,
        pos: Pos,
    ) -> Expr {
        for (k, &i) in path.iter().enumerate() {
            let last = k + 1 == path.len();
            let (st, is_ptr) = match self.tt().under_kind(cur.ty) {
                TypeKind::Pointer(b) => (*b, true),
                _ => (cur.ty, false),
            };
            let Some(fields) = self.tt().struct_fields(st) else { return cur };
            let Some(f) = fields.get(i) else { return cur };
            let (fty, fname) = (f.ty, f.name.clone());
            cur = Expr::new(
                pos,
                fty,
                ExprKind::Field {
                    x: Box::new(cur),
                    index: i,
                    name: fname,
                    ptr: is_ptr,
                    implicit: !last || implicit_last,
                },
            );
        }
        cur
    }
}
