//! Unit tests of the checker's output: type identity and canonical ids, type
//! strings, method sets, gc symbol names, closures and captures, initialization order.

mod common;

use types::{FuncKind, Program, TypeId};

fn check(src: &str) -> Program {
    let c = common::check_source("a.go", src);
    assert!(c.lines.is_empty(), "unexpected diagnostics: {:#?}", c.lines);
    c.program.unwrap()
}

fn global_type(p: &Program, name: &str) -> TypeId {
    p.globals.values().find(|g| g.name == name).unwrap_or_else(|| panic!("no global {}", name)).ty
}

#[test]
fn identity_and_canonical_ids() {
    let p = check(
        "package main\n\ntype T int\ntype U = int\n\nvar a []byte\nvar b []uint8\nvar c func(x int) string\nvar d func(int) string\nvar e any\nvar f interface{}\nvar g T\nvar h U\nvar i int\nvar j struct{ X int }\nvar k struct{ X int }\nvar l map[rune]T\nvar m map[int32]T\n\nfunc main() {}\n",
    );
    let t = |n| global_type(&p, n);
    let tt = &p.types;
    assert_ne!(t("a"), t("b"));
    assert!(tt.identical(t("a"), t("b")));
    assert_eq!(tt.canonical(t("a")), tt.canonical(t("b")));
    assert_eq!(tt.canonical(t("c")), tt.canonical(t("d")));
    assert_eq!(tt.canonical(t("e")), tt.canonical(t("f")));
    assert!(!tt.identical(t("g"), t("i")));
    assert_eq!(t("h"), t("i"));
    assert_eq!(t("j"), t("k"));
    assert_eq!(tt.canonical(t("l")), tt.canonical(t("m")));
    assert_eq!(tt.type_string(t("a"), None), "[]byte");
    assert_eq!(tt.runtime_string(t("a")), "[]uint8");
    assert_eq!(tt.type_string(t("c"), None), "func(x int) string");
    assert_eq!(tt.runtime_string(tt.canonical(t("c"))), "func(int) string");
    assert_eq!(tt.runtime_string(t("e")), "interface {}");
    assert_eq!(tt.runtime_string(t("g")), "main.T");
    assert_eq!(tt.runtime_string(t("j")), "struct { X int }");
    assert_eq!(tt.symbol_name(t("l")), "type.map[int32]main.T");
}

#[test]
fn method_sets_and_symbols() {
    let p = check(
        "package main\n\ntype S struct{ n int }\n\nfunc (S) V() {}\nfunc (s *S) P() int { return s.n }\n\ntype I interface {\n\tZ()\n\tA(int) string\n\tm()\n}\n\nvar I0 I\n\nvar g = func() int { return 1 }\n\nfunc init() {}\nfunc init() {}\n\nfunc main() {\n\tf := func() func() int {\n\t\treturn func() int { return 2 }\n\t}\n\t_ = f\n\t_ = g\n}\n",
    );
    let names: Vec<&str> = p.funcs.values().map(|f| f.name.as_str()).collect();
    for want in [
        "main.S.V",
        "main.(*S).P",
        "main.init.0",
        "main.init.1",
        "main.main",
        "main.main.func1",
        "main.main.func1.1",
        "main.glob..func1",
    ] {
        assert!(names.contains(&want), "missing {} in {:?}", want, names);
    }
    let s = p.types.named.values().find(|n| n.name == "S").unwrap();
    let ms: Vec<(&str, bool)> = s.methods.iter().map(|m| (m.name.as_str(), m.ptr_recv)).collect();
    assert_eq!(ms, vec![("V", false), ("P", true)]);
    assert!(s.methods.iter().all(|m| m.sig != TypeId::INVALID));
    let i = global_type(&p, "I0");
    let im: Vec<String> = p.types.interface_methods(i).into_iter().map(|m| m.name).collect();
    assert_eq!(im, vec!["A", "Z", "m"]);
    let main = p.funcs.values().find(|f| f.name == "main.main").unwrap();
    assert_eq!(main.closures.len(), 1);
    let f1 = &p.funcs[main.closures[0]];
    assert!(matches!(f1.kind, FuncKind::Closure { parent: Some(_) }));
    assert_eq!(f1.closures.len(), 1);
    let pm = p.funcs.values().find(|f| f.name == "main.(*S).P").unwrap();
    assert_eq!(pm.display_name("main"), "(*S).P");
}

#[test]
fn captures() {
    let p = check(
        "package main\n\nfunc main() {\n\tx := 1\n\ty := 2\n\tf := func() int {\n\t\treturn func() int { return x + y }()\n\t}\n\tx = 3\n\t_ = f\n}\n",
    );
    let main = p.funcs.values().find(|f| f.name == "main.main").unwrap();
    let x = main.locals.values().find(|l| l.name == "x").unwrap();
    assert!(x.captured && x.reassigned);
    let outer = &p.funcs[main.closures[0]];
    assert_eq!(outer.captures.len(), 2);
    let inner = &p.funcs[outer.closures[0]];
    assert_eq!(inner.captures.len(), 2);
    // the inner closure captures through the outer one
    for c in &inner.captures {
        assert!(outer.captures.iter().any(|oc| oc.inner == c.outer));
    }
}

#[test]
fn initialization_order() {
    let p = check(
        "package main\n\nvar (\n\ta = c + b\n\tb = f()\n\tc = f()\n\td = 3\n)\n\nvar x, y = pair()\n\nfunc pair() (int, int) { return 1, 2 }\n\nfunc f() int {\n\td++\n\treturn d\n}\n\nfunc main() {}\n",
    );
    let main = p.main_pkg.unwrap();
    let order: Vec<String> = p.packages[main]
        .var_init
        .iter()
        .map(|vi| {
            vi.lhs.iter().map(|g| p.globals[g.unwrap()].name.clone()).collect::<Vec<_>>().join(",")
        })
        .collect();
    assert_eq!(order, vec!["d", "b", "c", "a", "x,y"]);
}

#[test]
fn missing_main() {
    let c = common::check_source("a.go", "package main\n\nfunc f() {}\n");
    assert_eq!(
        c.lines,
        vec!["runtime.main_main·f: function main is undeclared in the main package"]
    );
}

#[test]
fn method_expression_calls_are_static() {
    use types::visit::{Visitor, walk_block};
    use types::{CallKind, Expr, ExprKind};
    let p = check(
        "package main\n\ntype T struct{ n int }\n\nfunc (t T) V(a ...int) int { return t.n + len(a) }\nfunc (t *T) P() {}\n\ntype I interface{ V(...int) int }\n\nfunc main() {\n\tt := T{}\n\t_ = T.V(t, 1, 2)\n\t_ = (*T).V(&t)\n\t(*T).P(&t)\n\tvar i I = t\n\t_ = I.V(i, 3)\n}\n",
    );
    struct Calls(Vec<String>);
    impl Visitor for Calls {
        fn expr(&mut self, e: &Expr) {
            if let ExprKind::Call(c) = &e.kind {
                let k = match &c.kind {
                    CallKind::Func(_) => "func".to_string(),
                    CallKind::Method { recv, .. } => format!(
                        "method recv={}",
                        matches!(recv.kind, ExprKind::Deref { implicit: true, .. })
                    ),
                    CallKind::Interface { .. } => "iface".into(),
                    CallKind::Value(_) => "value".into(),
                };
                self.0.push(
                    format!("{} args={} dots={:?}", k, c.args.len(), c.dots)
                        .split(" slice")
                        .next()
                        .unwrap()
                        .to_string(),
                );
            }
        }
    }
    let main = p.funcs.values().find(|f| f.name == "main.main").unwrap();
    let mut v = Calls(vec![]);
    walk_block(&mut v, main.body.as_ref().unwrap());
    assert_eq!(
        v.0,
        vec![
            "method recv=false args=2 dots=Packed { first: 0,",
            "method recv=true args=0 dots=Packed { first: 0,",
            "method recv=false args=0 dots=None",
            "iface args=1 dots=Packed { first: 0,",
        ]
    );
}

#[test]
fn method_sets_with_promotion() {
    let p = check(
        "package main\n\ntype Inner struct{}\n\nfunc (Inner) A()  {}\nfunc (*Inner) B() {}\n\ntype PInner struct{}\n\nfunc (PInner) C()  {}\nfunc (*PInner) D() {}\n\ntype I interface{ E() }\n\ntype Outer struct {\n\tInner\n\t*PInner\n\tI\n}\n\nfunc (Outer) F() {}\n\ntype X struct{ A int }\ntype Y struct {\n\tX\n\tInner\n}\n\nvar o Outer\nvar po *Outer\nvar y Y\nvar py *Y\n\nfunc main() {}\n",
    );
    let names =
        |t: TypeId| p.method_set(t).into_iter().map(|m| m.name).collect::<Vec<_>>().join(",");
    assert_eq!(names(global_type(&p, "o")), "A,C,D,E,F");
    assert_eq!(names(global_type(&p, "po")), "A,B,C,D,E,F");
    // Y has field X.A and method Inner.A at the same depth: A is ambiguous
    assert_eq!(names(global_type(&p, "y")), "");
    assert_eq!(names(global_type(&p, "py")), "B");
    let d = p.method_set(global_type(&p, "o")).into_iter().find(|m| m.name == "D").unwrap();
    assert_eq!(d.path, vec![1]);
    assert!(d.indirect);
}

#[test]
fn multiple_files() {
    let a = "package main\n\nimport \"fmt\"\n\nvar x = 1\n\nfunc main() {\n\thelper()\n}\n";
    let b = "package main\n\nimport \"fmt\"\n\nvar x = 2\n\nfunc helper() {\n\tfmt.Println(y)\n}\n";
    let fmt = "package fmt\n\nfunc Println(a ...any) (int, error) { return 0, nil }\n";
    let (fa, _) = common::parse(syntax::FileId(0), a);
    let (fb, _) = common::parse(syntax::FileId(1), b);
    let (ff, _) = common::parse(syntax::FileId(2), fmt);
    let cfg = types::Config { file_names: vec!["./a.go".into(), "./b.go".into(), "fmt.go".into()] };
    let pkgs = vec![
        types::PackageFiles { path: "main".into(), files: vec![&fa, &fb] },
        types::PackageFiles { path: "fmt".into(), files: vec![&ff] },
    ];
    let (_, mut diags) = types::check_program(&cfg, &pkgs);
    diags.sort_by_key(|d| d.pos);
    let got: Vec<String> = diags
        .iter()
        .map(|d| format!("{}:{}:{}: {}", d.pos.file.0, d.pos.line, d.pos.col, d.msg))
        .collect();
    assert_eq!(
        got,
        vec![
            "0:3:8: imported and not used: \"fmt\"",
            "1:5:5: x redeclared in this block\n\t./a.go:5:5: other declaration of x",
            "1:8:14: undefined: y",
        ]
    );
}
