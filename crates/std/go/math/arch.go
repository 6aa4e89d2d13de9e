// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE-GO file (crates/std).
// mingo: Go 1.19 implements Exp and Log in assembly on amd64 (exp_amd64.s,
// log_amd64.s); archExp and archLog below are those routines transcribed to Go
// operation by operation, so results are bit-identical to gc's on amd64.
// The other amd64 assembly routines (Floor, Ceil, Trunc, Max, Min,
// Hypot) compute the same values as the pure Go versions, which are used here
// (the compiler may still turn Sqrt, Floor, Ceil, Trunc and FMA into
// instructions).

package math

const haveArchExp = true

const haveArchLog = true

// gc compiles math.Sqrt to the SQRTSD instruction; archSqrt computes what
// SQRTSD computes, including its NaN results (the compiler may use the
// instruction itself).
const haveArchSqrt = true

func archSqrt(x float64) float64 {
	b := Float64bits(x)
	switch {
	case b&^(1<<63) > 0x7FF0000000000000: // NaN: quieted, payload kept
		return Float64frombits(b | 1<<51)
	case x < 0: // the "default NaN"
		return Float64frombits(0xFFF8000000000000)
	}
	return sqrt(x)
}

const haveArchFloor = false

func archFloor(x float64) float64 { panic("not implemented") }

const haveArchCeil = false

func archCeil(x float64) float64 { panic("not implemented") }

const haveArchTrunc = false

func archTrunc(x float64) float64 { panic("not implemented") }

const haveArchMax = false

func archMax(x, y float64) float64 { panic("not implemented") }

const haveArchMin = false

func archMin(x, y float64) float64 { panic("not implemented") }

const haveArchHypot = false

func archHypot(p, q float64) float64 { panic("not implemented") }

const haveArchModf = false

func archModf(f float64) (int float64, frac float64) { panic("not implemented") }

const haveArchExp2 = false

func archExp2(x float64) float64 { panic("not implemented") }

// useFMA selects exp_amd64.s's FMA variant, as Go does when the CPU has AVX and FMA.
var useFMA = x86HasFMA()

// archExp is exp_amd64.s: a Taylor series on (x - k·ln2)/16, squared four times.
func archExp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2U     = 0.69314718055966295651160180568695068359375
		ln2L     = 0.28235290563031577122588448175013436025525412068e-12
		overflow = 7.09782712893384e+02
		c2       = 0.5
		c3       = 1.6666666666666666667e-1
		c4       = 4.1666666666666666667e-2
		c5       = 8.3333333333333333333e-3
		c6       = 1.3888888888888888889e-3
		c7       = 1.9841269841269841270e-4
		c8       = 2.4801587301587301587e-5
	)
	bx := Float64bits(x)
	if bx&^(1<<63) >= 0x7FF0000000000000 { // not finite
		if bx == 0xFFF0000000000000 {
			return 0 // -Inf
		}
		return x // NaN or +Inf
	}
	if x > overflow {
		return Inf(1)
	}
	k := cvtsd2sl(log2e * x)
	fk := float64(k)
	var r float64
	if useFMA {
		r = FMA(-fk, ln2U, x)
		r = FMA(-fk, ln2L, r)
		r *= 0.0625
		p := FMA(c8, r, c7)
		p = FMA(p, r, c6)
		p = FMA(p, r, c5)
		p = FMA(p, r, c4)
		p = FMA(p, r, c3)
		p = FMA(p, r, c2)
		p = FMA(p, r, 1.0)
		r *= p
		q := r + 2.0
		r *= q
		q = r + 2.0
		r *= q
		q = r + 2.0
		r *= q
		q = r + 2.0
		r = FMA(r, q, 1.0)
	} else {
		t := ln2U * fk
		r = x - t
		t = ln2L * fk
		r = r - t
		r *= 0.0625
		p := c8 * r
		p += c7
		p *= r
		p += c6
		p *= r
		p += c5
		p *= r
		p += c4
		p *= r
		p += c3
		p *= r
		p += c2
		p *= r
		p += 1.0
		r *= p
		q := 2.0 + r
		r *= q
		q = 2.0 + r
		r *= q
		q = 2.0 + r
		r *= q
		q = 2.0 + r
		r *= q
		r += 1.0
	}
	// Return r * 2**k.
	e := k + 0x3FF
	if e <= 0 {
		if e < -52 {
			return 0
		}
		e += 0x3FE
		r *= Float64frombits(uint64(uint32(e)) << 52)
		return r * Float64frombits(1<<52)
	}
	if e >= 0x7FF {
		return Inf(1)
	}
	return r * Float64frombits(uint64(e)<<52)
}

// cvtsd2sl converts like the CVTSD2SL instruction: round to nearest even,
// 0x80000000 when out of range.
func cvtsd2sl(t float64) int32 {
	r := RoundToEven(t)
	if r >= -2147483648 && r < 2147483648 {
		return int32(r)
	}
	return -2147483648
}

// archLog is log_amd64.s: the algorithm of log.go, but splitting x into
// mantissa and exponent directly from its bits (subnormals are not normalized)
// and halving the mantissa range when f1 <= Sqrt2/2.
func archLog(x float64) float64 {
	const (
		hSqrt2 = 7.07106781186547524401e-01 // sqrt(2)/2
		ln2Hi  = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		ln2Lo  = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		l1     = 6.666666666666735130e-01   // 0x3FE5555555555593
		l2     = 3.999999999940941908e-01   // 0x3FD999999997FA04
		l3     = 2.857142874366239149e-01   // 0x3FD2492494229359
		l4     = 2.222219843214978396e-01   // 0x3FCC71C51D8E78AF
		l5     = 1.818357216161805012e-01   // 0x3FC7466496CB03DE
		l6     = 1.531383769920937332e-01   // 0x3FC39A09D078C69F
		l7     = 1.479819860511658591e-01   // 0x3FC2F112DF3E5244
	)
	bx := Float64bits(x)
	if bx&^(1<<63) == 0 {
		return Inf(-1)
	}
	if int64(bx) < 0 {
		return NaN()
	}
	if bx >= 0x7FF0000000000000 {
		return x // +Inf or NaN
	}
	f1 := Float64frombits(bx&0x000FFFFFFFFFFFFF | 0x3FE0000000000000)
	k := float64(int32((bx>>52)&0x7FF) - 0x3FE)
	if f1 <= hSqrt2 {
		k -= 1
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}
