//! Number formatting exactly as Go's runtime `print` does it (runtime/print.go):
//! decimal integers, `0x` hex, and floats as `+d.dddddde+ddd` (7 significant
//! digits, computed with Go's own repeated-division algorithm so the digits agree,
//! including its rounding quirks). Pure: also compiled into the host test crate.

/// Writes `v` in decimal at the end of `buf`; returns the start index.
pub fn fmt_uint(buf: &mut [u8; 24], mut v: u64) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    i
}

pub fn fmt_int(buf: &mut [u8; 24], v: i64) -> usize {
    if v < 0 {
        let mut i = fmt_uint(buf, (v as u64).wrapping_neg());
        i -= 1;
        buf[i] = b'-';
        i
    } else {
        fmt_uint(buf, v as u64)
    }
}

/// `0x` followed by lowercase hex digits (Go's printhex).
pub fn fmt_hex(buf: &mut [u8; 24], mut v: u64) -> usize {
    const DIG: &[u8; 16] = b"0123456789abcdef";
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIG[(v % 16) as usize];
        v /= 16;
        if v == 0 {
            break;
        }
    }
    i -= 1;
    buf[i] = b'x';
    i -= 1;
    buf[i] = b'0';
    i
}

/// Go's printfloat; returns the number of bytes written to `out` (at most 14).
pub fn fmt_float(out: &mut [u8; 16], mut v: f64) -> usize {
    if v.is_nan() {
        out[..3].copy_from_slice(b"NaN");
        return 3;
    }
    if v + v == v && v > 0.0 {
        out[..4].copy_from_slice(b"+Inf");
        return 4;
    }
    if v + v == v && v < 0.0 {
        out[..4].copy_from_slice(b"-Inf");
        return 4;
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    if v == 0.0 {
        if (1.0 / v) < 0.0 {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = (s as u8).wrapping_add(b'0');
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = ((e / 10) % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    out[..N + 7].copy_from_slice(&buf);
    N + 7
}
