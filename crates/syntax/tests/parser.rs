//! Parser tests on snippets: AST shapes and gc's positions (nodes.go:
//! `Node.Pos()` is the operator / `.` / `(` / `[` / `{` / keyword …).

use syntax::ast::*;
use syntax::{FileId, parse_file};

fn parse(src: &str) -> File {
    let (f, d) = parse_file(FileId(0), src);
    assert!(d.is_empty(), "unexpected diagnostics for:\n{src}\n{d:?}");
    f
}

fn lc(p: syntax::Pos) -> (u32, u32) {
    (p.line, p.col)
}

/// The body statements of `func f() { … }` (the snippet goes on line 3).
fn body(stmts: &str) -> Vec<Stmt> {
    let f = parse(&format!("package p\nfunc f() {{\n{stmts}\n}}\n"));
    match f.decls.into_iter().next() {
        Some(Decl::Func(fd)) => fd.body.expect("body").stmts,
        d => panic!("{d:?}"),
    }
}

/// The value of `var _ = EXPR` on line 2.
fn expr(e: &str) -> Expr {
    let f = parse(&format!("package p\nvar _ = {e}\n"));
    match f.decls.into_iter().next() {
        Some(Decl::Var(mut v)) => v.remove(0).values.remove(0),
        d => panic!("{d:?}"),
    }
}

fn func(src: &str) -> FuncDecl {
    let f = parse(&format!("package p\n{src}\n"));
    match f.decls.into_iter().next() {
        Some(Decl::Func(fd)) => fd,
        d => panic!("{d:?}"),
    }
}

fn names(f: &Field) -> Vec<&str> {
    f.names.iter().map(|n| n.name.as_str()).collect()
}

#[test]
fn file_positions() {
    let f = parse("package p\n\nimport (\n\t\"fmt\"\n\tm \"math\"\n)\n");
    assert_eq!(lc(f.pos), (1, 1));
    assert_eq!(f.package.name, "p");
    assert_eq!(lc(f.package.pos), (1, 9));
    assert_eq!(f.imports.len(), 2);
    assert_eq!(f.imports[0].path, "fmt");
    assert_eq!(lc(f.imports[0].pos), (4, 2));
    assert_eq!(f.imports[1].local_name.as_ref().map(|n| n.name.as_str()), Some("m"));
    assert_eq!(lc(f.imports[1].pos), (5, 2));
    assert_eq!(lc(f.imports[1].path_pos), (5, 4));
    assert_eq!(lc(f.eof), (7, 1));
}

#[test]
fn expression_positions() {
    // line 2: `var _ = ` is 8 columns
    let e = expr("a.b");
    assert!(matches!(e.kind, ExprKind::Selector { .. }));
    assert_eq!((lc(e.pos), lc(e.start_pos())), ((2, 10), (2, 9)));
    let e = expr("f(x, y...)");
    let ExprKind::Call { args, has_dots, rparen, .. } = &e.kind else { panic!() };
    assert_eq!((lc(e.pos), args.len(), *has_dots, lc(*rparen)), ((2, 10), 2, true, (2, 18)));
    let e = expr("a[i]");
    assert_eq!(lc(e.pos), (2, 10));
    let e = expr("a[1:2:3]");
    let ExprKind::Slice { full, .. } = &e.kind else { panic!() };
    assert!(*full);
    assert_eq!(lc(e.pos), (2, 10));
    let e = expr("x.(T)");
    assert!(matches!(e.kind, ExprKind::Assert { .. }));
    assert_eq!(lc(e.pos), (2, 10));
    let e = expr("a + b*c");
    let ExprKind::Binary { op: BinOp::Add, y, .. } = &e.kind else { panic!() };
    assert_eq!(lc(e.pos), (2, 11));
    assert_eq!(lc(y.pos), (2, 14));
    assert_eq!(lc(e.start_pos()), (2, 9));
    let e = expr("-x");
    assert!(matches!(e.kind, ExprKind::Unary { op: UnOp::Neg, .. }));
    let e = expr("*p");
    assert!(matches!(e.kind, ExprKind::Star(_)));
    let e = expr("(x)");
    assert!(matches!(e.kind, ExprKind::Paren(_)));
    assert_eq!(lc(e.pos), (2, 9));
    let e = expr("T{a: 1, 2}");
    let ExprKind::Composite { typ: Some(_), elems, rbrace } = &e.kind else { panic!() };
    assert_eq!(lc(e.pos), (2, 10));
    assert_eq!(lc(e.start_pos()), (2, 9));
    assert_eq!(lc(elems[0].pos), (2, 12));
    assert!(elems[0].key.is_some() && elems[1].key.is_none());
    assert_eq!(lc(*rbrace), (2, 18));
    let e = expr("func(x int) int { return x }");
    let ExprKind::FuncLit { sig, body } = &e.kind else { panic!() };
    assert_eq!(
        (lc(e.pos), lc(sig.pos), sig.params.len(), sig.results.len()),
        ((2, 9), (2, 9), 1, 1)
    );
    assert_eq!(body.stmts.len(), 1);
    // the type of a literal `&T{}` operand loses parentheses (gc: unparen)
    let e = expr("&(T{})");
    let ExprKind::Unary { op: UnOp::Addr, x } = &e.kind else { panic!() };
    assert!(matches!(x.kind, ExprKind::Composite { .. }));
}

#[test]
fn composite_literal_elements() {
    let e = expr("[]T{{1, 2}, {a: 3}}");
    let ExprKind::Composite { typ: Some(t), elems, .. } = &e.kind else { panic!() };
    assert!(matches!(t.kind, ExprKind::SliceType(_)));
    assert!(matches!(&elems[0].value.kind, ExprKind::Composite { typ: None, .. }));
    let e = expr("map[[2]int]string{{1, 2}: \"x\"}");
    let ExprKind::Composite { elems, .. } = &e.kind else { panic!() };
    assert!(matches!(&elems[0].key.as_ref().unwrap().kind, ExprKind::Composite { typ: None, .. }));
    let e = expr("[...]int{1, 2}");
    let ExprKind::Composite { typ: Some(t), .. } = &e.kind else { panic!() };
    assert!(matches!(t.kind, ExprKind::ArrayType { len: ArrayLen::Dots, .. }));
}

#[test]
fn channel_types() {
    let e = expr("make(<-chan int)");
    let ExprKind::Call { args, .. } = &e.kind else { panic!() };
    let ExprKind::ChanType { dir: ChanDir::Recv, .. } = &args[0].kind else {
        panic!("{:?}", args[0])
    };
    assert_eq!(lc(args[0].pos), (2, 14));
    let e = expr("<-c");
    assert!(matches!(e.kind, ExprKind::Unary { op: UnOp::Recv, .. }));
    let f = parse(
        "package p\ntype A chan<- <-chan int\ntype B chan (<-chan int)\ntype C <-chan <-chan int\n",
    );
    let ty = |i: usize| match &f.decls[i] {
        Decl::Type(t) => t[0].typ.clone(),
        _ => panic!(),
    };
    let ExprKind::ChanType { dir: ChanDir::Send, elem } = ty(0).kind else { panic!() };
    assert!(matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. }));
    let ExprKind::ChanType { dir: ChanDir::Both, elem } = ty(1).kind else { panic!() };
    assert!(matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. }));
    let ExprKind::ChanType { dir: ChanDir::Recv, elem } = ty(2).kind else { panic!() };
    assert!(matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. }));
}

#[test]
fn statement_positions() {
    let s = body("x := 1\nx += 2\nx++\nf(x)\nc <- x\nL:\n\tfor {\n\t}\nreturn");
    assert!(matches!(s[0].kind, StmtKind::Assign { op: AssignOp::Define, .. }));
    assert_eq!(lc(s[0].pos), (3, 3));
    assert!(matches!(s[1].kind, StmtKind::Assign { op: AssignOp::Op(BinOp::Add), .. }));
    assert_eq!(lc(s[1].pos), (4, 3));
    assert!(matches!(s[2].kind, StmtKind::IncDec { inc: true, .. }));
    assert_eq!(lc(s[2].pos), (5, 2));
    // an expression statement is at its expression's position: the call's `(`
    assert!(matches!(s[3].kind, StmtKind::Expr(_)));
    assert_eq!(lc(s[3].pos), (6, 2));
    assert!(matches!(s[4].kind, StmtKind::Send { .. }));
    assert_eq!(lc(s[4].pos), (7, 3));
    // a labeled statement is at its `:`
    let StmtKind::Labeled { label, stmt } = &s[5].kind else { panic!() };
    assert_eq!((label.name.as_str(), lc(s[5].pos), lc(label.pos)), ("L", (8, 2), (8, 1)));
    assert!(matches!(stmt.kind, StmtKind::For { .. }));
    assert_eq!(lc(stmt.pos), (9, 2));
    assert!(matches!(&s[6].kind, StmtKind::Return(r) if r.is_empty()));
}

#[test]
fn empty_statements() {
    let s = body(";;x++;");
    let kinds: Vec<bool> = s.iter().map(|s| matches!(s.kind, StmtKind::Empty)).collect();
    assert_eq!(kinds, [true, true, false]);
    assert_eq!(lc(s[1].pos), (3, 2));
}

#[test]
fn if_for_switch_forms() {
    let s = body(
        "if x := f(); x > 0 {\n} else if y {\n} else {\n}\nfor {\n}\nfor c {\n}\nfor i := 0; i < n; i++ {\n}\nfor ;; {\n}\nfor k, v := range m {\n}\nfor k = range m {\n}\nfor range m {\n}",
    );
    let StmtKind::If { init: Some(_), els: Some(e), .. } = &s[0].kind else { panic!() };
    let StmtKind::If { init: None, els: Some(e2), .. } = &e.kind else { panic!() };
    assert!(matches!(e2.kind, StmtKind::Block(_)));
    assert!(matches!(s[1].kind, StmtKind::For { init: None, cond: None, post: None, .. }));
    assert!(matches!(s[2].kind, StmtKind::For { init: None, cond: Some(_), post: None, .. }));
    assert!(matches!(s[3].kind, StmtKind::For { init: Some(_), cond: Some(_), post: Some(_), .. }));
    assert!(matches!(s[4].kind, StmtKind::For { init: None, cond: None, post: None, .. }));
    let StmtKind::Range { key: Some(_), value: Some(_), define: true, range_pos, .. } = &s[5].kind
    else {
        panic!()
    };
    assert_eq!(lc(*range_pos), (15, 13));
    assert!(matches!(s[6].kind, StmtKind::Range { key: Some(_), value: None, define: false, .. }));
    assert!(matches!(s[7].kind, StmtKind::Range { key: None, value: None, .. }));
}

#[test]
fn switches() {
    let s = body(
        "switch x := v.(type) {\ncase int, nil:\ndefault:\n}\nswitch v.(type) {\n}\nswitch a := f(); a {\ncase 1:\n\tfallthrough\ncase 2:\n}\nswitch {\n}",
    );
    let StmtKind::TypeSwitch { bind: Some(b), guard_pos, clauses, rbrace, .. } = &s[0].kind else {
        panic!("{:?}", s[0])
    };
    assert_eq!(
        (b.name.as_str(), lc(*guard_pos), clauses.len(), lc(*rbrace)),
        ("x", (3, 14), 2, (6, 1))
    );
    assert_eq!(clauses[0].exprs.as_ref().map(|e| e.len()), Some(2));
    assert!(clauses[1].exprs.is_none());
    assert_eq!(lc(clauses[0].colon), (4, 14));
    assert!(matches!(s[1].kind, StmtKind::TypeSwitch { bind: None, .. }));
    let StmtKind::Switch { init: Some(_), tag: Some(_), clauses, .. } = &s[2].kind else {
        panic!()
    };
    assert!(matches!(
        clauses[0].body[0].kind,
        StmtKind::Branch { kind: BranchKind::Fallthrough, .. }
    ));
    assert!(matches!(s[3].kind, StmtKind::Switch { init: None, tag: None, .. }));
}

#[test]
fn select_clauses() {
    let s = body("select {\ncase v, ok := <-c:\ncase c <- 1:\ncase <-c:\ndefault:\n}");
    let StmtKind::Select { clauses, .. } = &s[0].kind else { panic!() };
    assert_eq!(clauses.len(), 4);
    assert!(matches!(clauses[0].comm.as_deref().map(|s| &s.kind), Some(StmtKind::Assign { .. })));
    assert!(matches!(clauses[1].comm.as_deref().map(|s| &s.kind), Some(StmtKind::Send { .. })));
    assert!(matches!(clauses[2].comm.as_deref().map(|s| &s.kind), Some(StmtKind::Expr(_))));
    assert!(clauses[3].comm.is_none());
}

#[test]
fn branches_go_defer() {
    let s = body("go f()\ndefer g(1)\nbreak L\ncontinue\ngoto M");
    assert!(matches!(&s[0].kind, StmtKind::Go(Expr { kind: ExprKind::Call { .. }, .. })));
    assert!(matches!(&s[1].kind, StmtKind::Defer(Expr { kind: ExprKind::Call { .. }, .. })));
    assert!(
        matches!(&s[2].kind, StmtKind::Branch { kind: BranchKind::Break, label: Some(l) } if l.name == "L")
    );
    assert!(matches!(&s[3].kind, StmtKind::Branch { kind: BranchKind::Continue, label: None }));
    assert!(matches!(&s[4].kind, StmtKind::Branch { kind: BranchKind::Goto, label: Some(_) }));
}

#[test]
fn parameter_lists() {
    let f = func("func f(a, b int, c ...string) (x int, err error) {}");
    assert_eq!(f.sig.params.len(), 2);
    assert_eq!(names(&f.sig.params[0]), ["a", "b"]);
    assert!(matches!(f.sig.params[1].typ.kind, ExprKind::Dots(_)));
    assert_eq!(names(&f.sig.results[1]), ["err"]);
    let f = func("func f(int, []string, *T, p.T, func()) error");
    assert_eq!(f.sig.params.len(), 5);
    assert!(f.sig.params.iter().all(|p| p.names.is_empty()));
    assert!(matches!(f.sig.params[3].typ.kind, ExprKind::Selector { .. }));
    assert_eq!(f.sig.results.len(), 1);
    assert!(f.body.is_none());
    // `a []T` and `a [N]T` are named; `T[int]` is an instantiated type
    let f = func("func f(a []int, b [4]int, c T[int], d T[int, string])");
    assert_eq!(names(&f.sig.params[0]), ["a"]);
    assert!(matches!(f.sig.params[1].typ.kind, ExprKind::ArrayType { .. }));
    assert!(
        matches!(&f.sig.params[2].typ.kind, ExprKind::Index { indices, .. } if indices.len() == 1)
    );
    assert!(
        matches!(&f.sig.params[3].typ.kind, ExprKind::Index { indices, .. } if indices.len() == 2)
    );
    let f = func("func f(T[int], []int)");
    assert!(f.sig.params.iter().all(|p| p.names.is_empty()));
}

#[test]
fn function_and_method_positions() {
    // gc: a FuncDecl is at the token after `func`; its type at `(` or `[`
    let f = func("func add(a int) int { return a }");
    assert_eq!(
        (lc(f.pos), lc(f.func_pos), lc(f.name.pos), lc(f.sig.pos)),
        ((2, 6), (2, 1), (2, 6), (2, 9))
    );
    let f = func("func (l *List[T]) Push(v T) {}");
    assert_eq!((lc(f.pos), lc(f.name.pos), lc(f.sig.pos)), ((2, 6), (2, 19), (2, 23)));
    let r = f.recv.expect("receiver");
    assert_eq!(names(&r), ["l"]);
    let ExprKind::Star(t) = &r.typ.kind else { panic!() };
    assert!(matches!(&t.kind, ExprKind::Index { .. }));
    let f = func("func Map[T, U any](xs []T, f func(T) U) []U { return nil }");
    assert_eq!(lc(f.sig.pos), (2, 9));
    assert_eq!(f.type_params.len(), 1);
    assert_eq!(names(&f.type_params[0]), ["T", "U"]);
    let f = func("func (T) m() {}");
    assert!(f.recv.as_ref().is_some_and(|r| r.names.is_empty()));
}

#[test]
fn type_parameters_and_constraints() {
    let f = func(
        "func f[K comparable, V any, S ~[]E, E interface{ ~int | string }, P *int | *string]() {}",
    );
    let n: Vec<Vec<&str>> = f.type_params.iter().map(names).collect();
    assert_eq!(n, [vec!["K"], vec!["V"], vec!["S"], vec!["E"], vec!["P"]]);
    assert!(matches!(f.type_params[2].typ.kind, ExprKind::Tilde(_)));
    assert!(matches!(f.type_params[4].typ.kind, ExprKind::Binary { op: BinOp::Or, .. }));
    let f = parse(
        "package p\ntype List[T any] struct{}\ntype A [N]int\ntype B [N * 2]int\ntype C[P *C,] int\ntype D[P *[]int] int\ntype E []int\n",
    );
    let spec = |i: usize| match &f.decls[i] {
        Decl::Type(t) => t[0].clone(),
        _ => panic!(),
    };
    assert_eq!(spec(0).type_params.len(), 1);
    assert!(
        spec(1).type_params.is_empty() && matches!(spec(1).typ.kind, ExprKind::ArrayType { .. })
    );
    assert!(
        spec(2).type_params.is_empty() && matches!(spec(2).typ.kind, ExprKind::ArrayType { .. })
    );
    assert_eq!(spec(3).type_params.len(), 1);
    assert_eq!(spec(4).type_params.len(), 1);
    assert!(matches!(spec(5).typ.kind, ExprKind::SliceType(_)));
}

#[test]
fn declarations() {
    let f = parse(
        "package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n\tE\n)\nvar x, y int = 1, 2\ntype (\n\tT = int\n\tU struct{ a, b int; T; *p.Q `tag` }\n)\n",
    );
    let Decl::Const(c) = &f.decls[0] else { panic!() };
    let v: Vec<(u32, bool, usize)> =
        c.iter().map(|s| (s.iota, s.implicit, s.values.len())).collect();
    assert_eq!(v, [(0, false, 1), (1, true, 0), (2, false, 2), (3, true, 0)]);
    assert_eq!(lc(c[1].pos), (4, 2));
    let Decl::Var(v) = &f.decls[1] else { panic!() };
    assert_eq!((v[0].names.len(), v[0].typ.is_some(), v[0].values.len()), (2, true, 2));
    let Decl::Type(t) = &f.decls[2] else { panic!() };
    assert!(t[0].alias && !t[1].alias);
    let ExprKind::StructType(fields) = &t[1].typ.kind else { panic!() };
    assert_eq!(fields.len(), 3);
    assert_eq!(names(&fields[0]), ["a", "b"]);
    assert!(fields[1].names.is_empty() && fields[2].names.is_empty());
    assert_eq!(fields[2].tag.as_deref(), Some(&b"tag"[..]));
    assert!(matches!(fields[2].typ.kind, ExprKind::Star(_)));
}

#[test]
fn struct_fields_array_or_instance() {
    let f =
        parse("package p\ntype S struct {\n\ta [4]int\n\tT[int]\n\tb []T\n\tp.G[int, string]\n}\n");
    let Decl::Type(t) = &f.decls[0] else { panic!() };
    let ExprKind::StructType(fs) = &t[0].typ.kind else { panic!() };
    assert_eq!(names(&fs[0]), ["a"]);
    assert!(fs[1].names.is_empty() && matches!(fs[1].typ.kind, ExprKind::Index { .. }));
    assert_eq!(names(&fs[2]), ["b"]);
    assert!(fs[3].names.is_empty());
}

#[test]
fn interfaces() {
    let f = parse(
        "package p\ntype I interface {\n\tM(int) (string, error)\n\tfmt.Stringer\n\t~int | ~string\n\tJ[int]\n}\n",
    );
    let Decl::Type(t) = &f.decls[0] else { panic!() };
    let ExprKind::InterfaceType(el) = &t[0].typ.kind else { panic!() };
    let InterfaceElem::Method { name, sig } = &el[0] else { panic!() };
    assert_eq!((name.name.as_str(), lc(sig.pos), sig.results.len()), ("M", (3, 3), 2));
    assert!(matches!(&el[1], InterfaceElem::Embed(Expr { kind: ExprKind::Selector { .. }, .. })));
    assert!(matches!(
        &el[2],
        InterfaceElem::Embed(Expr { kind: ExprKind::Binary { op: BinOp::Or, .. }, .. })
    ));
    assert!(matches!(&el[3], InterfaceElem::Embed(Expr { kind: ExprKind::Index { .. }, .. })));
}

#[test]
fn directives_are_attached() {
    let f = parse(
        "package p\n\n//go:noinline\n//go:nosplit\nfunc f() {}\n\nfunc g() {}\n\n//go:linkname x y\nvar x int\n\ntype (\n\t//go:notinheap\n\tT struct{}\n)\n",
    );
    let Decl::Func(fd) = &f.decls[0] else { panic!() };
    let d: Vec<&str> = fd.directives.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(d, ["noinline", "nosplit"]);
    assert_eq!(lc(fd.directives[0].pos), (3, 1));
    let Decl::Func(gd) = &f.decls[1] else { panic!() };
    assert!(gd.directives.is_empty());
    let Decl::Var(v) = &f.decls[2] else { panic!() };
    assert_eq!(v[0].directives[0].text, "linkname x y");
    let Decl::Type(t) = &f.decls[3] else { panic!() };
    assert_eq!(t[0].directives[0].text, "notinheap");
}

#[test]
fn header_composite_literals() {
    // `[]int{…}` is a literal even in a header; `T{` is the block
    let s = body("for _, x := range []int{1, 2} {\n}\nif x == (T{}) {\n}\nswitch (T{}) {\n}");
    assert!(matches!(
        &s[0].kind,
        StmtKind::Range { x: Expr { kind: ExprKind::Composite { .. }, .. }, .. }
    ));
    let (_, d) = parse_file(FileId(0), "package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
    assert_eq!(d[0].msg, "syntax error: unexpected { at end of statement");
}

#[test]
fn errors_recover_and_keep_parsing() {
    let src = "package p\nfunc f() {\n\tx := 1 2\n\ty := 3\n}\nvar = 1\nfunc g() {}\n";
    let (f, d) = parse_file(FileId(0), src);
    let msgs: Vec<String> = d.iter().map(|d| format!("{}: {}", d.pos, d.msg)).collect();
    assert_eq!(
        msgs,
        [
            "3:9: syntax error: unexpected literal 2 at end of statement",
            "6:5: syntax error: unexpected =, expecting name"
        ]
    );
    // f's body kept its second statement; g was parsed after the bad declaration
    let Decl::Func(fd) = &f.decls[0] else { panic!() };
    assert!(
        fd.body
            .as_ref()
            .is_some_and(|b| b.stmts.iter().any(|s| matches!(s.kind, StmtKind::Assign { .. })))
    );
    assert!(f.decls.iter().any(|d| matches!(d, Decl::Func(fd) if fd.name.name == "g")));
    assert!(f.decls.iter().any(|d| matches!(d, Decl::Bad(_))));
}

#[test]
fn one_syntax_error_per_line() {
    let (_, d) = parse_file(FileId(0), "package p\nfunc f() {\n\tx := 1 2; y := 3 4\n}\n");
    assert_eq!(d.len(), 1);
}

#[test]
fn header_errors() {
    let first = |src: &str| {
        let (_, d) = parse_file(FileId(0), &format!("package p\nfunc f() {{\n{src}\n}}\n"));
        d.first().map(|d| format!("{}: {}", d.pos, d.msg)).unwrap_or_default()
    };
    assert_eq!(
        first("\tif x = 1 {\n\t}"),
        "3:7: syntax error: cannot use assignment (x) = (1) as value"
    );
    assert_eq!(first("\tif x := 1 {\n\t}"), "3:7: syntax error: cannot use x := 1 as value");
    assert_eq!(first("\tfor x++ {\n\t}"), "3:7: syntax error: cannot use x++ as value");
    assert_eq!(
        first("\tfor ; ; x := 1 {\n\t}"),
        "3:12: syntax error: cannot declare in post statement of for loop"
    );
    assert_eq!(first("\tgo (f())"), "3:5: expression in go must not be parenthesized");
    assert_eq!(first("\tdefer f"), "3:8: expression in defer must be function call");
}

#[test]
fn node_sizes() {
    use std::mem::size_of;
    eprintln!(
        "Expr {} Stmt {} FuncDecl {} Decl {} Field {} TypeSpec {} VarSpec {} ConstSpec {} Block {} CaseClause {} Element {}",
        size_of::<Expr>(),
        size_of::<Stmt>(),
        size_of::<FuncDecl>(),
        size_of::<Decl>(),
        size_of::<Field>(),
        size_of::<TypeSpec>(),
        size_of::<VarSpec>(),
        size_of::<ConstSpec>(),
        size_of::<Block>(),
        size_of::<CaseClause>(),
        size_of::<Element>()
    );
}
