//! Exact float → decimal digit conversion for strconv (`runtime.ftoa`, docs/abi.md
//! §8): the exact binary value is expanded into a multiprecision decimal (at most
//! 800 digits, enough for any float64; computed as `m × 2^e` or `m × 5^-e` on a
//! base-10^9 big integer, the power shared by the three values the shortest form
//! needs and cached per exponent by the hook), then either rounded half-to-even at a
//! precision ('e': significant digits, 'f': digits after the point) or reduced
//! to the shortest digit string that still lies strictly (or, for an even
//! mantissa, inclusively) between the midpoints to the neighbouring floats —
//! the shortest round-tripping digits, the closest one when several are equally
//! short (as Ryu's d2s/f2s). Output: `DIGITS e EXP` meaning 0.DIGITS × 10^EXP.
//! Pure: also compiled into the host test crate.

const CAP: usize = 800;

#[derive(Clone)]
pub struct Decimal {
    d: [u8; CAP], // digit values 0..=9, most significant first
    nd: usize,
    dp: i32, // decimal point: value = 0.d[0..nd] × 10^dp
    trunc: bool,
}

impl Decimal {
    pub fn new(v: u64) -> Decimal {
        let mut x = Decimal { d: [0; CAP], nd: 0, dp: 0, trunc: false };
        let mut buf = [0u8; 20];
        let mut n = 0;
        let mut v = v;
        while v > 0 {
            buf[n] = (v % 10) as u8;
            v /= 10;
            n += 1;
        }
        for i in 0..n {
            x.d[i] = buf[n - 1 - i];
        }
        x.nd = n;
        x.dp = n as i32;
        x.trim();
        x
    }

    /// The exact value of `mant × 2^exp`.
    pub fn exact(mant: u64, exp: i32) -> Decimal {
        Decimal::exact_with(&Pow2::new(exp), mant)
    }

    /// The exact value of `m × 2^p.exp`: the power's big integer times `m`,
    /// converted to digits (with the decimal point moved left by `-exp` when
    /// the power is `5^-exp`). Falls back to shifting a digit string if the
    /// result would not fit (never for float64 values).
    fn exact_with(p: &Pow2, m: u64) -> Decimal {
        if m == 0 {
            return Decimal::new(0);
        }
        let fallback = || {
            let mut d = Decimal::new(m);
            d.shift(p.exp);
            d
        };
        if !p.ok {
            return fallback();
        }
        let Some(big) = p.big.mul_u64(m) else { return fallback() };
        let mut x = Decimal { d: [0; CAP], nd: 0, dp: 0, trunc: false };
        let mut top = [0u8; 10];
        let mut t = 0;
        let mut v = big.limbs[big.n - 1];
        while v > 0 {
            top[t] = (v % 10) as u8;
            v /= 10;
            t += 1;
        }
        let total = t + 9 * (big.n - 1);
        if total > CAP {
            return fallback();
        }
        for i in 0..t {
            x.d[i] = top[t - 1 - i];
        }
        let mut w = t;
        for i in (0..big.n - 1).rev() {
            let mut v = big.limbs[i];
            for j in (0..9).rev() {
                x.d[w + j] = (v % 10) as u8;
                v /= 10;
            }
            w += 9;
        }
        x.nd = total;
        x.dp = if p.exp >= 0 { total as i32 } else { total as i32 + p.exp };
        x.trim();
        x
    }

    fn trim(&mut self) {
        while self.nd > 0 && self.d[self.nd - 1] == 0 {
            self.nd -= 1;
        }
        if self.nd == 0 {
            self.dp = 0;
        }
    }

    /// Multiplies by 2^k, k <= 60.
    fn shl(&mut self, k: u32) {
        let mut tmp = [0u8; CAP + 24];
        let mut w = 0; // digits written, least significant first
        let mut carry: u64 = 0;
        for i in (0..self.nd).rev() {
            let n = ((self.d[i] as u64) << k) + carry;
            tmp[w] = (n % 10) as u8;
            carry = n / 10;
            w += 1;
        }
        while carry > 0 {
            tmp[w] = (carry % 10) as u8;
            carry /= 10;
            w += 1;
        }
        let grow = w as i32 - self.nd as i32;
        // keep the most significant CAP digits
        let keep = w.min(CAP);
        for i in 0..keep {
            self.d[i] = tmp[w - 1 - i];
        }
        for &dig in &tmp[..w - keep] {
            if dig != 0 {
                self.trunc = true;
            }
        }
        self.nd = keep;
        self.dp += grow;
        self.trim();
    }

    /// Divides by 2^k, k <= 60.
    fn shr(&mut self, k: u32) {
        let mut r: u64 = 0;
        let mut ri = 0;
        while r >> k == 0 {
            if ri >= self.nd {
                if r == 0 {
                    self.nd = 0;
                    self.dp = 0;
                    return;
                }
                while r >> k == 0 {
                    r *= 10;
                    ri += 1;
                }
                break;
            }
            r = r * 10 + self.d[ri] as u64;
            ri += 1;
        }
        self.dp -= ri as i32 - 1;
        let mask = (1u64 << k) - 1;
        let mut w = 0;
        while ri < self.nd {
            let dig = r >> k;
            r &= mask;
            self.d[w] = dig as u8;
            w += 1;
            r = r * 10 + self.d[ri] as u64;
            ri += 1;
        }
        while r > 0 {
            let dig = r >> k;
            r &= mask;
            if w < CAP {
                self.d[w] = dig as u8;
                w += 1;
            } else if dig > 0 {
                self.trunc = true;
            }
            r *= 10;
        }
        self.nd = w;
        self.trim();
    }

    pub fn shift(&mut self, mut k: i32) {
        if self.nd == 0 {
            return;
        }
        while k > 60 {
            self.shl(60);
            k -= 60;
        }
        if k > 0 {
            self.shl(k as u32);
        }
        while k < -60 {
            self.shr(60);
            k += 60;
        }
        if k < 0 {
            self.shr((-k) as u32);
        }
    }

    /// Round half to even when keeping `n` digits.
    fn should_round_up(&self, n: usize) -> bool {
        if n >= self.nd {
            return false;
        }
        if self.d[n] == 5 && n + 1 == self.nd {
            if self.trunc {
                return true;
            }
            return n > 0 && self.d[n - 1] % 2 == 1;
        }
        self.d[n] >= 5
    }

    fn round(&mut self, n: isize) {
        if n < 0 {
            self.nd = 0;
            self.dp = 0;
            return;
        }
        let n = n as usize;
        if n >= self.nd {
            return;
        }
        if self.should_round_up(n) { self.round_up(n) } else { self.round_down(n) }
    }

    fn round_down(&mut self, n: usize) {
        if n < self.nd {
            self.nd = n;
            self.trim();
        }
    }

    fn round_up(&mut self, n: usize) {
        if n >= self.nd {
            return;
        }
        let mut i = n;
        while i > 0 {
            if self.d[i - 1] < 9 {
                self.d[i - 1] += 1;
                self.nd = i;
                return;
            }
            i -= 1;
        }
        // all nines (or n == 0): 10^dp
        self.d[0] = 1;
        self.nd = 1;
        self.dp += 1;
    }

    /// The digit of weight 10^pos (0 outside the digits).
    fn digit_at(&self, pos: i32) -> u8 {
        let i = self.dp - 1 - pos;
        if i >= 0 && (i as usize) < self.nd { self.d[i as usize] } else { 0 }
    }

    /// Whether no digit exists at or below weight 10^pos.
    fn ends_above(&self, pos: i32) -> bool {
        self.dp - self.nd as i32 > pos
    }

    pub fn write(&self, out: &mut [u8]) -> usize {
        let mut w = 0;
        for i in 0..self.nd {
            if w < out.len() {
                out[w] = b'0' + self.d[i];
                w += 1;
            }
        }
        let mut tmp = [0u8; 12];
        let mut e = self.dp as i64;
        let neg = e < 0;
        if neg {
            e = -e;
        }
        let mut n = 0;
        loop {
            tmp[n] = b'0' + (e % 10) as u8;
            e /= 10;
            n += 1;
            if e == 0 {
                break;
            }
        }
        let mut put = |c: u8| {
            if w < out.len() {
                out[w] = c;
                w += 1;
            }
        };
        put(b'e');
        if neg {
            put(b'-');
        }
        for i in (0..n).rev() {
            put(tmp[i]);
        }
        w
    }
}

const BASE: u64 = 1_000_000_000;
const LIMBS: usize = CAP / 9 + 4;

/// A non-negative big integer in little-endian base-10^9 limbs.
#[derive(Clone)]
struct Big {
    limbs: [u32; LIMBS],
    n: usize,
}

impl Big {
    fn one() -> Big {
        let mut b = Big { limbs: [0; LIMBS], n: 1 };
        b.limbs[0] = 1;
        b
    }

    /// self *= factor (factor < 2^33); false on overflow.
    fn mul_small(&mut self, factor: u64) -> bool {
        let mut carry = 0u64;
        for l in self.limbs.iter_mut().take(self.n) {
            let v = *l as u64 * factor + carry;
            *l = (v % BASE) as u32;
            carry = v / BASE;
        }
        while carry > 0 {
            if self.n == LIMBS {
                return false;
            }
            self.limbs[self.n] = (carry % BASE) as u32;
            carry /= BASE;
            self.n += 1;
        }
        true
    }

    /// self × m, or None on overflow.
    fn mul_u64(&self, m: u64) -> Option<Big> {
        let ml = [(m % BASE) as u32, (m / BASE % BASE) as u32, (m / BASE / BASE) as u32];
        let mn = if ml[2] != 0 {
            3
        } else if ml[1] != 0 {
            2
        } else {
            1
        };
        let mut r = Big { limbs: [0; LIMBS], n: 0 };
        let mut carry = 0u64;
        // column sums: at most 3 products < 10^18 each, plus a carry < 2^62
        for col in 0..self.n + mn {
            let mut acc = carry;
            let mut hi = 0u64;
            for (j, &b) in ml.iter().enumerate().take(mn) {
                if col >= j && col - j < self.n {
                    acc += self.limbs[col - j] as u64 * b as u64;
                    hi += acc / BASE;
                    acc %= BASE;
                }
            }
            if col >= LIMBS {
                if acc != 0 || hi != 0 {
                    return None;
                }
                break;
            }
            r.limbs[col] = acc as u32;
            carry = hi;
        }
        if carry != 0 {
            return None;
        }
        r.n = (self.n + mn).min(LIMBS);
        while r.n > 1 && r.limbs[r.n - 1] == 0 {
            r.n -= 1;
        }
        Some(r)
    }
}

/// 2^exp as a big integer: `2^exp` itself for exp >= 0, `5^-exp` (to be read
/// with the decimal point moved left by -exp) otherwise.
struct Pow2 {
    big: Big,
    exp: i32,
    ok: bool,
}

impl Pow2 {
    fn new(exp: i32) -> Pow2 {
        let mut big = Big::one();
        let mut ok = true;
        if exp >= 0 {
            let mut k = exp;
            while ok && k > 0 {
                let step = k.min(32);
                ok = big.mul_small(1u64 << step);
                k -= step;
            }
        } else {
            // 5^13 = 1220703125 < 2^31
            let mut k = -(exp as i64);
            while ok && k > 0 {
                let step = k.min(13);
                ok = big.mul_small(5u64.pow(step as u32));
                k -= step;
            }
        }
        Pow2 { big, exp, ok }
    }
}

/// The last powers computed, one slot per `exp & 3`: a value is often formatted
/// several times (shortest needs 2^(exp-2), fixed precisions 2^exp), and values of
/// one magnitude share their exponent. The runtime keeps one (`runtime.ftoa` runs
/// on the program's single OS thread); `ftoa` uses a fresh one per call.
pub struct PowCache {
    slots: [Option<Pow2>; 4],
}

impl Default for PowCache {
    fn default() -> Self {
        Self::new()
    }
}

impl PowCache {
    pub const fn new() -> PowCache {
        PowCache { slots: [const { None }; 4] }
    }

    fn get(&mut self, exp: i32) -> &Pow2 {
        let slot = &mut self.slots[(exp & 3) as usize];
        if !matches!(slot, Some(p) if p.exp == exp) {
            *slot = Some(Pow2::new(exp));
        }
        slot.as_ref().unwrap()
    }
}

struct FloatInfo {
    mantbits: u32,
    expbits: u32,
    bias: i32,
}

const F64: FloatInfo = FloatInfo { mantbits: 52, expbits: 11, bias: -1023 };
const F32: FloatInfo = FloatInfo { mantbits: 23, expbits: 8, bias: -127 };

/// (mantissa with the implicit bit, binary exponent of its lowest bit).
fn decompose(bits: u64, flt: &FloatInfo) -> (u64, i32) {
    let e = ((bits >> flt.mantbits) & ((1 << flt.expbits) - 1)) as i32;
    let mut mant = bits & ((1u64 << flt.mantbits) - 1);
    let exp = if e == 0 {
        flt.bias + 1
    } else {
        mant |= 1u64 << flt.mantbits;
        e + flt.bias
    };
    (mant, exp - flt.mantbits as i32)
}

/// Shortest digits of mant × 2^exp that round-trip (see the module comment).
fn shortest(mant: u64, exp: i32, flt: &FloatInfo, cache: &mut PowCache) -> Decimal {
    if mant == 0 {
        return Decimal::new(0);
    }
    // d = 4m, upper = 4m+2, lower = 4m-2 or 4m-1, all × 2^(exp-2): one power
    let p = cache.get(exp - 2);
    let mut d = Decimal::exact_with(p, 4 * mant);
    let upper = Decimal::exact_with(p, 4 * mant + 2);
    let minexp = flt.bias + 1 - flt.mantbits as i32;
    let lower = if mant > (1u64 << flt.mantbits) || exp == minexp {
        Decimal::exact_with(p, 4 * mant - 2)
    } else {
        Decimal::exact_with(p, 4 * mant - 1)
    };
    let inclusive = mant.is_multiple_of(2);
    // Walk down from the most significant position of `upper`. `delta` tracks
    // how far d's prefix rounded up at `pos` stays below upper's prefix: 0 = the
    // prefixes are equal, 1 = rounding up meets upper's prefix exactly, 2 = it
    // stays strictly below.
    let mut delta = 0u8;
    let mut pos = upper.dp - 1;
    loop {
        if d.ends_above(pos) {
            return d; // d itself is exact at this length
        }
        let l = lower.digit_at(pos);
        let m = d.digit_at(pos);
        let u = upper.digit_at(pos);
        let okdown = l != m || (inclusive && lower.ends_above(pos - 1));
        if delta == 0 && m + 1 < u {
            delta = 2;
        } else if delta == 0 && m != u {
            delta = 1;
        } else if delta == 1 && (m != 9 || u != 0) {
            delta = 2;
        }
        let okup = delta > 0 && (inclusive || delta > 1 || !upper.ends_above(pos - 1));
        let n = (d.dp - pos) as isize; // digits kept: those of weight >= 10^pos
        if okdown && okup {
            d.round(n);
            return d;
        } else if okdown {
            d.round_down(n.max(0) as usize);
            return d;
        } else if okup {
            if n <= 0 {
                // round up to 10^pos
                d.d[0] = 1;
                d.nd = 1;
                d.dp = pos + 1;
            } else {
                d.round_up(n as usize);
            }
            return d;
        }
        pos -= 1;
    }
}

/// `runtime.ftoa` semantics; returns bytes written to `out`.
pub fn ftoa(out: &mut [u8], f: f64, fmt: u8, prec: i64) -> usize {
    ftoa_cached(out, f, fmt, prec, &mut PowCache::new())
}

/// `ftoa` reusing the powers of 2 in `cache`.
pub fn ftoa_cached(out: &mut [u8], f: f64, fmt: u8, prec: i64, cache: &mut PowCache) -> usize {
    if fmt == b's' {
        let (mant, exp) = decompose((f as f32).to_bits() as u64, &F32);
        return shortest(mant, exp, &F32, cache).write(out);
    }
    let (mant, exp) = decompose(f.to_bits(), &F64);
    if fmt == b'e' && prec < 0 {
        return shortest(mant, exp, &F64, cache).write(out);
    }
    if fmt == b'f' && prec >= 0 && mant != 0 {
        // Below 10^-(prec+1) the value rounds to zero at `prec` decimals: skip the
        // expansion (up to 767 digits for subnormals). v < 2^(bitlen+exp) and
        // 3.322 > log2(10), so this bound is conservative.
        let top = (64 - mant.leading_zeros()) as i64 + exp as i64;
        if -top * 10000 >= (prec.min(1100) + 1) * 33220 {
            return Decimal::new(0).write(out);
        }
    }
    let mut d = Decimal::exact_with(cache.get(exp), mant);
    if fmt == b'f' {
        let prec = prec.clamp(0, 1100) as isize;
        d.round(d.dp as isize + prec);
    } else {
        let prec = prec.clamp(0, CAP as i64 - 1) as isize;
        d.round(prec + 1);
    }
    d.trim();
    d.write(out)
}
