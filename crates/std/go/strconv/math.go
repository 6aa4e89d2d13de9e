// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE-GO file (crates/std).
// mingo: local copies of the six math functions strconv uses (math/unsafe.go,
// math/bits.go), so that strconv — and fmt — do not pull package math (6000
// lines) into every program.

package strconv

import "unsafe"

// float32bits returns the IEEE 754 binary representation of f (math.Float32bits).
func float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// float32frombits is math.Float32frombits.
func float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// float64bits is math.Float64bits.
func float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// float64frombits is math.Float64frombits.
func float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// inf is math.Inf: positive infinity if sign >= 0, negative infinity if sign < 0.
func inf(sign int) float64 {
	var v uint64
	if sign >= 0 {
		v = 0x7FF0000000000000
	} else {
		v = 0xFFF0000000000000
	}
	return float64frombits(v)
}

// nan is math.NaN.
func nan() float64 { return float64frombits(0x7FF8000000000001) }
