//! The libm functions Cranelift turns instructions into when the ISA lacks them
//! (docs/notes: without SSE4.1 `floor ceil trunc nearest` become calls to
//! `floor ceil trunc nearbyint` (and the `f` variants); without FMA, `fma`/`fmaf`).
//! Bit-exact implementations without libm; `fma` uses the FMA instruction when
//! the CPU has it, else a correctly rounded integer implementation.

const EXP_MASK: u64 = 0x7ff;
const FRAC_BITS: u32 = 52;

#[unsafe(no_mangle)]
pub extern "C" fn trunc(x: f64) -> f64 {
    let b = x.to_bits();
    let e = ((b >> FRAC_BITS) & EXP_MASK) as i32 - 1023;
    if e >= FRAC_BITS as i32 {
        return x; // integral, Inf or NaN
    }
    if e < 0 {
        return f64::from_bits(b & (1 << 63)); // ±0
    }
    let mask = (1u64 << (FRAC_BITS - e as u32)) - 1;
    f64::from_bits(b & !mask)
}

#[unsafe(no_mangle)]
pub extern "C" fn floor(x: f64) -> f64 {
    let t = trunc(x);
    if x < t { t - 1.0 } else { t }
}

#[unsafe(no_mangle)]
pub extern "C" fn ceil(x: f64) -> f64 {
    let t = trunc(x);
    if x > t { t + 1.0 } else { t }
}

/// Round to nearest, ties to even (the default rounding mode).
#[unsafe(no_mangle)]
pub extern "C" fn nearbyint(x: f64) -> f64 {
    let a = f64::from_bits(x.to_bits() & !(1 << 63));
    if a >= 4503599627370496.0 || a.is_nan() {
        return x;
    }
    let big = 4503599627370496.0f64; // 2^52
    let r = core::hint::black_box(a + big) - big;
    f64::from_bits(r.to_bits() | (x.to_bits() & (1 << 63)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rint(x: f64) -> f64 {
    nearbyint(x)
}

#[unsafe(no_mangle)]
pub extern "C" fn truncf(x: f32) -> f32 {
    let b = x.to_bits();
    let e = ((b >> 23) & 0xff) as i32 - 127;
    if e >= 23 {
        return x;
    }
    if e < 0 {
        return f32::from_bits(b & (1 << 31));
    }
    let mask = (1u32 << (23 - e as u32)) - 1;
    f32::from_bits(b & !mask)
}

#[unsafe(no_mangle)]
pub extern "C" fn floorf(x: f32) -> f32 {
    let t = truncf(x);
    if x < t { t - 1.0 } else { t }
}

#[unsafe(no_mangle)]
pub extern "C" fn ceilf(x: f32) -> f32 {
    let t = truncf(x);
    if x > t { t + 1.0 } else { t }
}

#[unsafe(no_mangle)]
pub extern "C" fn nearbyintf(x: f32) -> f32 {
    let a = f32::from_bits(x.to_bits() & !(1 << 31));
    if a >= 8388608.0 || a.is_nan() {
        return x;
    }
    let big = 8388608.0f32;
    let r = core::hint::black_box(a + big) - big;
    f32::from_bits(r.to_bits() | (x.to_bits() & (1 << 31)))
}

pub fn have_fma() -> bool {
    static mut STATE: u8 = 0; // 0 unknown, 1 no, 2 yes
    unsafe {
        if STATE == 0 {
            let r = core::arch::x86_64::__cpuid(1);
            let osxsave = r.ecx & (1 << 27) != 0;
            let fma = r.ecx & (1 << 12) != 0;
            let avx = r.ecx & (1 << 28) != 0;
            let mut ok = fma && osxsave && avx;
            if ok {
                let lo: u32;
                core::arch::asm!("xgetbv", in("ecx") 0, out("eax") lo, out("edx") _, options(nomem, nostack));
                ok = lo & 6 == 6;
            }
            STATE = if ok { 2 } else { 1 };
        }
        STATE == 2
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn fma(x: f64, y: f64, z: f64) -> f64 {
    if have_fma() {
        let mut a = x;
        unsafe {
            core::arch::asm!("vfmadd213sd {a}, {b}, {c}", a = inout(xmm_reg) a, b = in(xmm_reg) y, c = in(xmm_reg) z, options(pure, nomem, nostack));
        }
        return a;
    }
    fma_soft(x, y, z)
}

/// Correctly rounded `x*y + z` (round to nearest even) in integer arithmetic,
/// for CPUs without FMA: bit-identical to VFMADD (NaN payloads aside), so a
/// program's results do not depend on the CPU or the GOAMD64 level.
pub fn fma_soft(x: f64, y: f64, z: f64) -> f64 {
    // Inf, NaN or a zero factor: x*y is exact or not finite, one rounding.
    if !x.is_finite() || !y.is_finite() || x == 0.0 || y == 0.0 {
        return x * y + z;
    }
    // x*y finite (exactly), z infinite or NaN: z (x*y may overflow, it must not matter)
    if !z.is_finite() {
        return z + z;
    }
    // (sign, integer mantissa, exponent of its lowest bit)
    let unpack = |v: f64| -> (bool, u128, i32) {
        let b = v.to_bits();
        let e = ((b >> 52) & 0x7ff) as i32;
        let f = (b & ((1 << 52) - 1)) as u128;
        let (m, e) = if e == 0 { (f, -1074) } else { (f | 1 << 52, e - 1075) };
        (b >> 63 != 0, m, e)
    };
    let (sx, mx, ex) = unpack(x);
    let (sy, my, ey) = unpack(y);
    let (sz, mz, ez) = unpack(z);
    // the exact product, < 2^106; then both terms with their top bit at bit 125
    let norm = |m: u128, e: i32| -> (u128, i32) {
        if m == 0 {
            return (0, i32::MIN / 2);
        }
        let s = m.leading_zeros() as i32 - 2;
        (m << s, e - s)
    };
    let (mp, ep) = norm(mx * my, ex + ey);
    let sp = sx != sy;
    let (mz, ez) = norm(mz, ez);
    let ((sa, ma, ea), (sb, mb, eb)) =
        if mz != 0 && ez > ep { ((sz, mz, ez), (sp, mp, ep)) } else { ((sp, mp, ep), (sz, mz, ez)) };
    // align the smaller term; bits shifted out only matter as a sticky bit
    // (when they exist the sum keeps at least 124 bits above them)
    let d = ea as i64 - eb as i64;
    let mb = if mb == 0 {
        0
    } else if d >= 127 {
        1
    } else if d > 0 {
        (mb >> d) | ((mb << (128 - d)) != 0) as u128
    } else {
        mb
    };
    let (s, m) = if sa == sb {
        (sa, ma + mb)
    } else if ma >= mb {
        (sa, ma - mb)
    } else {
        (sb, mb - ma)
    };
    if m == 0 {
        return 0.0; // exact cancellation: +0
    }
    // round m * 2^ea to 53 bits (fewer for subnormal results)
    let n = 128 - m.leading_zeros() as i32;
    let lsb = (ea + n - 1 - 52).max(-1074);
    let shift = lsb - ea;
    let mant: u128 = if shift <= 0 {
        m << (-shift)
    } else if shift >= 128 {
        0
    } else {
        let q = m >> shift;
        let rem = m & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q }
    };
    let sign = (s as u64) << 63;
    // a mantissa rounded up to 2^53 (or a subnormal to 2^52) carries into the exponent
    let bits = (((lsb + 1074) as u64) << 52).wrapping_add(mant as u64);
    if bits >= 0x7ff0_0000_0000_0000 {
        return f64::from_bits(sign | 0x7ff0_0000_0000_0000); // overflow: ±Inf
    }
    f64::from_bits(sign | bits)
}

#[unsafe(no_mangle)]
pub extern "C" fn fmaf(x: f32, y: f32, z: f32) -> f32 {
    // The product of two f32 is exact in f64 (48 bits). The sum is rounded to
    // odd in f64 (inexact → the neighbour with an odd last bit), which makes
    // the final rounding to f32 correct (53 ≥ 2·24 + 2).
    let p = (x as f64) * (y as f64);
    let zz = z as f64;
    let s = p + zz;
    if !s.is_finite() {
        return s as f32;
    }
    let bb = s - p;
    let err = (p - (s - bb)) + (zz - bb); // exact: s + err == p + z
    let b = s.to_bits();
    let s = if err != 0.0 && b & 1 == 0 {
        // one step toward the exact value
        let up = (err > 0.0) == (s >= 0.0);
        f64::from_bits(if up { b + 1 } else { b - 1 })
    } else {
        s
    };
    s as f32
}
