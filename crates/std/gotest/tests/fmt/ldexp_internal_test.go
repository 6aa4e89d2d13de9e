package fmt

import (
	"math"
	"math/rand"
	"testing"
)

// fmt carries its own copy of math.Ldexp (math.go).
func TestLdexp(t *testing.T) {
	r := rand.New(rand.NewSource(18))
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64,
		math.SmallestNonzeroFloat64, 2.2250738585072014e-308, -3e-310}
	for i := 0; i < 5000; i++ {
		fs = append(fs, math.Float64frombits(r.Uint64()))
	}
	for _, f := range fs {
		for _, e := range []int{0, 1, -1, 52, -52, 1023, -1022, -1074, -1075, -1100, 1100, 2000, -2000, r.Intn(4000) - 2000} {
			got, want := ldexp(f, e), math.Ldexp(f, e)
			if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Fatalf("ldexp(%v, %d) = %v, want %v", f, e, got, want)
			}
		}
	}
}
