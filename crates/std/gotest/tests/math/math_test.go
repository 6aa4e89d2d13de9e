// Compares the bundled math (mstd/math) with Go's on amd64, bit for bit
// (including archExp/archLog, transcriptions of Go's amd64 assembly).
package math_test

import (
	"math"
	"math/rand"
	"testing"

	mmath "mstd/math"
)

func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b)
}

var specials = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, 100, 1e6, 1e-6, 0.1, 1.5, 2.5, -2.5,
	math.Pi, math.Pi / 2, math.Pi / 4, -math.Pi, 2 * math.Pi, 1e10 * math.Pi, math.E, math.Ln2, math.Sqrt2,
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0x7FF8000000000001), math.Float64frombits(0xFFF8000000000000),
	709.78, 709.79, -745.1, -745.2, 7.09782712893384e+02, 1 << 52, 1<<52 + 0.5, 1 << 53, -(1 << 52), 4503599627370495.5,
	0.49999999999999994, 1e300, 1e-300, 1e-310, 5e-324, 1 << 30, 1 << 31, 4.5, 5.5, -4.5, 1e15 + 0.3, 170.6, 171.7, -170.5,
	math.Float64frombits(0x3FE6A09E667F3BCD), math.Float64frombits(0x3FF6A09E667F3BCD), math.Float64frombits(0x3FE6A09E667F3BCC),
	math.Float64frombits(0x3FE6A09E667F3BCE), math.Float64frombits(0x000FFFFFFFFFFFFF), math.Float64frombits(0x0008000000000000),
}

func inputs(r *rand.Rand, n int) []float64 {
	xs := append([]float64(nil), specials...)
	for i := 0; i < n; i++ {
		var x float64
		switch i % 6 {
		case 0:
			x = math.Float64frombits(r.Uint64())
		case 1:
			x = r.NormFloat64() * 10
		case 2:
			x = r.Float64()*1400 - 700
		case 3:
			x = r.Float64() * 2
		case 4:
			x = math.Ldexp(r.Float64(), r.Intn(2100)-1075)
		case 5:
			x = float64(r.Intn(2000)-1000) / 8
		}
		xs = append(xs, x)
	}
	return xs
}

type f1 struct {
	name string
	m, g func(float64) float64
}

func TestUnary(t *testing.T) {
	fns := []f1{
		{"Abs", mmath.Abs, math.Abs}, {"Acos", mmath.Acos, math.Acos}, {"Acosh", mmath.Acosh, math.Acosh},
		{"Asin", mmath.Asin, math.Asin}, {"Asinh", mmath.Asinh, math.Asinh}, {"Atan", mmath.Atan, math.Atan},
		{"Atanh", mmath.Atanh, math.Atanh}, {"Cbrt", mmath.Cbrt, math.Cbrt}, {"Ceil", mmath.Ceil, math.Ceil},
		{"Cos", mmath.Cos, math.Cos}, {"Cosh", mmath.Cosh, math.Cosh}, {"Erf", mmath.Erf, math.Erf},
		{"Erfc", mmath.Erfc, math.Erfc}, {"Erfinv", mmath.Erfinv, math.Erfinv}, {"Erfcinv", mmath.Erfcinv, math.Erfcinv},
		{"Exp", mmath.Exp, math.Exp}, {"Exp2", mmath.Exp2, math.Exp2}, {"Expm1", mmath.Expm1, math.Expm1},
		{"Floor", mmath.Floor, math.Floor}, {"Gamma", mmath.Gamma, math.Gamma}, {"J0", mmath.J0, math.J0},
		{"J1", mmath.J1, math.J1}, {"Log", mmath.Log, math.Log}, {"Log10", mmath.Log10, math.Log10},
		{"Log1p", mmath.Log1p, math.Log1p}, {"Log2", mmath.Log2, math.Log2}, {"Logb", mmath.Logb, math.Logb},
		{"Round", mmath.Round, math.Round}, {"RoundToEven", mmath.RoundToEven, math.RoundToEven},
		{"Sin", mmath.Sin, math.Sin}, {"Sinh", mmath.Sinh, math.Sinh}, {"Sqrt", mmath.Sqrt, math.Sqrt},
		{"Tan", mmath.Tan, math.Tan}, {"Tanh", mmath.Tanh, math.Tanh}, {"Trunc", mmath.Trunc, math.Trunc},
		{"Y0", mmath.Y0, math.Y0}, {"Y1", mmath.Y1, math.Y1},
	}
	n := 200000
	if testing.Short() {
		n = 20000
	}
	xs := inputs(rand.New(rand.NewSource(8)), n)
	for _, f := range fns {
		fails := 0
		for _, x := range xs {
			got, want := f.m(x), f.g(x)
			if !same(got, want) {
				fails++
				if fails <= 5 {
					t.Errorf("%s(%v [%#x]) = %v [%#x], want %v [%#x]", f.name, x, math.Float64bits(x),
						got, math.Float64bits(got), want, math.Float64bits(want))
				}
			}
		}
		if fails > 5 {
			t.Errorf("%s: %d mismatches", f.name, fails)
		}
	}
}

type f2 struct {
	name string
	m, g func(float64, float64) float64
}

func TestBinary(t *testing.T) {
	fns := []f2{
		{"Atan2", mmath.Atan2, math.Atan2}, {"Copysign", mmath.Copysign, math.Copysign}, {"Dim", mmath.Dim, math.Dim},
		{"Hypot", mmath.Hypot, math.Hypot}, {"Max", mmath.Max, math.Max}, {"Min", mmath.Min, math.Min},
		{"Mod", mmath.Mod, math.Mod}, {"Nextafter", mmath.Nextafter, math.Nextafter}, {"Pow", mmath.Pow, math.Pow},
		{"Remainder", mmath.Remainder, math.Remainder},
	}
	r := rand.New(rand.NewSource(9))
	n := 60000
	if testing.Short() {
		n = 6000
	}
	xs := inputs(r, n)
	for _, f := range fns {
		fails := 0
		check := func(x, y float64) {
			got, want := f.m(x, y), f.g(x, y)
			if !same(got, want) {
				fails++
				if fails <= 5 {
					t.Errorf("%s(%v, %v) = %v [%#x], want %v [%#x]", f.name, x, y, got, math.Float64bits(got), want, math.Float64bits(want))
				}
			}
		}
		for _, x := range specials {
			for _, y := range specials {
				check(x, y)
			}
		}
		for i := 0; i+1 < len(xs); i++ {
			check(xs[i], xs[len(xs)-1-i])
			if f.name == "Pow" {
				check(r.Float64()*10, r.NormFloat64()*30)
				check(-r.Float64()*10, float64(r.Intn(40)-20))
			}
		}
		if fails > 5 {
			t.Errorf("%s: %d mismatches", f.name, fails)
		}
	}
}

func TestOthers(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	xs := inputs(r, 20000)
	for i, x := range xs {
		y := xs[len(xs)-1-i]
		z := xs[(i*7)%len(xs)]
		// (On an FMA machine gc uses the instruction, whose NaN results may have
		// another payload than the pure Go FMA's: compare NaNs as NaNs.)
		if a, b := mmath.FMA(x, y, z), math.FMA(x, y, z); !same(a, b) && !(math.IsNaN(a) && math.IsNaN(b)) {
			t.Errorf("FMA(%v, %v, %v) = %v, want %v", x, y, z, a, b)
		}
		f1, e1 := mmath.Frexp(x)
		f2, e2 := math.Frexp(x)
		if !same(f1, f2) || e1 != e2 {
			t.Errorf("Frexp(%v) = %v %v, want %v %v", x, f1, e1, f2, e2)
		}
		for _, e := range []int{0, 1, -1, 52, -1074, 1023, 2000, -2000, i % 300} {
			if a, b := mmath.Ldexp(x, e), math.Ldexp(x, e); !same(a, b) {
				t.Errorf("Ldexp(%v, %d) = %v, want %v", x, e, a, b)
			}
		}
		i1, fr1 := mmath.Modf(x)
		i2, fr2 := math.Modf(x)
		if !same(i1, i2) || !same(fr1, fr2) {
			t.Errorf("Modf(%v)", x)
		}
		s1, c1 := mmath.Sincos(x)
		s2, c2 := math.Sincos(x)
		if !same(s1, s2) || !same(c1, c2) {
			t.Errorf("Sincos(%v)", x)
		}
		l1, sg1 := mmath.Lgamma(x)
		l2, sg2 := math.Lgamma(x)
		if !same(l1, l2) || sg1 != sg2 {
			t.Errorf("Lgamma(%v) = %v %v, want %v %v", x, l1, sg1, l2, sg2)
		}
		if mmath.Ilogb(x) != math.Ilogb(x) || mmath.Signbit(x) != math.Signbit(x) || mmath.IsNaN(x) != math.IsNaN(x) ||
			mmath.IsInf(x, 0) != math.IsInf(x, 0) || mmath.IsInf(x, 1) != math.IsInf(x, 1) || mmath.IsInf(x, -1) != math.IsInf(x, -1) {
			t.Errorf("Ilogb/Signbit/IsNaN/IsInf(%v)", x)
		}
		if mmath.Float64bits(x) != math.Float64bits(x) || !same(mmath.Float64frombits(uint64(i)*0x9E3779B97F4A7C15), math.Float64frombits(uint64(i)*0x9E3779B97F4A7C15)) {
			t.Errorf("Float64bits")
		}
		f32 := float32(x)
		if mmath.Float32bits(f32) != math.Float32bits(f32) || mmath.Float32frombits(uint32(i)*2654435761) != math.Float32frombits(uint32(i)*2654435761) &&
			!math.IsNaN(float64(math.Float32frombits(uint32(i)*2654435761))) {
			t.Errorf("Float32bits")
		}
		if a, b := mmath.Nextafter32(f32, float32(y)), math.Nextafter32(f32, float32(y)); math.Float32bits(a) != math.Float32bits(b) {
			t.Errorf("Nextafter32")
		}
		if i < 3000 {
			for _, n := range []int{-3, 0, 1, 2, 5, 40} {
				if a, b := mmath.Jn(n, x), math.Jn(n, x); !same(a, b) {
					t.Errorf("Jn(%d, %v) = %v, want %v", n, x, a, b)
				}
				if a, b := mmath.Yn(n, x), math.Yn(n, x); !same(a, b) {
					t.Errorf("Yn(%d, %v) = %v, want %v", n, x, a, b)
				}
			}
		}
	}
	for e := -400; e <= 400; e++ {
		if !same(mmath.Pow10(e), math.Pow10(e)) {
			t.Errorf("Pow10(%d)", e)
		}
	}
	if !same(mmath.Inf(1), math.Inf(1)) || !same(mmath.Inf(-1), math.Inf(-1)) || math.Float64bits(mmath.NaN()) != math.Float64bits(math.NaN()) {
		t.Errorf("Inf/NaN")
	}
}

func TestConstants(t *testing.T) {
	if mmath.Pi != math.Pi || mmath.E != math.E || mmath.MaxFloat64 != math.MaxFloat64 ||
		mmath.SmallestNonzeroFloat64 != math.SmallestNonzeroFloat64 || mmath.MaxInt64 != math.MaxInt64 ||
		mmath.MinInt64 != math.MinInt64 || mmath.MaxInt32 != math.MaxInt32 || mmath.MinInt32 != math.MinInt32 ||
		mmath.MaxInt != math.MaxInt || mmath.MaxUint32 != math.MaxUint32 || uint64(mmath.MaxUint64) != math.MaxUint64 ||
		mmath.MaxFloat32 != math.MaxFloat32 || mmath.Sqrt2 != math.Sqrt2 || mmath.Ln2 != math.Ln2 || mmath.Log2E != math.Log2E {
		t.Errorf("constants differ")
	}
}
