//! The FuncBuilder helpers produce verified IR of the documented shape.

use expect_test::expect;
use ssa::{FuncBuilder, Function, Op, Program, Signature, Type};
use syntax::{FileId, Pos};

#[test]
fn checks_and_calls() {
    // func get(p *[]int... flattened: (ptr, len, idx) -> (int, int) with a divide
    let sig = Signature::new(vec![Type::Ptr, Type::I64, Type::I64], vec![Type::I64, Type::I64]);
    let mut f = Function::new("main.get", sig);
    let mut b = FuncBuilder::new(&mut f);
    b.pos = Pos::new(FileId(0), 4, 9);
    let ps = b.params();
    b.nil_check(ps[0]);
    b.bounds_check(ps[2], ps[1]);
    let eight = b.iconst(Type::I64, 8);
    let off = b.binary(Op::Mul, ps[2], eight);
    let addr = b.ins(Op::AddPtr, Type::Ptr, &[ps[0], off]);
    let x = b.load(Type::I64, addr, 0);
    b.pos = Pos::new(FileId(0), 5, 7);
    let q = b.div_checked(Op::Div, x, ps[1]);
    let sh = b.shift_signed(Op::Shl, q, ps[2]);
    let call =
        b.call("main.pair", Signature::new(vec![Type::I64], vec![Type::I64, Type::I64]), &[sh]);
    let rs = b.results(call);
    b.ret(&rs);
    let p = Program { files: vec!["a.go".into()], funcs: vec![f], data: vec![] };
    ssa::verify_program(&p).unwrap();
    expect![[r#"
        file "a.go"
        func main.get(ptr, i64, i64) -> (i64, i64) {
        b0(v0: ptr, v1: i64, v2: i64):
          v3 = NilCheck <void> v0 (a.go:4:9)
          v4 = IsInBounds <bool> v2 v1 (a.go:4:9)
          If v4 → b1 b2 (a.go:4:9)
        b1: ← b0
          v6 = Const <i64> [8] (a.go:4:9)
          v7 = Mul <i64> v2 v6 (a.go:4:9)
          v8 = AddPtr <ptr> v0 v7 (a.go:4:9)
          v9 = Load <i64> [0] v8 (a.go:4:9)
          v10 = Const <i64> [0] (a.go:5:7)
          v11 = Neq <bool> v1 v10 (a.go:5:7)
          If v11 → b3 b4 (a.go:5:7)
        b2: ← b0
          v5 = Call <void> {runtime.panicIndex} (i64, i64) -> ! v2 v1 (a.go:4:9)
          Exit (a.go:4:9)
        b3: ← b1
          v13 = Div <i64> v9 v1 (a.go:5:7)
          v14 = Const <i64> [0] (a.go:5:7)
          v15 = Leq <bool> v14 v2 (a.go:5:7)
          If v15 → b5 b6 (a.go:5:7)
        b4: ← b1
          v12 = Call <void> {runtime.panicdivide} () -> ! (a.go:5:7)
          Exit (a.go:5:7)
        b5: ← b3
          v17 = Shl <i64> [0] v13 v2 (a.go:5:7)
          v18 = Call <tuple> {main.pair} (i64) -> (i64, i64) v17 (a.go:5:7)
          v19 = Proj <i64> [0] v18 (a.go:5:7)
          v20 = Proj <i64> [1] v18 (a.go:5:7)
          Ret v19 v20 (a.go:5:7)
        b6: ← b3
          v16 = Call <void> {runtime.panicshift} () -> ! (a.go:5:7)
          Exit (a.go:5:7)
        }
    "#]]
    .assert_eq(&ssa::print_program(&p));
}

#[test]
fn gc_names_for_diagnostics() {
    assert_eq!(Op::Less.gc_name(Type::I64), "Less64");
    assert_eq!(Op::LessU.gc_name(Type::I32), "Less32U");
    assert_eq!(Op::Leq.gc_name(Type::F64), "Leq64F");
    assert_eq!(Op::Eq.gc_name(Type::Ptr), "EqPtr");
    assert_eq!(Op::IsInBounds.gc_name(Type::I64), "IsInBounds");
}

#[test]
fn use_counts() {
    let src = "func main.f(i64) -> i64 {\nb0(v0: i64):\n  v1 = Add <i64> v0 v0\n  Ret v1\n}\n";
    let p = ssa::parse_program(src).unwrap();
    let f = &p.funcs[0];
    let n = f.use_counts();
    assert_eq!((n[f.blocks[f.layout[0]].params[0]], n[f.blocks[f.layout[0]].insts[0]]), (2, 1));
}

#[test]
fn printer_and_verifier_survive_broken_functions() {
    let src = "func main.f(i64) -> i64 {\nb0(v0: i64):\n  v1 = Add <i64> v0 v0\n  Ret v1\n}\n";
    let mut f = ssa::parse_program(src).unwrap().funcs.remove(0);
    let b0 = f.layout[0];
    f.layout.push(ssa::Block::from_u32(99));
    f.blocks[b0].insts.push(ssa::Value::from_u32(77));
    f.blocks[b0].term = ssa::Term::Jump(ssa::BlockCall::new(ssa::Block::from_u32(42), vec![]));
    let text = ssa::print_function(&f, &[]);
    assert!(text.contains("b99: not a block") && text.contains("v77: not a value"), "{text}");
    assert!(ssa::verify_function(&f).is_err());
}
