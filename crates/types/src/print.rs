//! A debug dump of the typed IR (`mingo tool compile -d=typedir` style):
//! Go-like syntax with explicit implicit operations, locals with their flags.

use crate::ir::*;
use crate::types::TypeId;
use std::fmt::Write;

/// Dumps the whole program.
pub fn dump_program(p: &Program) -> String {
    let mut out = String::new();
    for &pk in &p.pkg_order {
        dump_package(p, pk, &mut out);
    }
    out
}

/// Dumps one package: globals, initialization order and functions.
pub fn dump_package(p: &Program, pk: PkgId, out: &mut String) {
    let pkg = &p.packages[pk];
    let _ = writeln!(out, "package {} ({})", pkg.name, pkg.path);
    for &g in &pkg.globals {
        let gl = &p.globals[g];
        let _ = writeln!(out, "var {} {}", gl.symbol, ty(p, gl.ty));
    }
    for vi in &pkg.var_init {
        let lhs: Vec<String> = vi
            .lhs
            .iter()
            .map(|g| g.map(|g| p.globals[g].name.clone()).unwrap_or_else(|| "_".into()))
            .collect();
        let _ = writeln!(out, "init {} = {}", lhs.join(", "), expr(p, None, &vi.rhs));
    }
    for &f in pkg.funcs.iter().chain(&pkg.glob_closures) {
        dump_func(p, f, out);
    }
}

/// Dumps a function and its closures.
pub fn dump_func(p: &Program, f: FuncId, out: &mut String) {
    let func = &p.funcs[f];
    let _ = writeln!(
        out,
        "\nfunc {} {}  // {:?} at {}",
        func.name,
        ty(p, func.sig),
        func.kind,
        func.pos
    );
    if !func.pragmas.all.is_empty() {
        let _ = writeln!(out, "  //go:{}", func.pragmas.all.join(" //go:"));
    }
    for (id, l) in func.locals.iter() {
        let mut flags = vec![format!("{:?}", l.kind).to_lowercase()];
        if l.addr_taken {
            flags.push("addrtaken".into());
        }
        if l.captured {
            flags.push("captured".into());
        }
        if l.reassigned {
            flags.push("reassigned".into());
        }
        if l.per_iteration {
            flags.push("periter".into());
        }
        let _ = writeln!(out, "  {} {} {} [{}]", id, l.name, ty(p, l.ty), flags.join(" "));
    }
    for c in &func.captures {
        let _ = writeln!(out, "  capture {} <- outer {}", c.inner, c.outer);
    }
    if let Some(b) = &func.body {
        block(p, func, b, 1, out);
    }
    for &c in &func.closures {
        dump_func(p, c, out);
    }
}

fn ty(p: &Program, t: TypeId) -> String {
    p.types.type_string(t, None)
}

fn indent(n: usize) -> String {
    "  ".repeat(n)
}

fn block(p: &Program, f: &Func, b: &Block, depth: usize, out: &mut String) {
    let _ = writeln!(out, "{}{{", indent(depth));
    for s in &b.stmts {
        stmt(p, f, s, depth + 1, out);
    }
    let _ = writeln!(out, "{}}}", indent(depth));
}

fn list(p: &Program, f: &Func, es: &[Expr]) -> String {
    es.iter().map(|e| expr(p, Some(f), e)).collect::<Vec<_>>().join(", ")
}

fn stmt(p: &Program, f: &Func, s: &Stmt, d: usize, out: &mut String) {
    let ind = indent(d);
    let e = |x: &Expr| expr(p, Some(f), x);
    let tgt = |t: &TargetId, l: &Option<LabelId>| match l {
        Some(l) => format!("{} ({})", t, f.labels[*l].name),
        None => format!("{}", t),
    };
    match &s.kind {
        StmtKind::Empty => {}
        StmtKind::Decl(l) => {
            let _ = writeln!(out, "{}decl {} {}", ind, f.locals[*l].name, ty(p, f.locals[*l].ty));
        }
        StmtKind::TypeDecl(t) => {
            let _ = writeln!(out, "{}type {}", ind, ty(p, *t));
        }
        StmtKind::ConstDecl { name } => {
            let _ = writeln!(out, "{}const {}", ind, name);
        }
        StmtKind::Block(b) => block(p, f, b, d, out),
        StmtKind::Expr(x) => {
            let _ = writeln!(out, "{}{}", ind, e(x));
        }
        StmtKind::Assign { lhs, rhs, define, .. } => {
            let op = if *define { ":=" } else { "=" };
            let r = rhs.as_ref().map(e).unwrap_or_else(|| "<zero>".into());
            let _ = writeln!(out, "{}{} {} {}", ind, e(lhs), op, r);
        }
        StmtKind::AssignList { lhs, rhs, define, .. } => {
            let op = if *define { ":=" } else { "=" };
            let _ = writeln!(out, "{}{} {} {}", ind, list(p, f, lhs), op, list(p, f, rhs));
        }
        StmtKind::AssignCall { lhs, call, define, .. } => {
            let op = if *define { ":=" } else { "=" };
            let _ = writeln!(out, "{}{} {} {}  // as2func", ind, list(p, f, lhs), op, e(call));
        }
        StmtKind::AssignOk { lhs, rhs, define, .. } => {
            let op = if *define { ":=" } else { "=" };
            let _ = writeln!(out, "{}{} {} {}  // comma-ok", ind, list(p, f, lhs), op, e(rhs));
        }
        StmtKind::OpAssign { op, lhs, rhs, incdec } => {
            let _ = writeln!(
                out,
                "{}{} {:?}= {}{}",
                ind,
                e(lhs),
                op,
                e(rhs),
                if *incdec { "  // incdec" } else { "" }
            );
        }
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                stmt(p, f, i, d, out);
            }
            let _ = writeln!(out, "{}if {}", ind, e(cond));
            block(p, f, then, d, out);
            if let Some(el) = els {
                let _ = writeln!(out, "{}else", ind);
                stmt(p, f, el, d + 1, out);
            }
        }
        StmtKind::For { target, label, init, cond, post, body } => {
            let _ = writeln!(out, "{}for {}", ind, tgt(target, label));
            if let Some(i) = init {
                stmt(p, f, i, d + 1, out);
            }
            if let Some(c) = cond {
                let _ = writeln!(out, "{}  cond {}", ind, e(c));
            }
            if let Some(ps) = post {
                let _ = writeln!(out, "{}  post:", ind);
                stmt(p, f, ps, d + 2, out);
            }
            block(p, f, body, d, out);
        }
        StmtKind::Range { target, label, kind, key, value, define, x, body, .. } => {
            let k = key.as_ref().map(e).unwrap_or_else(|| "_".into());
            let v = value.as_ref().map(e).unwrap_or_else(|| "_".into());
            let op = if *define { ":=" } else { "=" };
            let _ = writeln!(
                out,
                "{}for {}, {} {} range({:?}) {}  {}",
                ind,
                k,
                v,
                op,
                kind,
                e(x),
                tgt(target, label)
            );
            block(p, f, body, d, out);
        }
        StmtKind::Switch { target, label, init, tag, cases } => {
            if let Some(i) = init {
                stmt(p, f, i, d, out);
            }
            let t = tag.as_ref().map(e).unwrap_or_default();
            let _ = writeln!(out, "{}switch {} {}", ind, t, tgt(target, label));
            for c in cases {
                if c.is_default {
                    let _ = writeln!(out, "{}default:", ind);
                } else {
                    let _ = writeln!(out, "{}case {}:", ind, list(p, f, &c.values));
                }
                for s in &c.body {
                    stmt(p, f, s, d + 1, out);
                }
            }
        }
        StmtKind::TypeSwitch { target, label, init, bind, x, cases } => {
            if let Some(i) = init {
                stmt(p, f, i, d, out);
            }
            let _ = writeln!(
                out,
                "{}switch {}{}.(type) {}",
                ind,
                bind.as_ref().map(|b| format!("{} := ", b)).unwrap_or_default(),
                e(x),
                tgt(target, label)
            );
            for c in cases {
                let ts: Vec<String> = c
                    .types
                    .iter()
                    .map(|t| t.map(|t| ty(p, t)).unwrap_or_else(|| "nil".into()))
                    .collect();
                let v = c.local.map(|l| format!(" [{}]", l)).unwrap_or_default();
                if c.is_default {
                    let _ = writeln!(out, "{}default:{}", ind, v);
                } else {
                    let _ = writeln!(out, "{}case {}:{}", ind, ts.join(", "), v);
                }
                for s in &c.body {
                    stmt(p, f, s, d + 1, out);
                }
            }
        }
        StmtKind::Select { target, cases, .. } => {
            let _ = writeln!(out, "{}select {}", ind, target);
            for c in cases {
                let _ = writeln!(out, "{}case:", ind);
                if let Some(cm) = &c.comm {
                    stmt(p, f, cm, d + 1, out);
                }
                for s in &c.body {
                    stmt(p, f, s, d + 1, out);
                }
            }
        }
        StmtKind::Return(v) => {
            let _ = writeln!(out, "{}return {}", ind, list(p, f, v));
        }
        StmtKind::Break { target, label } => {
            let _ = writeln!(out, "{}break {}", ind, tgt(target, label));
        }
        StmtKind::Continue { target, label } => {
            let _ = writeln!(out, "{}continue {}", ind, tgt(target, label));
        }
        StmtKind::Goto(l) => {
            let _ = writeln!(out, "{}goto {}", ind, f.labels[*l].name);
        }
        StmtKind::Fallthrough => {
            let _ = writeln!(out, "{}fallthrough", ind);
        }
        StmtKind::Labeled { label, stmt: st } => {
            let _ = writeln!(out, "{}{}:", indent(d.saturating_sub(1)), f.labels[*label].name);
            stmt(p, f, st, d, out);
        }
        StmtKind::Defer(x) => {
            let _ = writeln!(out, "{}defer {}", ind, e(x));
        }
        StmtKind::Go(x) => {
            let _ = writeln!(out, "{}go {}", ind, e(x));
        }
        StmtKind::Send { ch, value } => {
            let _ = writeln!(out, "{}{} <- {}", ind, e(ch), e(value));
        }
    }
}

/// One expression in Go-like syntax; implicit operations are marked.
pub fn expr(p: &Program, f: Option<&Func>, x: &Expr) -> String {
    let e = |y: &Expr| expr(p, f, y);
    match &x.kind {
        ExprKind::Local(l) => match f.and_then(|f| f.locals.get(*l)) {
            Some(loc) => loc.name.clone(),
            None => format!("{}", l),
        },
        ExprKind::Global(g) => p.globals[*g].symbol.clone(),
        ExprKind::Func(fid) => p.funcs[*fid].name.clone(),
        ExprKind::Const(c) => format!("{}({})", ty(p, x.ty), c.value.exact_string()),
        ExprKind::Nil => format!("nil({})", ty(p, x.ty)),
        ExprKind::Blank => "_".into(),
        ExprKind::Unary { op, x: y } => {
            let o = match op {
                UnaryOp::Plus => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "^",
            };
            format!("{}{}", o, e(y))
        }
        ExprKind::Binary { op, x: a, y: b } => format!("({} {:?} {})", e(a), op, e(b)),
        ExprKind::Compare { op, x: a, y: b } => format!("({} {:?} {})", e(a), op, e(b)),
        ExprKind::Logical { and, x: a, y: b } => {
            format!("({} {} {})", e(a), if *and { "&&" } else { "||" }, e(b))
        }
        ExprKind::AddString { args, .. } => {
            format!("addstr({})", args.iter().map(e).collect::<Vec<_>>().join(", "))
        }
        ExprKind::AddrOf { x: y, implicit, .. } => {
            format!("{}&{}", if *implicit { "~" } else { "" }, e(y))
        }
        ExprKind::Deref { x: y, implicit } => {
            format!("{}*{}", if *implicit { "~" } else { "" }, e(y))
        }
        ExprKind::Field { x: y, name, ptr, implicit, .. } => {
            format!(
                "{}{}{}{}",
                e(y),
                if *ptr { "->" } else { "." },
                if *implicit { "~" } else { "" },
                name
            )
        }
        ExprKind::Index { x: a, index, .. } => format!("{}[{}]", e(a), e(index)),
        ExprKind::MapIndex { map, key, comma_ok } => {
            format!("{}[{}]{}", e(map), e(key), if *comma_ok { ",ok" } else { "" })
        }
        ExprKind::Slice { kind, x: a, lo, hi, max } => {
            let o = |v: &Option<Box<Expr>>| v.as_ref().map(|v| e(v)).unwrap_or_default();
            let m = max.as_ref().map(|m| format!(":{}", e(m))).unwrap_or_default();
            format!("{}[{}:{}{}]/*{:?}*/", e(a), o(lo), o(hi), m, kind)
        }
        ExprKind::Call(c) => {
            let callee = match &c.kind {
                CallKind::Func(fid) => p.funcs[*fid].name.clone(),
                CallKind::Method { func, recv } => format!("{}({})", p.funcs[*func].name, e(recv)),
                CallKind::Interface { recv, name, .. } => format!("{}.{}/*iface*/", e(recv), name),
                CallKind::Value(v) => format!("({})", e(v)),
            };
            let dots = match &c.dots {
                DotsKind::None => String::new(),
                DotsKind::Packed { first, .. } => format!(" /*...from {}*/", first),
                DotsKind::Spread => "...".into(),
            };
            format!("{}({}{})", callee, c.args.iter().map(e).collect::<Vec<_>>().join(", "), dots)
        }
        ExprKind::Builtin(b) => {
            let mut args = vec![];
            b.for_each_arg(&mut |a| args.push(e(a)));
            let name = match &**b {
                Builtin::Len(_) => "len",
                Builtin::Cap(_) => "cap",
                Builtin::Append { .. } => "append",
                Builtin::Copy { .. } => "copy",
                Builtin::MakeSlice { .. } | Builtin::MakeMap { .. } | Builtin::MakeChan { .. } => {
                    "make"
                }
                Builtin::New { .. } => "new",
                Builtin::Delete { .. } => "delete",
                Builtin::Panic(_) => "panic",
                Builtin::Recover => "recover",
                Builtin::Print { ln: false, .. } => "print",
                Builtin::Print { ln: true, .. } => "println",
                Builtin::Close(_) => "close",
                Builtin::MinMax { max: false, .. } => "min",
                Builtin::MinMax { max: true, .. } => "max",
                Builtin::Clear(_) => "clear",
                Builtin::Real(_) => "real",
                Builtin::Imag(_) => "imag",
                Builtin::Complex(..) => "complex",
            };
            format!("{}[{}]({})", name, ty(p, x.ty), args.join(", "))
        }
        ExprKind::Conv { kind, x: y, implicit, .. } => {
            format!("{}{:?}[{}]({})", if *implicit { "~" } else { "" }, kind, ty(p, x.ty), e(y))
        }
        ExprKind::TypeAssert { x: y, comma_ok } => {
            format!("{}.({}){}", e(y), ty(p, x.ty), if *comma_ok { ",ok" } else { "" })
        }
        ExprKind::Recv { ch, comma_ok } => {
            format!("<-{}{}", e(ch), if *comma_ok { ",ok" } else { "" })
        }
        ExprKind::Composite(c) => {
            let body = match &**c {
                Composite::Struct(v) => {
                    v.iter().map(|(i, y)| format!("#{}: {}", i, e(y))).collect::<Vec<_>>()
                }
                Composite::Array(v) | Composite::Slice { elems: v, .. } => {
                    v.iter().map(|(i, y)| format!("{}: {}", i, e(y))).collect()
                }
                Composite::Map { entries, .. } => {
                    entries.iter().map(|(k, v)| format!("{}: {}", e(k), e(v))).collect()
                }
            };
            format!("{}{{{}}}", ty(p, x.ty), body.join(", "))
        }
        ExprKind::FuncLit { func, .. } => format!("funclit {}", p.funcs[*func].name),
        ExprKind::MethodValue { recv, method, .. } => match method {
            MethodRef::Static(m) => format!("methvalue {}({})", p.funcs[*m].name, e(recv)),
            MethodRef::Interface { name, .. } => format!("methvalue {}.{}", e(recv), name),
        },
        ExprKind::MethodExpr { recv_type, method } => match method {
            MethodRef::Static(m) => format!("methexpr {}", p.funcs[*m].name),
            MethodRef::Interface { name, .. } => format!("methexpr {}.{}", ty(p, *recv_type), name),
        },
    }
}
