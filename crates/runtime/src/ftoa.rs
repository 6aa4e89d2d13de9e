//! Exact float → decimal digit conversion for strconv (`runtime.ftoa`, docs/abi.md
//! §8): the exact binary value is expanded into a multiprecision decimal (at most
//! 800 digits, enough for any float64), then either rounded half-to-even at a
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
fn shortest(mant: u64, exp: i32, flt: &FloatInfo) -> Decimal {
    let mut d = Decimal::new(mant);
    d.shift(exp);
    if mant == 0 {
        return d;
    }
    let mut upper = Decimal::new(2 * mant + 1);
    upper.shift(exp - 1);
    let minexp = flt.bias + 1 - flt.mantbits as i32;
    let lower = if mant > (1u64 << flt.mantbits) || exp == minexp {
        let mut l = Decimal::new(2 * mant - 1);
        l.shift(exp - 1);
        l
    } else {
        let mut l = Decimal::new(4 * mant - 1);
        l.shift(exp - 2);
        l
    };
    let inclusive = mant % 2 == 0;
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
    if fmt == b's' {
        let (mant, exp) = decompose((f as f32).to_bits() as u64, &F32);
        return shortest(mant, exp, &F32).write(out);
    }
    let (mant, exp) = decompose(f.to_bits(), &F64);
    if fmt == b'e' && prec < 0 {
        return shortest(mant, exp, &F64).write(out);
    }
    let mut d = Decimal::new(mant);
    d.shift(exp);
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
