//! Compile-time constant values with Go's exact arithmetic (go/constant's model).
//!
//! Integers are arbitrary-precision; floating-point constants are exact rationals
//! as long as numerator and denominator stay below 4096 bits, and are rounded to a
//! 512-bit mantissa beyond that (as go/constant switches from `big.Rat` to a
//! 512-bit `big.Float`). Typed float constants are rounded to float32/float64 by
//! [`ConstValue::round_float64`]/[`ConstValue::round_float32`], so they hold
//! exactly the value the machine type holds.

use num_bigint::{BigInt, BigUint, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::fmt;
use std::sync::Arc;

/// A constant value. `Unknown` is the result of an operation that failed (an
/// error was reported); it is representable in every type to avoid follow-on
/// errors.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Unknown,
    Bool(bool),
    /// Go strings are byte strings (may hold invalid UTF-8).
    String(Arc<[u8]>),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
}

/// Binary operators on constants (a subset of the AST's, without `&&`/`||`
/// which the checker folds itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstOp {
    Add,
    Sub,
    Mul,
    /// Exact division (`/` on untyped/float operands).
    Quo,
    /// Truncated integer division (`/` on integer operands).
    IntDiv,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A value usable as a hash key to find duplicate constants (map literal keys,
/// switch cases), equal for `1`, `1.0` and `1+0i` like types2's keyVal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstKey {
    Bool(bool),
    String(Arc<[u8]>),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Other,
}

const MAX_RAT_BITS: u64 = 4096;
const FLOAT_PREC: u64 = 512;
/// Beyond this binary exponent a float constant is treated as an overflow.
const MAX_FLOAT_EXP: i64 = 1 << 22;

fn rat_from_int(i: BigInt) -> BigRational {
    BigRational::from_integer(i)
}

/// `m * 2^e` as a rational.
fn rat_from_mant_exp(neg: bool, m: BigUint, e: i64) -> BigRational {
    let m = BigInt::from_biguint(if neg { Sign::Minus } else { Sign::Plus }, m);
    if e >= 0 {
        rat_from_int(m << (e as usize))
    } else {
        BigRational::new(m, BigInt::one() << ((-e) as usize))
    }
}

/// Rounds `num/den` (both positive) to `prec` significant bits, ties to even.
/// Returns `(mant, exp)` with value `mant * 2^exp`. With `min_exp`, the exponent
/// of the least significant bit is at least `min_exp` (denormals).
fn round_ratio(num: &BigUint, den: &BigUint, prec: u64, min_exp: Option<i64>) -> (BigUint, i64) {
    if num.is_zero() {
        return (BigUint::zero(), 0);
    }
    let e0 = num.bits() as i64 - den.bits() as i64;
    let s = prec as i64 - e0 + 1;
    let (q, rem_nonzero) = if s >= 0 {
        let n = num << (s as usize);
        let q = &n / den;
        let r = n - &q * den;
        (q, !r.is_zero())
    } else {
        let d = den << ((-s) as usize);
        let q = num / &d;
        let r = num - &q * &d;
        (q, !r.is_zero())
    };
    // q has prec+1 or prec+2 bits; value = q * 2^-s (+ remainder)
    let mut shift = q.bits() as i64 - prec as i64;
    let mut exp = -s + shift;
    if let Some(min) = min_exp {
        if exp < min {
            shift += min - exp;
            exp = min;
        }
    }
    if shift <= 0 {
        return (q, -s);
    }
    let shift_u = shift as u64;
    if shift_u > q.bits() + 1 {
        // everything is dropped and below half an ulp
        return (BigUint::zero(), exp);
    }
    let mask = (BigUint::one() << shift_u) - BigUint::one();
    let dropped = &q & &mask;
    let half = BigUint::one() << (shift_u - 1);
    let mut m = q >> shift_u;
    let round_up = match dropped.cmp(&half) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => rem_nonzero || m.bit(0),
    };
    if round_up {
        m += 1u32;
        if min_exp.is_none() || m.bits() > prec {
            if m.bits() > prec {
                m >>= 1u32;
                exp += 1;
            }
        }
    }
    (m, exp)
}

/// Rounds `r` to a binary float with `prec` bits of mantissa; `None` on overflow
/// of `max_exp` (value >= 2^max_exp).
fn round_rat(
    r: &BigRational,
    prec: u64,
    min_exp: Option<i64>,
    max_exp: i64,
) -> Option<BigRational> {
    if r.is_zero() {
        return Some(BigRational::zero());
    }
    let neg = r.is_negative();
    let num = r.numer().magnitude();
    let den = r.denom().magnitude();
    let (m, e) = round_ratio(num, den, prec, min_exp);
    if m.is_zero() {
        return Some(BigRational::zero());
    }
    if m.bits() as i64 + e > max_exp {
        return None;
    }
    Some(rat_from_mant_exp(neg, m, e))
}

fn rat_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let neg = r.is_negative();
    let (m, e) = round_ratio(r.numer().magnitude(), r.denom().magnitude(), 53, Some(-1074));
    if m.bits() as i64 + e > 1024 {
        return if neg { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let mf = m.to_u64().unwrap_or(0) as f64;
    let a = e / 2;
    let b = e - a;
    let v = mf * 2f64.powi(a as i32) * 2f64.powi(b as i32);
    if neg { -v } else { v }
}

fn normalize_float(r: BigRational) -> ConstValue {
    let nb = r.numer().bits();
    let db = r.denom().bits();
    if nb < MAX_RAT_BITS && db < MAX_RAT_BITS {
        return ConstValue::Float(r);
    }
    match round_rat(&r, FLOAT_PREC, None, MAX_FLOAT_EXP) {
        Some(v) => {
            if v.numer().bits() as i64 > MAX_FLOAT_EXP || v.denom().bits() as i64 > MAX_FLOAT_EXP {
                ConstValue::Unknown
            } else {
                ConstValue::Float(v)
            }
        }
        None => ConstValue::Unknown,
    }
}

fn parse_digits(s: &str, base: u32) -> Option<BigUint> {
    if s.is_empty() {
        return Some(BigUint::zero());
    }
    BigUint::parse_bytes(s.as_bytes(), base)
}

impl ConstValue {
    pub fn int(i: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(i))
    }

    pub fn string(s: &[u8]) -> ConstValue {
        ConstValue::String(Arc::from(s))
    }

    pub fn float64(f: f64) -> ConstValue {
        match BigRational::from_float(f) {
            Some(r) => ConstValue::Float(r),
            None => ConstValue::Unknown,
        }
    }

    /// Parses an integer literal (`_` already removed): decimal, `0x`, `0o`,
    /// `0b` and legacy octal (`0777`).
    pub fn from_int_literal(text: &str) -> Option<ConstValue> {
        let t = text.replace('_', "");
        let b = t.as_bytes();
        let v = if b.len() > 1 && b[0] == b'0' {
            match b[1] {
                b'x' | b'X' => parse_digits(&t[2..], 16)?,
                b'o' | b'O' => parse_digits(&t[2..], 8)?,
                b'b' | b'B' => parse_digits(&t[2..], 2)?,
                _ => parse_digits(&t[1..], 8)?,
            }
        } else {
            parse_digits(&t, 10)?
        };
        if (b.len() > 2 && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B')) && t.len() == 2
        {
            return None;
        }
        Some(ConstValue::Int(BigInt::from_biguint(Sign::Plus, v)))
    }

    /// Parses a floating-point literal: decimal (`1.5e3`, `.5`, `1.`) or
    /// hexadecimal (`0x1.8p3`).
    pub fn from_float_literal(text: &str) -> Option<ConstValue> {
        let t = text.replace('_', "");
        let lower = t.to_ascii_lowercase();
        if lower.starts_with("0x") {
            let body = &lower[2..];
            let (mant, exp) = match body.find('p') {
                Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()?),
                None => (body, 0),
            };
            let (ip, fp) = match mant.find('.') {
                Some(i) => (&mant[..i], &mant[i + 1..]),
                None => (mant, ""),
            };
            let digits = format!("{}{}", ip, fp);
            let m = parse_digits(&digits, 16)?;
            let e = exp.checked_sub(4 * fp.len() as i64)?;
            if e.abs() > MAX_FLOAT_EXP {
                return None;
            }
            let r = rat_from_mant_exp(false, m, e);
            return Some(normalize_float(r));
        }
        let (mant, exp) = match lower.find('e') {
            Some(i) => (&lower[..i], lower[i + 1..].parse::<i64>().ok()?),
            None => (&lower[..], 0),
        };
        let (ip, fp) = match mant.find('.') {
            Some(i) => (&mant[..i], &mant[i + 1..]),
            None => (mant, ""),
        };
        let digits = format!("{}{}", ip, fp);
        let m = parse_digits(&digits, 10)?;
        let e = exp.checked_sub(fp.len() as i64)?;
        if m.is_zero() {
            return Some(ConstValue::Float(BigRational::zero()));
        }
        if e.abs() > 400_000 {
            return None;
        }
        let m = BigInt::from_biguint(Sign::Plus, m);
        let ten = BigInt::from(10);
        let r = if e >= 0 {
            rat_from_int(m * num_traits::pow(ten, e as usize))
        } else {
            BigRational::new(m, num_traits::pow(ten, (-e) as usize))
        };
        Some(normalize_float(r))
    }

    /// Parses an imaginary literal (`2i`, `1.5i`, `0x1p2i`).
    pub fn from_imag_literal(text: &str) -> Option<ConstValue> {
        let t = text.strip_suffix('i')?;
        let lower = t.to_ascii_lowercase();
        let is_float = if lower.starts_with("0x") {
            lower.contains('p') || lower.contains('.')
        } else {
            lower.contains('.') || lower.contains('e')
        };
        let v = if is_float {
            ConstValue::from_float_literal(t)?
        } else if lower.starts_with("0x") || lower.starts_with("0b") || lower.starts_with("0o") {
            ConstValue::from_int_literal(t)?
        } else {
            // legacy: 0123i is decimal
            ConstValue::from_int_literal(t.trim_start_matches('0'))
                .unwrap_or(ConstValue::Int(BigInt::zero()))
        };
        let im = v.to_rat()?;
        Some(ConstValue::Complex(BigRational::zero(), im))
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, ConstValue::Unknown)
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<&BigInt> {
        match self {
            ConstValue::Int(i) => Some(i),
            _ => None,
        }
    }

    /// The value as an i64 if it is an integer (after [`Self::to_int`]) that fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self.to_int() {
            ConstValue::Int(i) => i.to_i64(),
            _ => None,
        }
    }

    pub fn to_u64(&self) -> Option<u64> {
        match self.to_int() {
            ConstValue::Int(i) => i.to_u64(),
            _ => None,
        }
    }

    fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(rat_from_int(i.clone())),
            ConstValue::Float(r) => Some(r.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    /// go/constant's ToInt: an integral Float or Complex becomes an Int;
    /// otherwise the value is returned unchanged (callers check the kind).
    pub fn to_int(&self) -> ConstValue {
        match self {
            ConstValue::Int(_) => self.clone(),
            ConstValue::Float(r) if r.is_integer() => ConstValue::Int(r.to_integer()),
            ConstValue::Complex(re, im) if im.is_zero() && re.is_integer() => {
                ConstValue::Int(re.to_integer())
            }
            _ => self.clone(),
        }
    }

    /// go/constant's ToFloat.
    pub fn to_float(&self) -> ConstValue {
        match self {
            ConstValue::Int(i) => ConstValue::Float(rat_from_int(i.clone())),
            ConstValue::Float(_) => self.clone(),
            ConstValue::Complex(re, im) if im.is_zero() => ConstValue::Float(re.clone()),
            _ => self.clone(),
        }
    }

    /// go/constant's ToComplex.
    pub fn to_complex(&self) -> ConstValue {
        match self {
            ConstValue::Int(i) => ConstValue::Complex(rat_from_int(i.clone()), BigRational::zero()),
            ConstValue::Float(r) => ConstValue::Complex(r.clone(), BigRational::zero()),
            _ => self.clone(),
        }
    }

    pub fn real(&self) -> ConstValue {
        match self {
            ConstValue::Complex(re, _) => ConstValue::Float(re.clone()),
            ConstValue::Int(_) | ConstValue::Float(_) => self.clone(),
            _ => ConstValue::Unknown,
        }
    }

    pub fn imag(&self) -> ConstValue {
        match self {
            ConstValue::Complex(_, im) => ConstValue::Float(im.clone()),
            ConstValue::Int(_) => ConstValue::Int(BigInt::zero()),
            ConstValue::Float(_) => ConstValue::Float(BigRational::zero()),
            _ => ConstValue::Unknown,
        }
    }

    /// -1, 0 or 1 (0 for non-numeric values).
    pub fn sign(&self) -> i32 {
        let s = match self {
            ConstValue::Int(i) => i.sign(),
            ConstValue::Float(r) => r.numer().sign(),
            ConstValue::Complex(re, im) => {
                if re.is_zero() && im.is_zero() {
                    Sign::NoSign
                } else {
                    Sign::Plus
                }
            }
            _ => Sign::NoSign,
        };
        match s {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        }
    }

    /// Bit length of the magnitude of an Int.
    pub fn bit_len(&self) -> u64 {
        match self {
            ConstValue::Int(i) => i.bits(),
            _ => 0,
        }
    }

    /// The float64 nearest to the value (±Inf on overflow); Ints and Floats only.
    pub fn float64_val(&self) -> Option<f64> {
        match self {
            ConstValue::Int(i) => Some(rat_to_f64(&rat_from_int(i.clone()))),
            ConstValue::Float(r) => Some(rat_to_f64(r)),
            _ => None,
        }
    }

    /// Rounds a numeric value to float64 precision; `None` if it overflows.
    pub fn round_float64(&self) -> Option<ConstValue> {
        let r = self.to_rat()?;
        round_rat(&r, 53, Some(-1074), 1024).map(ConstValue::Float)
    }

    /// Rounds a numeric value to float32 precision; `None` if it overflows.
    pub fn round_float32(&self) -> Option<ConstValue> {
        let r = self.to_rat()?;
        round_rat(&r, 24, Some(-149), 128).map(ConstValue::Float)
    }

    fn kind_rank(&self) -> u8 {
        match self {
            ConstValue::Int(_) => 1,
            ConstValue::Float(_) => 2,
            ConstValue::Complex(..) => 3,
            _ => 0,
        }
    }

    fn promote(&self, rank: u8) -> ConstValue {
        match rank {
            2 => self.to_float(),
            3 => self.to_complex(),
            _ => self.clone(),
        }
    }

    /// Unary `-`, `+`, `^` (with `prec` bits for unsigned complement; 0 means
    /// signed/unbounded) and `!`.
    pub fn unary(op: syntax::ast::UnOp, x: &ConstValue, prec: u32) -> ConstValue {
        use syntax::ast::UnOp;
        match (op, x) {
            (_, ConstValue::Unknown) => ConstValue::Unknown,
            (UnOp::Plus, ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex(..)) => {
                x.clone()
            }
            (UnOp::Neg, ConstValue::Int(i)) => ConstValue::Int(-i),
            (UnOp::Neg, ConstValue::Float(r)) => ConstValue::Float(-r),
            (UnOp::Neg, ConstValue::Complex(re, im)) => ConstValue::Complex(-re, -im),
            (UnOp::Xor, ConstValue::Int(i)) => {
                let z = !i.clone();
                if prec > 0 {
                    let mask = (BigInt::one() << prec as usize) - BigInt::one();
                    ConstValue::Int(z & mask)
                } else {
                    ConstValue::Int(z)
                }
            }
            (UnOp::Not, ConstValue::Bool(b)) => ConstValue::Bool(!b),
            _ => ConstValue::Unknown,
        }
    }

    /// Binary arithmetic. Operands are promoted to the larger numeric kind.
    pub fn binary(x: &ConstValue, op: ConstOp, y: &ConstValue) -> ConstValue {
        if x.is_unknown() || y.is_unknown() {
            return ConstValue::Unknown;
        }
        if let (ConstValue::String(a), ConstValue::String(b)) = (x, y) {
            if op == ConstOp::Add {
                let mut v = a.to_vec();
                v.extend_from_slice(b);
                return ConstValue::String(Arc::from(v));
            }
            return ConstValue::Unknown;
        }
        let mut rank = x.kind_rank().max(y.kind_rank());
        if rank == 0 {
            return ConstValue::Unknown;
        }
        if rank == 1 && op == ConstOp::Quo {
            rank = 2;
        }
        let (x, y) = (x.promote(rank), y.promote(rank));
        match (&x, &y) {
            (ConstValue::Int(a), ConstValue::Int(b)) => {
                let r = match op {
                    ConstOp::Add => a + b,
                    ConstOp::Sub => a - b,
                    ConstOp::Mul => a * b,
                    ConstOp::IntDiv => {
                        if b.is_zero() {
                            return ConstValue::Unknown;
                        }
                        a / b
                    }
                    ConstOp::Rem => {
                        if b.is_zero() {
                            return ConstValue::Unknown;
                        }
                        a % b
                    }
                    ConstOp::And => a & b,
                    ConstOp::Or => a | b,
                    ConstOp::Xor => a ^ b,
                    ConstOp::AndNot => a & !b.clone(),
                    ConstOp::Quo => unreachable_quo(),
                };
                ConstValue::Int(r)
            }
            (ConstValue::Float(a), ConstValue::Float(b)) => {
                let r = match op {
                    ConstOp::Add => a + b,
                    ConstOp::Sub => a - b,
                    ConstOp::Mul => a * b,
                    ConstOp::Quo | ConstOp::IntDiv => {
                        if b.is_zero() {
                            return ConstValue::Unknown;
                        }
                        a / b
                    }
                    _ => return ConstValue::Unknown,
                };
                normalize_float(r)
            }
            (ConstValue::Complex(ar, ai), ConstValue::Complex(br, bi)) => {
                let (re, im) = match op {
                    ConstOp::Add => (ar + br, ai + bi),
                    ConstOp::Sub => (ar - br, ai - bi),
                    ConstOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
                    ConstOp::Quo | ConstOp::IntDiv => {
                        let d = br * br + bi * bi;
                        if d.is_zero() {
                            return ConstValue::Unknown;
                        }
                        ((ar * br + ai * bi) / &d, (ai * br - ar * bi) / &d)
                    }
                    _ => return ConstValue::Unknown,
                };
                let (re, im) = match (normalize_float(re), normalize_float(im)) {
                    (ConstValue::Float(a), ConstValue::Float(b)) => (a, b),
                    _ => return ConstValue::Unknown,
                };
                ConstValue::Complex(re, im)
            }
            _ => ConstValue::Unknown,
        }
    }

    /// `x << s` / `x >> s` on an Int (arithmetic shift right).
    pub fn shift(x: &ConstValue, left: bool, s: u64) -> ConstValue {
        match x.to_int() {
            ConstValue::Int(i) => {
                if left {
                    ConstValue::Int(i << s as usize)
                } else {
                    // floor division by 2^s (arithmetic shift)
                    ConstValue::Int(i >> s as usize)
                }
            }
            _ => ConstValue::Unknown,
        }
    }

    /// Comparison; `None` if the values are not comparable.
    pub fn compare(x: &ConstValue, op: CmpOp, y: &ConstValue) -> Option<bool> {
        let ord = match (x, y) {
            (ConstValue::Bool(a), ConstValue::Bool(b)) => {
                return match op {
                    CmpOp::Eq => Some(a == b),
                    CmpOp::Ne => Some(a != b),
                    _ => None,
                };
            }
            (ConstValue::String(a), ConstValue::String(b)) => a.as_ref().cmp(b.as_ref()),
            _ => {
                let rank = x.kind_rank().max(y.kind_rank());
                if rank == 0 {
                    return None;
                }
                match (x.promote(rank), y.promote(rank)) {
                    (ConstValue::Int(a), ConstValue::Int(b)) => a.cmp(&b),
                    (ConstValue::Float(a), ConstValue::Float(b)) => a.cmp(&b),
                    (ConstValue::Complex(ar, ai), ConstValue::Complex(br, bi)) => {
                        let eq = ar == br && ai == bi;
                        return match op {
                            CmpOp::Eq => Some(eq),
                            CmpOp::Ne => Some(!eq),
                            _ => None,
                        };
                    }
                    _ => return None,
                }
            }
        };
        Some(match op {
            CmpOp::Eq => ord == Ordering::Equal,
            CmpOp::Ne => ord != Ordering::Equal,
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::Ge => ord != Ordering::Less,
        })
    }

    /// Key for duplicate detection (types2's keyVal).
    pub fn key(&self) -> ConstKey {
        match self {
            ConstValue::Bool(b) => ConstKey::Bool(*b),
            ConstValue::String(s) => ConstKey::String(s.clone()),
            ConstValue::Int(i) => ConstKey::Int(i.clone()),
            ConstValue::Float(r) => {
                if r.is_integer() {
                    ConstKey::Int(r.to_integer())
                } else {
                    ConstKey::Float(rat_to_f64(r).to_bits())
                }
            }
            ConstValue::Complex(re, im) => {
                if im.is_zero() {
                    ConstValue::Float(re.clone()).key()
                } else {
                    ConstKey::Complex(rat_to_f64(re).to_bits(), rat_to_f64(im).to_bits())
                }
            }
            ConstValue::Unknown => ConstKey::Other,
        }
    }

    /// The exact value as text: integers in decimal, floats as `p/q` (or an
    /// integer), strings Go-quoted. Used by debug dumps.
    pub fn exact_string(&self) -> String {
        match self {
            ConstValue::Float(r) => {
                if r.is_integer() {
                    r.to_integer().to_string()
                } else {
                    format!("{}/{}", r.numer(), r.denom())
                }
            }
            ConstValue::String(s) => go_quote(s),
            _ => self.to_string(),
        }
    }
}

fn unreachable_quo() -> BigInt {
    BigInt::zero()
}

/// Go's `%.6g` of a float64 (as go/constant prints floats).
pub fn format_g6(x: f64) -> String {
    if x.is_infinite() {
        return if x > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if x.is_nan() {
        return "NaN".into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let e_form = format!("{:.5e}", x); // d.ddddde±X
    let (mant, exp) = e_form.split_once('e').unwrap_or((&e_form, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= 6 {
        let mut m = mant.to_string();
        if m.contains('.') {
            while m.ends_with('0') {
                m.pop();
            }
            if m.ends_with('.') {
                m.pop();
            }
        }
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", m, sign, exp.abs())
    } else {
        let decimals = (5 - exp).max(0) as usize;
        let mut s = format!("{:.*}", decimals, x);
        if s.contains('.') {
            while s.ends_with('0') {
                s.pop();
            }
            if s.ends_with('.') {
                s.pop();
            }
        }
        s
    }
}

fn float_string(r: &BigRational) -> String {
    let f = rat_to_f64(r);
    if (r.is_zero() == (f == 0.0)) && f.is_finite() {
        return format_g6(f);
    }
    // Out of float64 range: approximate m * 10^e.
    let neg = r.is_negative();
    let (m, e2) = round_ratio(r.numer().magnitude(), r.denom().magnitude(), 53, None);
    let mbits = m.bits() as i64;
    let mant = m.to_u64().unwrap_or(0) as f64 / 2f64.powi(mbits as i32); // 0.5 <= mant < 1
    let exp = e2 + mbits;
    let d = exp as f64 * (std::f64::consts::LN_2 / std::f64::consts::LN_10);
    let mut e = d as i64;
    let mut mm = mant * 10f64.powf(d - e as f64);
    if mm.abs() < 1.0 - 0.5e-6 {
        mm *= 10.0;
        e -= 1;
    } else if mm.abs() >= 10.0 {
        mm /= 10.0;
        e += 1;
    }
    if neg {
        mm = -mm;
    }
    format!("{}e{:+}", format_g6(mm), e)
}

/// Go's strconv.Quote of a byte string.
pub fn go_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (ch, size) = decode_rune(&s[i..]);
        if ch == 0xFFFD && size == 1 {
            out.push_str(&format!("\\x{:02x}", s[i]));
            i += 1;
            continue;
        }
        i += size;
        push_escaped(&mut out, ch, b'"');
    }
    out.push('"');
    out
}

/// Go's strconv.QuoteRune.
pub fn go_quote_rune(r: u32) -> String {
    let mut out = String::from("'");
    let r = if r > 0x10FFFF || (0xD800..0xE000).contains(&r) { 0xFFFD } else { r };
    push_escaped(&mut out, r, b'\'');
    out.push('\'');
    out
}

fn push_escaped(out: &mut String, ch: u32, quote: u8) {
    match ch {
        0x07 => out.push_str("\\a"),
        0x08 => out.push_str("\\b"),
        0x0C => out.push_str("\\f"),
        0x0A => out.push_str("\\n"),
        0x0D => out.push_str("\\r"),
        0x09 => out.push_str("\\t"),
        0x0B => out.push_str("\\v"),
        0x5C => out.push_str("\\\\"),
        c if c == quote as u32 => {
            out.push('\\');
            out.push(quote as char);
        }
        c if c < 0x20 || c == 0x7F => out.push_str(&format!("\\x{:02x}", c)),
        c => match char::from_u32(c) {
            Some(ch) if is_printable(ch) => out.push(ch),
            _ => {
                if c < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c));
                } else {
                    out.push_str(&format!("\\U{:08x}", c));
                }
            }
        },
    }
}

fn is_printable(c: char) -> bool {
    // Approximation of unicode.IsPrint: ASCII printable and most non-control
    // code points.
    let u = c as u32;
    if u < 0x80 {
        return (0x20..0x7F).contains(&u);
    }
    !(0x80..0xA0).contains(&u) && u != 0xAD && !(0xFFF9..=0xFFFB).contains(&u) && u != 0xFEFF
}

/// Decodes one UTF-8 sequence as Go does: invalid bytes give (0xFFFD, 1).
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    if s.is_empty() {
        return (0xFFFD, 0);
    }
    let b0 = s[0];
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    if s.len() < n {
        return (0xFFFD, 1);
    }
    let mut v = init;
    for &b in &s[1..n] {
        if b & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        v = (v << 6) | (b & 0x3F) as u32;
    }
    if v < min || v > 0x10FFFF || (0xD800..0xE000).contains(&v) {
        return (0xFFFD, 1);
    }
    (v, n)
}

/// Encodes a code point as UTF-8 (invalid code points as U+FFFD), as Go's
/// `string(rune)` conversion does.
pub fn encode_rune(r: u32) -> Vec<u8> {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf).as_bytes().to_vec()
}

impl fmt::Display for ConstValue {
    /// go/constant's `String()`: ints in decimal, floats as `%.6g`, strings
    /// quoted and shortened to 72 characters.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Unknown => write!(f, "unknown"),
            ConstValue::Bool(b) => write!(f, "{}", b),
            ConstValue::String(s) => {
                const MAX: usize = 72;
                let q = go_quote(s);
                if q.chars().count() > MAX {
                    let t: String = q.chars().take(MAX - 3).collect();
                    write!(f, "{}...", t)
                } else {
                    write!(f, "{}", q)
                }
            }
            ConstValue::Int(i) => write!(f, "{}", i),
            ConstValue::Float(r) => write!(f, "{}", float_string(r)),
            ConstValue::Complex(re, im) => {
                write!(f, "({} + {}i)", float_string(re), float_string(im))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str) -> ConstValue {
        ConstValue::from_int_literal(s).unwrap()
    }
    fn flt(s: &str) -> ConstValue {
        ConstValue::from_float_literal(s).unwrap()
    }

    #[test]
    fn literals() {
        assert_eq!(int("0x_ff").to_string(), "255");
        assert_eq!(int("0o17").to_string(), "15");
        assert_eq!(int("017").to_string(), "15");
        assert_eq!(int("0b101").to_string(), "5");
        assert_eq!(int("1_000_000").to_string(), "1000000");
        assert_eq!(flt("1.5e3").to_string(), "1500");
        assert_eq!(flt("0x1p-2").to_string(), "0.25");
        assert_eq!(flt("1e100").to_string(), "1e+100");
        assert_eq!(flt(".5").to_string(), "0.5");
        assert_eq!(flt("1e-7").to_string(), "1e-07");
        assert_eq!(flt("123456789.0").to_string(), "1.23457e+08");
        assert_eq!(flt("1e1000").to_string(), "1e+1000");
    }

    #[test]
    fn exact_float_arithmetic() {
        let third = ConstValue::binary(&flt("1.0"), ConstOp::Quo, &flt("3.0"));
        let one = ConstValue::binary(&third, ConstOp::Mul, &int("3"));
        assert_eq!(ConstValue::compare(&one, CmpOp::Eq, &int("1")), Some(true));
        // 0.1 + 0.2 == 0.3 exactly for constants
        let s = ConstValue::binary(&flt("0.1"), ConstOp::Add, &flt("0.2"));
        assert_eq!(ConstValue::compare(&s, CmpOp::Eq, &flt("0.3")), Some(true));
        // but not after rounding to float64
        let a = flt("0.1").round_float64().unwrap();
        let b = flt("0.2").round_float64().unwrap();
        let c = ConstValue::binary(&a, ConstOp::Add, &b).round_float64().unwrap();
        assert_eq!(
            ConstValue::compare(&c, CmpOp::Eq, &flt("0.3").round_float64().unwrap()),
            Some(false)
        );
    }

    #[test]
    fn division_and_shifts() {
        assert_eq!(
            ConstValue::binary(&int("7"), ConstOp::IntDiv, &ConstValue::int(-2)).to_string(),
            "-3"
        );
        assert_eq!(
            ConstValue::binary(&ConstValue::int(-7), ConstOp::Rem, &int("2")).to_string(),
            "-1"
        );
        assert_eq!(ConstValue::binary(&int("7"), ConstOp::Quo, &int("2")).to_string(), "3.5");
        assert_eq!(ConstValue::binary(&int("1"), ConstOp::IntDiv, &int("0")), ConstValue::Unknown);
        assert_eq!(
            ConstValue::shift(&int("1"), true, 100).to_string(),
            "1267650600228229401496703205376"
        );
        assert_eq!(ConstValue::shift(&ConstValue::int(-8), false, 1).to_string(), "-4");
        assert_eq!(ConstValue::shift(&ConstValue::int(-1), false, 10).to_string(), "-1");
        assert_eq!(ConstValue::shift(&flt("2.0"), true, 3).to_string(), "16");
        assert_eq!(ConstValue::unary(syntax::ast::UnOp::Xor, &int("0"), 8).to_string(), "255");
        assert_eq!(ConstValue::unary(syntax::ast::UnOp::Xor, &int("5"), 0).to_string(), "-6");
    }

    #[test]
    fn float_rounding() {
        // 2^1024 overflows float64; max float64 does not
        let max = flt("1.7976931348623157e308");
        assert!(max.round_float64().is_some());
        assert!(flt("1.8e308").round_float64().is_none());
        assert!(flt("3.5e38").round_float32().is_none());
        assert!(flt("3.4e38").round_float32().is_some());
        // smallest denormal survives, half of it rounds to zero (ties to even)
        let tiny = flt("4.9406564584124654e-324").round_float64().unwrap();
        assert_eq!(tiny.float64_val(), Some(5e-324));
        let half = ConstValue::binary(&tiny, ConstOp::Quo, &int("2")).round_float64().unwrap();
        assert_eq!(half.sign(), 0);
        assert_eq!(flt("0.1").float64_val(), Some(0.1));
        assert_eq!(flt("1e23").float64_val(), Some(1e23));
        assert_eq!(flt("0.1").round_float32().unwrap().float64_val(), Some(0.1f32 as f64));
    }

    #[test]
    fn formatting() {
        assert_eq!(format_g6(0.1), "0.1");
        assert_eq!(format_g6(100000.0), "100000");
        assert_eq!(format_g6(1000000.0), "1e+06");
        assert_eq!(format_g6(0.0001), "0.0001");
        assert_eq!(format_g6(0.00001), "1e-05");
        assert_eq!(format_g6(2.71828182), "2.71828");
        assert_eq!(ConstValue::string(b"a\"b\n").to_string(), "\"a\\\"b\\n\"");
        let long = ConstValue::string("x".repeat(100).as_bytes()).to_string();
        assert_eq!(long.len(), 72);
        assert!(long.ends_with("..."));
        assert_eq!(ConstValue::from_imag_literal("2i").unwrap().to_string(), "(0 + 2i)");
    }

    #[test]
    fn keys() {
        assert_eq!(int("1").key(), flt("1.0").key());
        assert_ne!(int("1").key(), flt("1.5").key());
    }
}
