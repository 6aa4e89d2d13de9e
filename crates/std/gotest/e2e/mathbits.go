// Prints math results bit for bit (gc's amd64 Exp/Log assembly is matched by arch.go).
package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(3))
	fns := []struct {
		name string
		f    func(float64) float64
	}{{"Sqrt", math.Sqrt}, {"Exp", math.Exp}, {"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10},
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Atan", math.Atan}, {"Asin", math.Asin},
		{"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round},
		{"Cbrt", math.Cbrt}, {"Expm1", math.Expm1}, {"Log1p", math.Log1p}, {"Tanh", math.Tanh}, {"Gamma", math.Gamma}}
	xs := []float64{0, -0.0, 1, -1, 0.5, 2, 10, 1e-300, 1e300, 700, -700, math.Pi, math.Inf(1), math.Inf(-1), math.NaN()}
	for i := 0; i < 200; i++ {
		xs = append(xs, r.NormFloat64()*math.Pow(10, float64(r.Intn(10)-5)))
	}
	for _, f := range fns {
		h := uint64(0)
		for _, x := range xs {
			h = h*31 + math.Float64bits(f.f(x))
		}
		fmt.Printf("%-6s %016x %v\n", f.name, h, f.f(1.2345))
	}
	for i := 0; i < 20; i++ {
		x, y := r.Float64()*10, r.NormFloat64()*5
		fmt.Println(math.Pow(x, y), math.Atan2(y, x), math.Hypot(x, y), math.Mod(x*100, y), math.Max(x, y), math.FMA(x, y, 1))
	}
	for i := 0; i < 10; i++ {
		u := r.Uint64()
		hi, lo := bits.Mul64(u, u>>3)
		q, rem := bits.Div64(hi%(u|1), lo, u|1)
		fmt.Println(bits.OnesCount64(u), bits.LeadingZeros64(u>>uint(i)), bits.TrailingZeros64(u<<uint(i)), bits.Len32(uint32(u)),
			bits.RotateLeft64(u, i-5), bits.Reverse64(u), bits.ReverseBytes32(uint32(u)), hi, lo, q, rem)
	}
}
