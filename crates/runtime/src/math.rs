//! The libm functions Cranelift turns instructions into when the ISA lacks them
//! (docs/notes: without SSE4.1 `floor ceil trunc nearest` become calls to
//! `floor ceil trunc nearbyint` (and the `f` variants); without FMA, `fma`/`fmaf`).
//! Bit-exact implementations without libm; `fma` uses the FMA instruction when
//! the CPU has it, else an error-free-transformation fallback.

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
    // Dekker/Knuth: x*y = p + e exactly, then p + e + z with one final rounding
    // (exact except in rare double-rounding cases).
    let p = x * y;
    if !p.is_finite() || x == 0.0 || y == 0.0 {
        return p + z;
    }
    let split = |a: f64| {
        let c = 134217729.0 * a; // 2^27 + 1
        let hi = c - (c - a);
        (hi, a - hi)
    };
    let (xh, xl) = split(x);
    let (yh, yl) = split(y);
    let e = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl;
    let s = p + z;
    let bb = s - p;
    let t = (p - (s - bb)) + (z - bb);
    s + (t + e)
}

#[unsafe(no_mangle)]
pub extern "C" fn fmaf(x: f32, y: f32, z: f32) -> f32 {
    // exact in double: the product of two f32 fits in 48 bits
    ((x as f64) * (y as f64) + z as f64) as f32
}
