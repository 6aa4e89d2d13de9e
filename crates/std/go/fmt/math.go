// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE-GO file (crates/std).
// mingo: a copy of math.Ldexp (math/ldexp.go), the only math function fmt
// uses, so that fmt does not pull package math (6000 lines) into every program.

package fmt

import "unsafe"

// ldexp is math.Ldexp: frac × 2**exp.
func ldexp(frac float64, exp int) float64 {
	const (
		mask  = 0x7FF
		shift = 64 - 11 - 1
		bias  = 1023
	)
	// special cases
	switch {
	case frac == 0:
		return frac // correctly return -0
	case frac != frac || frac > maxFloat64 || frac < -maxFloat64:
		return frac // NaN, ±Inf
	}
	e := 0
	if frac < smallestNormal && frac > -smallestNormal { // normalize
		frac *= 1 << 52
		e = -52
	}
	exp += e
	x := *(*uint64)(unsafe.Pointer(&frac))
	exp += int(x>>shift)&mask - bias
	if exp < -1075 {
		x &= 1 << 63 // underflow: ±0 with frac's sign
		return *(*float64)(unsafe.Pointer(&x))
	}
	if exp > 1023 { // overflow
		x = 0x7FF0000000000000 | x&(1<<63)
		return *(*float64)(unsafe.Pointer(&x))
	}
	var m float64 = 1
	if exp < -1022 { // denormal
		exp += 53
		m = 1.0 / (1 << 53) // 2**-53
	}
	x &^= mask << shift
	x |= uint64(exp+bias) << shift
	return m * *(*float64)(unsafe.Pointer(&x))
}

const (
	maxFloat64     = 0x1p1023 * (1 + (1 - 0x1p-52))
	smallestNormal = 2.2250738585072014e-308 // 2**-1022
)
