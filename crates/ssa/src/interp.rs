//! A small reference interpreter of the SSA IR, with the semantics op.rs
//! documents (and codegen implements): used by the randomized tests of the
//! rewrite rules and passes (run a function before and after, compare), and
//! handy for looking at what a function computes.
//!
//! Values are `u64` bit patterns: integers sign-extended from their width
//! (the canonical constant form), Bool 0/1, `f64` bits for F64, `f32` bits
//! for F32, addresses for pointers. Memory is a list of regions (one per
//! stack slot of each frame, one per data object); every access is bounds
//! checked, so a wild load is a [`Trap::Fault`], never undefined behaviour.
//! Calls to functions of the program are interpreted; a call to a
//! `noreturn` function outside it is [`Trap::Panic`] (a runtime panic), any
//! other external call is [`Trap::Unsupported`]. The interpreter never
//! panics and stops after a fuel budget.

use crate::{Aux, Block, Function, Op, Program, Term, Type, Value, ValueDef};
use cranelift_entity::EntityRef;
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trap {
    /// A call to a function that does not return (`runtime.panicIndex`...).
    Panic(String),
    /// `NilCheck` of nil.
    NilDeref,
    /// A load or store outside every region.
    Fault(u64),
    /// Integer division by zero reached a `Div`/`Mod` (the IR forbids it).
    DivideByZero,
    /// Something the interpreter does not model.
    Unsupported(String),
    OutOfFuel,
}

struct Region {
    base: u64,
    bytes: Vec<u8>,
}

pub struct Interp<'p> {
    prog: Option<&'p Program>,
    regions: Vec<Region>,
    syms: HashMap<String, u64>,
    next: u64,
    pub fuel: u64,
    depth: u32,
}

/// Run `f` alone on `args` (no program: calls other than panics trap).
pub fn run_function(f: &Function, args: &[u64]) -> Result<Vec<u64>, Trap> {
    let mut it = Interp::new(None);
    it.call(f, args)
}

impl<'p> Interp<'p> {
    pub fn new(prog: Option<&'p Program>) -> Interp<'p> {
        let mut it = Interp {
            prog,
            regions: Vec::new(),
            syms: HashMap::new(),
            next: 0x1000_0000,
            fuel: 1_000_000,
            depth: 0,
        };
        if let Some(p) = prog {
            for d in &p.data {
                let mut bytes = d.init.clone().unwrap_or_else(|| vec![0; d.size as usize]);
                bytes.resize(d.size.min(1 << 24) as usize, 0);
                let base = it.alloc(bytes.len().max(1) as u64, d.align.max(1) as u64);
                it.region_mut(base).bytes = bytes;
                it.syms.insert(d.name.clone(), base);
            }
            for d in &p.data {
                for r in &d.relocs {
                    let target = it.syms.get(&r.sym).copied().unwrap_or(0);
                    let at = it.syms[&d.name] + r.offset as u64;
                    let _ = it.store(at, 8, target.wrapping_add(r.addend as u64));
                }
            }
        }
        it
    }

    fn alloc(&mut self, size: u64, align: u64) -> u64 {
        let align = align.clamp(1, 16);
        let base = self.next.div_ceil(align) * align;
        self.next = base + size.max(1) + 16; // a gap catches off-by-one accesses
        self.regions.push(Region { base, bytes: vec![0; size as usize] });
        base
    }

    fn region_mut(&mut self, base: u64) -> &mut Region {
        let i = self.regions.iter().position(|r| r.base == base).unwrap_or(0);
        &mut self.regions[i]
    }

    fn find(&self, addr: u64, n: u64) -> Option<(usize, usize)> {
        for (i, r) in self.regions.iter().enumerate() {
            if addr >= r.base && addr.checked_add(n)? <= r.base + r.bytes.len() as u64 {
                return Some((i, (addr - r.base) as usize));
            }
        }
        None
    }

    pub fn load(&self, addr: u64, n: u64) -> Result<u64, Trap> {
        let (i, off) = self.find(addr, n).ok_or(Trap::Fault(addr))?;
        let mut x = 0u64;
        for k in (0..n as usize).rev() {
            x = (x << 8) | self.regions[i].bytes[off + k] as u64;
        }
        Ok(x)
    }

    pub fn store(&mut self, addr: u64, n: u64, x: u64) -> Result<(), Trap> {
        let (i, off) = self.find(addr, n).ok_or(Trap::Fault(addr))?;
        for k in 0..n as usize {
            self.regions[i].bytes[off + k] = (x >> (8 * k)) as u8;
        }
        Ok(())
    }

    /// Interpret `f` on `args` (bit patterns in the canonical form).
    pub fn call(&mut self, f: &Function, args: &[u64]) -> Result<Vec<u64>, Trap> {
        if self.depth > 200 {
            return Err(Trap::Unsupported("call depth".into()));
        }
        self.depth += 1;
        let r = self.call_inner(f, args);
        self.depth -= 1;
        r
    }

    fn call_inner(&mut self, f: &Function, args: &[u64]) -> Result<Vec<u64>, Trap> {
        let Some(entry) = f.entry() else { return Err(Trap::Unsupported("no blocks".into())) };
        let mut slots = Vec::new();
        for (_, sd) in f.slots.iter() {
            slots.push(self.alloc(sd.size as u64, sd.align as u64));
        }
        let mut vals: HashMap<Value, u64> = HashMap::new();
        let mut tuples: HashMap<Value, Vec<u64>> = HashMap::new();
        let params = &f.blocks[entry].params;
        if params.len() != args.len() {
            return Err(Trap::Unsupported("argument count".into()));
        }
        for (&p, &a) in params.iter().zip(args) {
            vals.insert(p, canon(f.values[p].ty, a));
        }
        let mut b = entry;
        loop {
            if !f.blocks.is_valid(b) {
                return Err(Trap::Unsupported(format!("bad block {b}")));
            }
            for &v in &f.blocks[b].insts {
                if self.fuel == 0 {
                    return Err(Trap::OutOfFuel);
                }
                self.fuel -= 1;
                self.step(f, v, &slots, &mut vals, &mut tuples)?;
            }
            let get =
                |v: Value| vals.get(&v).copied().ok_or(Trap::Unsupported(format!("{v} undefined")));
            let next: (Block, Vec<Value>) = match &f.blocks[b].term {
                Term::Jump(t) => (t.block, t.args.clone()),
                Term::If { cond, then, els } => {
                    let t = if get(*cond)? != 0 { then } else { els };
                    (t.block, t.args.clone())
                }
                Term::Switch { index, targets, default } => {
                    let i = get(*index)?;
                    let t = targets.get(i as usize).unwrap_or(default);
                    (t.block, t.args.clone())
                }
                Term::Ret(vs) => return vs.iter().map(|&v| get(v)).collect(),
                Term::Exit => return Err(Trap::Unsupported("Exit fell through".into())),
                Term::None => return Err(Trap::Unsupported("unterminated block".into())),
            };
            if self.fuel == 0 {
                return Err(Trap::OutOfFuel);
            }
            self.fuel -= 1;
            let xs: Vec<u64> = next.1.iter().map(|&v| get(v)).collect::<Result<_, _>>()?;
            let ps = &f.blocks[next.0].params;
            if ps.len() != xs.len() {
                return Err(Trap::Unsupported("jump arity".into()));
            }
            for (&p, x) in ps.iter().zip(xs) {
                vals.insert(p, x);
            }
            b = next.0;
        }
    }

    fn step(
        &mut self,
        f: &Function,
        v: Value,
        slots: &[u64],
        vals: &mut HashMap<Value, u64>,
        tuples: &mut HashMap<Value, Vec<u64>>,
    ) -> Result<(), Trap> {
        let d = &f.values[v];
        if d.def == ValueDef::Dead {
            return Err(Trap::Unsupported(format!("{v} is dead")));
        }
        let mut a = Vec::with_capacity(d.args.len());
        let mut at = Vec::with_capacity(d.args.len());
        for &x in &d.args {
            if d.op == Op::Proj {
                break;
            }
            a.push(vals.get(&x).copied().ok_or(Trap::Unsupported(format!("{x} undefined")))?);
            at.push(f.values[x].ty);
        }
        let r: u64 = match d.op {
            Op::Const => d.aux_int as u64,
            Op::ConstF => {
                let x = f64::from_bits(d.aux_int as u64);
                if d.ty == Type::F32 { (x as f32).to_bits() as u64 } else { x.to_bits() }
            }
            Op::SymAddr => {
                let s = d.sym().unwrap_or("");
                match self.syms.get(s) {
                    Some(&base) => base.wrapping_add(d.aux_int as u64),
                    None => return Err(Trap::Unsupported(format!("symbol {s}"))),
                }
            }
            Op::SlotAddr => match d.slot() {
                Some(s) if s.index() < slots.len() => slots[s.index()],
                _ => return Err(Trap::Unsupported("bad slot".into())),
            },
            Op::Proj => {
                let t = tuples.get(&d.args[0]).ok_or(Trap::Unsupported("proj".into()))?;
                t.get(d.aux_int as usize).copied().ok_or(Trap::Unsupported("proj".into()))?
            }
            Op::Load => {
                let addr = a[0].wrapping_add(d.aux_int as u64);
                let x = self.load(addr, d.ty.bytes() as u64)?;
                canon_load(d.ty, x)
            }
            Op::Store => {
                let addr = a[0].wrapping_add(d.aux_int as u64);
                let n = at[1].bytes() as u64;
                self.store(addr, n, store_bits(at[1], a[1]))?;
                0
            }
            Op::Zero => {
                for k in 0..d.aux_int.max(0) as u64 {
                    self.store(a[0].wrapping_add(k), 1, 0)?;
                }
                0
            }
            Op::Move => {
                let n = d.aux_int.max(0) as u64;
                let mut buf = Vec::with_capacity(n as usize);
                for k in 0..n {
                    buf.push(self.load(a[1].wrapping_add(k), 1)?);
                }
                for (k, x) in buf.into_iter().enumerate() {
                    self.store(a[0].wrapping_add(k as u64), 1, x)?;
                }
                0
            }
            Op::NilCheck => {
                if a[0] == 0 {
                    return Err(Trap::NilDeref);
                }
                0
            }
            Op::Call | Op::CallInd => {
                let Aux::Call(c) = &d.aux else { return Err(Trap::Unsupported("call".into())) };
                let target = match (&c.callee, d.op) {
                    (Some(n), _) => Some(n.clone()),
                    (None, _) => {
                        // a code pointer: the address of a function symbol
                        let addr = a.first().copied().unwrap_or(0);
                        self.syms.iter().find(|(_, x)| **x == addr).map(|(n, _)| n.clone())
                    }
                };
                let cargs = if d.op == Op::CallInd { &a[1..] } else { &a[..] };
                let callee = target
                    .as_deref()
                    .and_then(|n| self.prog.and_then(|p| p.funcs.iter().find(|g| g.name == n)));
                match callee {
                    Some(g) => {
                        let rs = self.call(g, cargs)?;
                        match rs.len() {
                            0 => 0,
                            1 => rs[0],
                            _ => {
                                tuples.insert(v, rs);
                                0
                            }
                        }
                    }
                    None if c.sig.noreturn => {
                        return Err(Trap::Panic(target.unwrap_or_default()));
                    }
                    None => {
                        return Err(Trap::Unsupported(format!(
                            "call {}",
                            target.unwrap_or_default()
                        )));
                    }
                }
            }
            op => eval_pure(op, d.ty, &at, &a, d.aux_int)?,
        };
        vals.insert(v, r);
        Ok(())
    }
}

/// The canonical bit pattern of `x` for type `t` (sign-extended integers).
pub fn canon(t: Type, x: u64) -> u64 {
    match t {
        Type::Bool => (x & 1 != 0) as u64,
        Type::I8 | Type::I16 | Type::I32 | Type::I64 => t.canon_int(x as i64) as u64,
        Type::F32 => x & 0xffff_ffff,
        _ => x,
    }
}

fn canon_load(t: Type, x: u64) -> u64 {
    match t {
        Type::Bool => (x & 0xff != 0) as u64,
        _ => canon(t, x),
    }
}

fn store_bits(t: Type, x: u64) -> u64 {
    match t {
        Type::Bool => x & 1,
        _ => x,
    }
}

fn f32v(x: u64) -> f32 {
    f32::from_bits(x as u32)
}

fn f64v(x: u64) -> f64 {
    f64::from_bits(x)
}

fn mask(bits: u32) -> u64 {
    if bits >= 64 { u64::MAX } else { (1u64 << bits) - 1 }
}

/// A pure operation on canonical bit patterns: the constant folder's model
/// of op.rs's semantics (`Err` only for division by zero and type errors).
pub fn eval_pure(op: Op, ty: Type, at: &[Type], a: &[u64], aux: i64) -> Result<u64, Trap> {
    let w = ty.bits();
    let aw = at.first().map(|t| t.bits()).unwrap_or(64);
    let is_f = ty.is_float() || at.first().is_some_and(|t| t.is_float());
    let f32op = ty == Type::F32 || at.first() == Some(&Type::F32);
    let bad = || Trap::Unsupported(format!("{op} <{ty}>"));
    let un = |x: u64| x & mask(aw);
    let fl = |x: u64| if f32op { f32v(x) as f64 } else { f64v(x) };
    let mkf = |x: f64| if ty == Type::F32 { (x as f32).to_bits() as u64 } else { x.to_bits() };
    let f2 = |x: u64, y: u64, g32: fn(f32, f32) -> f32, g64: fn(f64, f64) -> f64| {
        if ty == Type::F32 {
            g32(f32v(x), f32v(y)).to_bits() as u64
        } else {
            g64(f64v(x), f64v(y)).to_bits()
        }
    };
    if a.len() < op.arity().unwrap_or(0) {
        return Err(bad());
    }
    let r = match op {
        Op::Copy => a[0],
        Op::Add if is_f => f2(a[0], a[1], |x, y| x + y, |x, y| x + y),
        Op::Sub if is_f => f2(a[0], a[1], |x, y| x - y, |x, y| x - y),
        Op::Mul if is_f => f2(a[0], a[1], |x, y| x * y, |x, y| x * y),
        Op::Div if is_f => f2(a[0], a[1], |x, y| x / y, |x, y| x / y),
        Op::Neg if is_f => {
            if ty == Type::F32 {
                (-f32v(a[0])).to_bits() as u64
            } else {
                (-f64v(a[0])).to_bits()
            }
        }
        Op::Add => a[0].wrapping_add(a[1]),
        Op::Sub => a[0].wrapping_sub(a[1]),
        Op::Mul => a[0].wrapping_mul(a[1]),
        Op::Neg => a[0].wrapping_neg(),
        Op::MulHi => {
            let p = (a[0] as i64 as i128) * (a[1] as i64 as i128);
            (p >> w) as u64
        }
        Op::MulHiU => {
            let p = ((a[0] & mask(w)) as u128) * ((a[1] & mask(w)) as u128);
            (p >> w) as u64
        }
        Op::Div | Op::Mod => {
            let (x, y) = (a[0] as i64, a[1] as i64);
            if y == 0 {
                return Err(Trap::DivideByZero);
            }
            // canonical values: the wrapping ops give Go's MinInt / -1 at width 64;
            // narrower widths wrap when canonicalized
            if op == Op::Div { x.wrapping_div(y) as u64 } else { x.wrapping_rem(y) as u64 }
        }
        Op::DivU | Op::ModU => {
            let (x, y) = (un(a[0]), un(a[1]));
            if y == 0 {
                return Err(Trap::DivideByZero);
            }
            if op == Op::DivU { x / y } else { x % y }
        }
        Op::And => a[0] & a[1],
        Op::Or => a[0] | a[1],
        Op::Xor => a[0] ^ a[1],
        Op::Com => !a[0],
        Op::Not => (a[0] == 0) as u64,
        Op::Shl | Op::ShrS | Op::ShrU => {
            let cw = at.get(1).map(|t| t.bits()).unwrap_or(64);
            let c = a[1] & mask(cw);
            let x = a[0];
            match op {
                Op::Shl => {
                    if c >= w as u64 {
                        0
                    } else {
                        x << c
                    }
                }
                Op::ShrU => {
                    if c >= w as u64 {
                        0
                    } else {
                        (x & mask(w)) >> c
                    }
                }
                _ => {
                    let c = c.min(w as u64 - 1);
                    ((x as i64) >> c) as u64
                }
            }
        }
        Op::RotL => {
            let x = a[0] & mask(w);
            let c = (a[1] % w as u64) as u32;
            if c == 0 { x } else { ((x << c) | (x >> (w - c))) & mask(w) }
        }
        Op::Ctz => {
            let x = a[0] & mask(w);
            if x == 0 { w as u64 } else { x.trailing_zeros() as u64 }
        }
        Op::Clz => {
            let x = a[0] & mask(w);
            (x.leading_zeros() - (64 - w)) as u64
        }
        Op::PopCount => (a[0] & mask(w)).count_ones() as u64,
        Op::Sqrt => mkf(fl(a[0]).sqrt()),
        Op::Abs => mkf(fl(a[0]).abs()),
        Op::Floor => mkf(fl(a[0]).floor()),
        Op::Ceil => mkf(fl(a[0]).ceil()),
        Op::RoundTrunc => mkf(fl(a[0]).trunc()),
        Op::Fma => {
            if ty == Type::F32 {
                f32v(a[0]).mul_add(f32v(a[1]), f32v(a[2])).to_bits() as u64
            } else {
                f64v(a[0]).mul_add(f64v(a[1]), f64v(a[2])).to_bits()
            }
        }
        Op::Eq | Op::Neq => {
            let eq = if is_f { fl(a[0]) == fl(a[1]) } else { a[0] == a[1] };
            (eq == (op == Op::Eq)) as u64
        }
        Op::Less => (if is_f { fl(a[0]) < fl(a[1]) } else { (a[0] as i64) < (a[1] as i64) }) as u64,
        Op::Leq => {
            (if is_f { fl(a[0]) <= fl(a[1]) } else { (a[0] as i64) <= (a[1] as i64) }) as u64
        }
        Op::LessU => (un(a[0]) < un(a[1])) as u64,
        Op::LeqU => (un(a[0]) <= un(a[1])) as u64,
        Op::Select => {
            if a[0] != 0 {
                a[1]
            } else {
                a[2]
            }
        }
        Op::IsInBounds => (un(a[0]) < un(a[1])) as u64,
        Op::IsSliceInBounds => (un(a[0]) <= un(a[1])) as u64,
        Op::IsNonNil => (a[0] != 0) as u64,
        Op::SignExt => a[0],
        Op::ZeroExt => {
            if at[0] == Type::Bool {
                a[0] & 1
            } else {
                a[0] & mask(aw)
            }
        }
        Op::Trunc => a[0],
        Op::CvtSToF => {
            let x = a[0] as i64;
            if ty == Type::F32 { (x as f32).to_bits() as u64 } else { (x as f64).to_bits() }
        }
        Op::CvtUToF => {
            let x = un(a[0]);
            if ty == Type::F32 { (x as f32).to_bits() as u64 } else { (x as f64).to_bits() }
        }
        Op::CvtFToS | Op::CvtFToU => float_to_int(fl(a[0]), w, op == Op::CvtFToS),
        Op::FPromote => (f32v(a[0]) as f64).to_bits(),
        Op::FDemote => (f64v(a[0]) as f32).to_bits() as u64,
        Op::Bitcast => a[0],
        Op::AddPtr => a[0].wrapping_add(a[1]),
        Op::OffPtr => a[0].wrapping_add(aux as u64),
        _ => return Err(bad()),
    };
    Ok(canon(ty, r))
}

/// gc's amd64 float → integer conversion (codegen's `float_to_int`).
pub fn float_to_int(x: f64, bits: u32, signed: bool) -> u64 {
    let to_signed = |x: f64, b: u32| -> i64 {
        let lim = 2f64.powi(b as i32 - 1);
        if x >= -lim && x < lim {
            x as i64
        } else if b == 64 {
            i64::MIN
        } else {
            i32::MIN as i64
        }
    };
    if signed || bits < 64 {
        let via = if bits == 64 || (!signed && bits == 32) { 64 } else { 32 };
        return to_signed(x, via) as u64;
    }
    let two63 = 2f64.powi(63);
    if x < two63 { to_signed(x, 64) as u64 } else { (to_signed(x - two63, 64) as u64) | (1 << 63) }
}
