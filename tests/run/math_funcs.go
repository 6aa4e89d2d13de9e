// math: Sqrt Abs Floor Ceil Max Min Inf NaN IsNaN Pi MaxInt64 MinInt64 MaxInt32.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, v := range []float64{0, 1, 2, 4, 0.25, 1e10, 12345.678} {
		fmt.Println("Sqrt", v, math.Sqrt(v))
	}
	fmt.Println(math.Sqrt(-1), math.IsNaN(math.Sqrt(-1)), math.Sqrt(math.Inf(1)))
	negZero := 0.0
	negZero = -negZero
	for _, v := range []float64{-2.5, -0.5, 0.5, 2.5, 3, -3, 1e300, -1e-300} {
		fmt.Println(v, "Abs", math.Abs(v), "Floor", math.Floor(v), "Ceil", math.Ceil(v))
	}
	fmt.Println(math.Abs(negZero), math.Floor(negZero), math.Ceil(-0.5), math.Floor(math.Inf(-1)), math.Ceil(math.NaN()))
	fmt.Println(math.Max(1, 2), math.Max(-1, -2), math.Min(1, 2), math.Min(-1, -2))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(1, math.NaN()), math.Max(math.Inf(-1), -1e308), math.Min(math.Inf(1), 1e308))
	fmt.Println(math.Max(0, negZero), math.Min(0, negZero), math.Max(negZero, 0), math.Min(negZero, 0))
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan, math.IsNaN(nan), math.IsNaN(inf), math.IsNaN(0), inf > math.MaxInt64, -inf < ninf+1)
	fmt.Println(math.Pi, math.Pi*2, float32(math.Pi))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32)
	var x int64 = math.MinInt64
	fmt.Println(x, x-1, -x)
	// Hypotenuse and circle computations.
	for _, p := range [][2]float64{{3, 4}, {5, 12}, {1, 1}} {
		fmt.Printf("%.6f\n", math.Sqrt(p[0]*p[0]+p[1]*p[1]))
	}
	r := 2.5
	fmt.Printf("area %.10f circumference %.10f\n", math.Pi*r*r, 2*math.Pi*r)
	// Newton's method vs Sqrt.
	g := 1.0
	for i := 0; i < 20; i++ {
		g = (g + 2/g) / 2
	}
	fmt.Println(g, math.Sqrt(2), g == math.Sqrt(2))
	// Floor/Ceil on integers-as-floats and rounding by hand.
	for _, v := range []float64{1.4999, 1.5, 2.5, -1.5, -2.5} {
		fmt.Print(math.Floor(v+0.5), " ")
	}
	fmt.Println()
}
