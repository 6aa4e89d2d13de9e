//! Magic numbers for division by constants (Granlund & Montgomery, "Division
//! by invariant integers using multiplication", as gc's magic.go uses them).
//!
//! Unsigned, `n`-bit `x / c` with `c` not a power of two: with
//! `s = ⌈log2 c⌉` and `M = ⌈2^(n+s) / c⌉` (an `n+1`-bit number),
//! `⌊x / c⌋ = ⌊x·M / 2^(n+s)⌋` for every `0 ≤ x < 2^n`.
//!
//! Signed, `n`-bit `x / c` with `c > 0` not a power of two: with
//! `s = ⌈log2 c⌉ - 1` and `M = ⌈2^(n+s) / c⌉` (`2^(n-1) ≤ M < 2^n`),
//! `trunc(x / c) = ⌊x·M / 2^(n+s)⌋ + (x < 0 ? 1 : 0)`.

/// `(s, M)` for unsigned `n`-bit division by `c` (`3 ≤ c < 2^n`, not a power
/// of two, and `c ≤ 2^63` when `n == 64` so that `2^(n+s)` fits in 128 bits).
pub fn umagic(n: u32, c: u64) -> Option<(u32, u128)> {
    if c < 3 || c.is_power_of_two() || (n < 64 && c >> n != 0) || c > 1 << 63 {
        return None;
    }
    let s = 64 - (c - 1).leading_zeros(); // ⌈log2 c⌉
    let m = (1u128 << (n + s)).div_ceil(c as u128);
    Some((s, m))
}

/// `(s, M)` for signed `n`-bit division by `c` (`3 ≤ c < 2^(n-1)`, not a
/// power of two).
pub fn smagic(n: u32, c: u64) -> Option<(u32, u128)> {
    if c < 3 || c.is_power_of_two() || c >> (n - 1) != 0 {
        return None;
    }
    let s = 64 - (c - 1).leading_zeros() - 1; // ⌈log2 c⌉ - 1
    let m = (1u128 << (n + s)).div_ceil(c as u128);
    Some((s, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsigned_exhaustive_8_bits() {
        for c in 3u64..256 {
            let Some((s, m)) = umagic(8, c) else { continue };
            assert!(m >> 8 == 1, "M has n+1 bits");
            for x in 0u128..256 {
                assert_eq!((x * m) >> (8 + s), x / c as u128, "{x}/{c}");
            }
        }
    }

    #[test]
    fn signed_exhaustive_8_bits() {
        for c in 3i64..128 {
            let Some((s, m)) = smagic(8, c as u64) else { continue };
            assert!((128..256).contains(&m));
            for x in -128i128..128 {
                let q = ((x * m as i128) >> (8 + s)) + (x < 0) as i128;
                assert_eq!(q, x / c as i128, "{x}/{c}");
            }
        }
    }
}
