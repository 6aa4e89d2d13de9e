//! Property tests of the rewrite rules: seeded random small functions run
//! through the interpreter before and after `opt` (and CSE, deadcode), at
//! every integer width and on floats; the results must agree on edge and
//! random inputs. Division by constants is checked exhaustively at 8 bits.

use ssa::interp::{Trap, run_function};
use ssa::passes::run_named;
use ssa::{BlockCall, Function, Op, Signature, Term, Type, Value, ValueData};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

const PASSES: &[&str] = &[
    "opt",
    "opt deadcode",
    "generic cse",
    "gcse deadcode",
    "late opt",
    "late cse",
    "generic deadcode",
];

fn interesting(ty: Type, rng: &mut Rng) -> i64 {
    let w = ty.bits();
    let min = if w == 64 { i64::MIN } else { -(1i64 << (w - 1)) };
    let max = if w == 64 { i64::MAX } else { (1i64 << (w - 1)) - 1 };
    let c = match rng.below(12) {
        0 => 0,
        1 => 1,
        2 => -1,
        3 => min,
        4 => max,
        5 => 1i64 << rng.below(w as usize),
        6 => (1i64 << rng.below(w as usize)).wrapping_neg(),
        7 => rng.below(20) as i64 - 10,
        8 => w as i64 + rng.below(3) as i64 - 1,
        _ => rng.next() as i64,
    };
    ty.canon_int(c)
}

fn ins(f: &mut Function, b: ssa::Block, op: Op, ty: Type, args: &[Value], aux: i64) -> Value {
    let mut d = ValueData::new(op, ty, args.to_vec());
    d.aux_int = aux;
    f.append_inst(b, d)
}

/// A random straight-line function over `ty` with 3 parameters, possibly
/// ending in a branch.
fn random_int_func(ty: Type, rng: &mut Rng) -> Function {
    let sig = Signature::new(vec![ty, ty, Type::I64], vec![ty, ty]);
    let mut f = Function::new("main.r", sig);
    let b0 = f.create_block();
    let mut pool: Vec<Value> = vec![f.append_block_param(b0, ty), f.append_block_param(b0, ty)];
    let p64 = f.append_block_param(b0, Type::I64);
    let widths = [Type::I8, Type::I16, Type::I32, Type::I64];
    let n = 3 + rng.below(10);
    for _ in 0..n {
        let x = rng.pick(&pool);
        let y = rng.pick(&pool);
        let v = match rng.below(16) {
            0 => {
                let c = interesting(ty, rng);
                ins(&mut f, b0, Op::Const, ty, &[], c)
            }
            1 | 2 => {
                let op = rng.pick(&[Op::Add, Op::Sub, Op::Mul, Op::And, Op::Or, Op::Xor]);
                let c = interesting(ty, rng);
                let k = ins(&mut f, b0, Op::Const, ty, &[], c);
                let (a, b) = if rng.below(2) == 0 { (x, k) } else { (k, x) };
                ins(&mut f, b0, op, ty, &[a, b], 0)
            }
            3 | 4 => {
                let op = rng.pick(&[Op::Add, Op::Sub, Op::Mul, Op::And, Op::Or, Op::Xor]);
                ins(&mut f, b0, op, ty, &[x, y], 0)
            }
            5 => {
                let op = rng.pick(&[Op::Neg, Op::Com, Op::PopCount, Op::Ctz, Op::Clz]);
                ins(&mut f, b0, op, ty, &[x], 0)
            }
            6 | 7 => {
                // division by a constant (never zero) or by y | 1
                let op = rng.pick(&[Op::Div, Op::Mod, Op::DivU, Op::ModU]);
                let d = if rng.below(4) == 0 {
                    let one = ins(&mut f, b0, Op::Const, ty, &[], 1);
                    ins(&mut f, b0, Op::Or, ty, &[y, one], 0)
                } else {
                    let mut c = interesting(ty, rng);
                    if c == 0 {
                        c = 3;
                    }
                    ins(&mut f, b0, Op::Const, ty, &[], c)
                };
                ins(&mut f, b0, op, ty, &[x, d], 0)
            }
            8 | 9 => {
                let op = rng.pick(&[Op::Shl, Op::ShrS, Op::ShrU, Op::RotL]);
                let cty = rng.pick(&widths);
                let c = if rng.below(3) == 0 {
                    match cty {
                        Type::I64 => p64,
                        _ => ins(&mut f, b0, Op::Trunc, cty, &[p64], 0),
                    }
                } else {
                    let c = interesting(cty, rng);
                    ins(&mut f, b0, Op::Const, cty, &[], c)
                };
                ins(&mut f, b0, op, ty, &[x, c], 0)
            }
            10 | 11 => {
                let op = rng.pick(&[Op::Eq, Op::Neq, Op::Less, Op::Leq, Op::LessU, Op::LeqU]);
                let y = if rng.below(2) == 0 {
                    let c = interesting(ty, rng);
                    ins(&mut f, b0, Op::Const, ty, &[], c)
                } else {
                    y
                };
                let (a, b) = if rng.below(2) == 0 { (x, y) } else { (y, x) };
                let mut c = ins(&mut f, b0, op, Type::Bool, &[a, b], 0);
                if rng.below(3) == 0 {
                    c = ins(&mut f, b0, Op::Not, Type::Bool, &[c], 0);
                }
                if rng.below(2) == 0 {
                    ins(&mut f, b0, Op::Select, ty, &[c, x, y], 0)
                } else if ty == Type::I8 {
                    let one = ins(&mut f, b0, Op::Const, ty, &[], 1);
                    let zero = ins(&mut f, b0, Op::Const, ty, &[], 0);
                    ins(&mut f, b0, Op::Select, ty, &[c, one, zero], 0)
                } else {
                    ins(&mut f, b0, Op::ZeroExt, ty, &[c], 0)
                }
            }
            12 | 13 => {
                // through another width and back
                let other = rng.pick(&widths);
                let ext = rng.pick(&[Op::SignExt, Op::ZeroExt]);
                if other.bits() > ty.bits() {
                    let e = ins(&mut f, b0, ext, other, &[x], 0);
                    let e = if rng.below(2) == 0 {
                        let k = interesting(other, rng);
                        let k = ins(&mut f, b0, Op::Const, other, &[], k);
                        ins(&mut f, b0, rng.pick(&[Op::Add, Op::And, Op::Mul]), other, &[e, k], 0)
                    } else {
                        e
                    };
                    ins(&mut f, b0, Op::Trunc, ty, &[e], 0)
                } else if other.bits() < ty.bits() {
                    let t = ins(&mut f, b0, Op::Trunc, other, &[x], 0);
                    ins(&mut f, b0, ext, ty, &[t], 0)
                } else {
                    x
                }
            }
            _ => {
                // a shape the rules look for: (x op c1) op c2, x - x, x ^ x ...
                let op = rng.pick(&[Op::Add, Op::Mul, Op::And, Op::Or, Op::Xor, Op::Sub]);
                let c = interesting(ty, rng);
                let k = ins(&mut f, b0, Op::Const, ty, &[], c);
                let a = ins(&mut f, b0, op, ty, &[x, k], 0);
                if rng.below(2) == 0 {
                    ins(&mut f, b0, op, ty, &[a, x], 0)
                } else {
                    let c = interesting(ty, rng);
                    let k = ins(&mut f, b0, Op::Const, ty, &[], c);
                    ins(&mut f, b0, op, ty, &[a, k], 0)
                }
            }
        };
        pool.push(v);
    }
    let r1 = *pool.last().unwrap_or(&pool[0]);
    let r2 = rng.pick(&pool);
    if rng.below(3) == 0 {
        // branch on a comparison (constant or not)
        let x = rng.pick(&pool);
        let y = rng.pick(&pool);
        let op = rng.pick(&[Op::Eq, Op::Less, Op::LeqU]);
        let c = ins(&mut f, b0, op, Type::Bool, &[x, y], 0);
        let b1 = f.create_block();
        let b2 = f.create_block();
        f.blocks[b0].term =
            Term::If { cond: c, then: BlockCall::new(b1, vec![]), els: BlockCall::new(b2, vec![]) };
        f.blocks[b1].term = Term::Ret(vec![r1, r2]);
        f.blocks[b2].term = Term::Ret(vec![r2, r1]);
    } else {
        f.blocks[b0].term = Term::Ret(vec![r1, r2]);
    }
    f
}

fn count_ops(f: &Function, ops: &[Op]) -> usize {
    f.layout
        .iter()
        .flat_map(|&b| f.blocks[b].insts.iter())
        .filter(|&&v| ops.contains(&f.values[v].op))
        .count()
}

fn check_same(before: &Function, after: &Function, inputs: &[Vec<u64>]) {
    for args in inputs {
        let want = run_function(before, args);
        let got = run_function(after, args);
        if want != got {
            panic!(
                "results differ on {args:x?}: before {want:x?}, after {got:x?}\nbefore:\n{}\nafter:\n{}",
                ssa::print_function(before, &[]),
                ssa::print_function(after, &[])
            );
        }
    }
}

#[test]
fn integer_rules_preserve_results_at_every_width() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut before_ops = 0;
    let mut after_ops = 0;
    for ty in [Type::I8, Type::I16, Type::I32, Type::I64] {
        for _ in 0..400 {
            let f = random_int_func(ty, &mut rng);
            ssa::verify_function(&f).unwrap_or_else(|e| panic!("generator: {e:?}"));
            let mut g = f.clone();
            if let Err(e) = run_named(&mut g, PASSES, 0) {
                panic!("{e}\nbefore:\n{}", ssa::print_function(&f, &[]));
            }
            before_ops += count_ops(&f, &[Op::Div, Op::Mod, Op::DivU, Op::ModU]);
            after_ops += count_ops(&g, &[Op::Div, Op::Mod, Op::DivU, Op::ModU]);
            let mut inputs = Vec::new();
            for _ in 0..24 {
                let a = interesting(ty, &mut rng) as u64;
                let b = interesting(ty, &mut rng) as u64;
                let c = interesting(Type::I64, &mut rng) as u64;
                inputs.push(vec![a, b, c]);
            }
            check_same(&f, &g, &inputs);
        }
    }
    // the rules did something: most divisions were by constants
    assert!(after_ops * 3 < before_ops, "divisions before {before_ops}, after {after_ops}");
}

/// `x op c` for every 8-bit `x` and every non-zero 8-bit `c`, and a sample at
/// 16, 32 and 64 bits: no division is left and every result agrees.
#[test]
fn division_by_constants() {
    let mut rng = Rng(12345);
    for ty in [Type::I8, Type::I16, Type::I32, Type::I64] {
        let consts: Vec<i64> = if ty == Type::I8 {
            (-128..128).filter(|&c| c != 0).collect()
        } else {
            let mut v: Vec<i64> = (-40..40).filter(|&c| c != 0).collect();
            for _ in 0..150 {
                let c = interesting(ty, &mut rng);
                if c != 0 {
                    v.push(c);
                }
                let c = ty.canon_int(rng.next() as i64 >> rng.below(60));
                if c != 0 {
                    v.push(c);
                }
            }
            v
        };
        let xs: Vec<u64> = if ty == Type::I8 {
            (-128i64..128).map(|x| x as u64).collect()
        } else {
            (0..200).map(|_| interesting(ty, &mut rng) as u64).collect()
        };
        for &c in &consts {
            for op in [Op::Div, Op::Mod, Op::DivU, Op::ModU] {
                let sig = Signature::new(vec![ty], vec![ty]);
                let mut f = Function::new("main.d", sig);
                let b0 = f.create_block();
                let x = f.append_block_param(b0, ty);
                let k = ins(&mut f, b0, Op::Const, ty, &[], c);
                let q = ins(&mut f, b0, op, ty, &[x, k], 0);
                f.blocks[b0].term = Term::Ret(vec![q]);
                let mut g = f.clone();
                run_named(&mut g, PASSES, 0).unwrap();
                assert_eq!(
                    count_ops(&g, &[Op::Div, Op::Mod, Op::DivU, Op::ModU]),
                    0,
                    "{op} <{ty}> by {c} left a division:\n{}",
                    ssa::print_function(&g, &[])
                );
                let inputs: Vec<Vec<u64>> = xs.iter().map(|&x| vec![x]).collect();
                check_same(&f, &g, &inputs);
            }
        }
    }
}

fn fconst(f: &mut Function, b: ssa::Block, ty: Type, x: f64) -> Value {
    ins(f, b, Op::ConstF, ty, &[], x.to_bits() as i64)
}

/// Float rules are exact for every input, NaN, ±0 and ±Inf included.
#[test]
fn float_rules_preserve_results() {
    let mut rng = Rng(777);
    let consts =
        [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 0.25, 3.0, 1e300, f64::INFINITY, f64::NAN, 1e-310];
    for ty in [Type::F32, Type::F64] {
        for _ in 0..400 {
            let sig = Signature::new(vec![ty, ty], vec![ty, Type::Bool]);
            let mut f = Function::new("main.fl", sig);
            let b0 = f.create_block();
            let mut pool = vec![f.append_block_param(b0, ty), f.append_block_param(b0, ty)];
            for _ in 0..2 + rng.below(6) {
                let x = rng.pick(&pool);
                let y = if rng.below(2) == 0 {
                    let c = rng.pick(&consts);
                    fconst(&mut f, b0, ty, c)
                } else {
                    rng.pick(&pool)
                };
                let v = match rng.below(6) {
                    0 => ins(&mut f, b0, Op::Neg, ty, &[x], 0),
                    1 => ins(&mut f, b0, Op::Sqrt, ty, &[x], 0),
                    _ => {
                        let op = rng.pick(&[Op::Add, Op::Sub, Op::Mul, Op::Div]);
                        let (a, b) = if rng.below(3) == 0 { (y, x) } else { (x, y) };
                        ins(&mut f, b0, op, ty, &[a, b], 0)
                    }
                };
                pool.push(v);
            }
            let x = rng.pick(&pool);
            let y = rng.pick(&pool);
            let op = rng.pick(&[Op::Eq, Op::Neq, Op::Less, Op::Leq]);
            let c = ins(&mut f, b0, op, Type::Bool, &[x, y], 0);
            let c =
                if rng.below(2) == 0 { ins(&mut f, b0, Op::Not, Type::Bool, &[c], 0) } else { c };
            let r = *pool.last().unwrap_or(&x);
            f.blocks[b0].term = Term::Ret(vec![r, c]);
            let mut g = f.clone();
            run_named(&mut g, PASSES, 0).unwrap();
            let bits =
                |x: f64| if ty == Type::F32 { (x as f32).to_bits() as u64 } else { x.to_bits() };
            let is_nan = |b: u64| {
                if ty == Type::F32 {
                    f32::from_bits(b as u32).is_nan()
                } else {
                    f64::from_bits(b).is_nan()
                }
            };
            for _ in 0..20 {
                let args = vec![bits(rng.pick(&consts)), bits(rng.pick(&consts))];
                let want = run_function(&f, &args);
                let got = run_function(&g, &args);
                let same = match (&want, &got) {
                    (Ok(a), Ok(b)) => {
                        a[1] == b[1] && (a[0] == b[0] || (is_nan(a[0]) && is_nan(b[0])))
                    }
                    _ => want == got,
                };
                assert!(
                    same,
                    "{args:x?}: {want:x?} vs {got:x?}\n{}\n{}",
                    ssa::print_function(&f, &[]),
                    ssa::print_function(&g, &[])
                );
            }
        }
    }
}

#[test]
fn interpreter_traps_are_preserved() {
    // a division by zero stays a division (the check before it panics)
    let sig = Signature::new(vec![Type::I64], vec![Type::I64]);
    let mut f = Function::new("main.z", sig);
    let b0 = f.create_block();
    let x = f.append_block_param(b0, Type::I64);
    let z = ins(&mut f, b0, Op::Const, Type::I64, &[], 0);
    let q = ins(&mut f, b0, Op::Div, Type::I64, &[x, z], 0);
    f.blocks[b0].term = Term::Ret(vec![q]);
    let mut g = f.clone();
    run_named(&mut g, PASSES, 0).unwrap();
    assert_eq!(run_function(&g, &[7]), Err(Trap::DivideByZero));
}
