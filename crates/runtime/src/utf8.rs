//! UTF-8 decoding and encoding with Go's exact semantics (unicode/utf8 and
//! runtime/utf8.go): an invalid or truncated sequence, an overlong form or a
//! surrogate decodes as U+FFFD with width 1; encoding an invalid rune (negative,
//! above U+10FFFF, or a surrogate) writes U+FFFD. Pure: also compiled into the
//! host test crate.

pub const RUNE_ERROR: u32 = 0xFFFD;

/// Decodes the rune at `s[k..]` (k < s.len()); returns (rune, width).
pub fn decode(s: &[u8], k: usize) -> (u32, usize) {
    let n = s.len() - k;
    let c0 = s[k] as u32;
    if c0 < 0x80 {
        return (c0, 1);
    }
    // accept ranges for the second byte by the first byte
    let (need, lo, hi) = match c0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if n < need {
        return (RUNE_ERROR, 1);
    }
    let c1 = s[k + 1] as u32;
    if c1 < lo || c1 > hi {
        return (RUNE_ERROR, 1);
    }
    if need == 2 {
        return (((c0 & 0x1F) << 6) | (c1 & 0x3F), 2);
    }
    let c2 = s[k + 2] as u32;
    if !(0x80..=0xBF).contains(&c2) {
        return (RUNE_ERROR, 1);
    }
    if need == 3 {
        return (((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F), 3);
    }
    let c3 = s[k + 3] as u32;
    if !(0x80..=0xBF).contains(&c3) {
        return (RUNE_ERROR, 1);
    }
    (((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F), 4)
}

/// Bytes needed to encode `r` (invalid runes take 3, as U+FFFD).
pub fn encoded_len(r: i32) -> usize {
    if r < 0 {
        3
    } else if r < 0x80 {
        1
    } else if r < 0x800 {
        2
    } else if (0xD800..=0xDFFF).contains(&r) || r > 0x10FFFF {
        3
    } else if r < 0x10000 {
        3
    } else {
        4
    }
}

/// Encodes `r` into `out` (at least 4 bytes); returns the width.
pub fn encode(out: &mut [u8], r: i32) -> usize {
    let r =
        if r < 0 || (0xD800..=0xDFFF).contains(&r) || r > 0x10FFFF { RUNE_ERROR } else { r as u32 };
    if r < 0x80 {
        out[0] = r as u8;
        1
    } else if r < 0x800 {
        out[0] = 0xC0 | (r >> 6) as u8;
        out[1] = 0x80 | (r & 0x3F) as u8;
        2
    } else if r < 0x10000 {
        out[0] = 0xE0 | (r >> 12) as u8;
        out[1] = 0x80 | ((r >> 6) & 0x3F) as u8;
        out[2] = 0x80 | (r & 0x3F) as u8;
        3
    } else {
        out[0] = 0xF0 | (r >> 18) as u8;
        out[1] = 0x80 | ((r >> 12) & 0x3F) as u8;
        out[2] = 0x80 | ((r >> 6) & 0x3F) as u8;
        out[3] = 0x80 | (r & 0x3F) as u8;
        4
    }
}

/// Number of runes in `s` as `for range` counts them.
pub fn count(s: &[u8]) -> usize {
    let mut k = 0;
    let mut n = 0;
    while k < s.len() {
        let (_, w) = decode(s, k);
        k += w;
        n += 1;
    }
    n
}
