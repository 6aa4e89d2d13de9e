//! Every op at every type combination the verifier accepts must compile, at
//! GOAMD64 v1 and v3, optimized and not: a verified program never makes the
//! backend fail or panic.

use ssa::{Aux, FuncBuilder, Function, Op, Program, Signature, Type};

const SCALARS: [Type; 8] =
    [Type::Bool, Type::I8, Type::I16, Type::I32, Type::I64, Type::F32, Type::F64, Type::Ptr];

/// One function `f(args...) -> ty` computing `op` on its parameters.
fn candidate(op: Op, ty: Type, args: &[Type], aux_int: i64) -> Option<Function> {
    let ret = if ty == Type::Void { vec![] } else { vec![ty] };
    let mut f = Function::new("main.f", Signature::new(args.to_vec(), ret));
    let mut b = FuncBuilder::new(&mut f);
    let ps = b.params();
    let v = b.ins_full(op, ty, &ps, aux_int, Aux::None);
    if ty == Type::Void {
        b.ret(&[])
    } else {
        b.ret(&[v])
    }
    ssa::verify_function(&f).is_ok().then_some(f)
}

#[test]
fn every_verified_op_compiles() {
    let mut funcs = Vec::new();
    for &op in Op::ALL {
        let Some(n) = op.arity() else { continue };
        if matches!(op, Op::Proj | Op::Const | Op::ConstF | Op::SymAddr | Op::SlotAddr) {
            continue;
        }
        let mut tys = vec![Type::Void];
        tys.extend(SCALARS);
        let mut combos: Vec<Vec<Type>> = vec![vec![]];
        for _ in 0..n {
            combos = combos
                .into_iter()
                .flat_map(|c| SCALARS.iter().map(move |&t| [c.clone(), vec![t]].concat()))
                .collect();
        }
        for &ty in &tys {
            for args in &combos {
                let aux: &[i64] = match op.aux_int() {
                    ssa::AuxIntKind::None => &[0],
                    _ if matches!(op, Op::Shl | Op::ShrS | Op::ShrU) => &[0, 1],
                    _ if matches!(op, Op::Zero | Op::Move) => &[0, 3, 24, 1000],
                    _ => &[0, 16, 1 << 40],
                };
                for &a in aux {
                    if let Some(mut f) = candidate(op, ty, args, a) {
                        f.name = format!("main.f{}", funcs.len());
                        funcs.push(f);
                    }
                }
            }
        }
    }
    assert!(funcs.len() > 200, "only {} combinations", funcs.len());
    eprintln!("{} op/type combinations", funcs.len());
    let prog = Program { files: vec![], funcs, data: vec![] };
    for (optimize, level) in [(true, 1), (false, 1), (true, 3), (true, 2)] {
        let opts =
            codegen::Options { optimize, goamd64: level, listing: true, ..Default::default() };
        if let Err(ds) = codegen::compile(&prog, &opts) {
            let msgs: Vec<String> = ds.iter().take(10).map(|d| d.msg.clone()).collect();
            panic!("opt={optimize} v{level}: {} errors:\n{}", ds.len(), msgs.join("\n"));
        }
    }
}
