// float64 arithmetic, comparisons, conversions, special values.
package main

import "fmt"

//go:noinline
func zero() float64 { return 0 }

func main() {
	a, b := 1.5, 0.25
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	println(a+b, a-b, a*b, a/b, -a)
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, x > 0.3)
	println(x)
	// Accumulation and rounding.
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println("sum", sum)
	// Conversions float <-> int truncate toward zero.
	for _, v := range []float64{2.7, -2.7, 0.5, -0.5, 1e9, -123456.789} {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	fmt.Println(float64(7)/2, float64(-7)/2, float64(1<<53+1), float64(int64(-9007199254740993)))
	var u uint64 = 18446744073709551615
	fmt.Println("uint64 max as float", float64(u))
	var u2 uint64 = 1 << 63
	fmt.Println("2^63 as float", float64(u2), "back", uint64(float64(u2)))
	// Special values.
	z := zero()
	inf := 1 / z
	ninf := -1 / z
	nan := z / z
	fmt.Println(inf, ninf, nan, -z)
	println(inf, ninf, nan, -z)
	fmt.Println(nan == nan, nan != nan, nan < 1, inf > 1e308, ninf < -1e308, inf == inf)
	fmt.Println(inf-inf, inf*0, 1/inf, -1/inf)
	// Comparisons.
	vals := []float64{-1, 0, 1, 2.5}
	for _, p := range vals {
		fmt.Println(p, p < 1, p <= 1, p > 1, p >= 1, p == 1, p != 1)
	}
	// Compound assignment.
	y := 100.0
	y /= 3
	y *= 3
	y -= 0.5
	y += 1e-10
	fmt.Println(y)
	// Large and small magnitudes.
	big := 1e300
	fmt.Println(big*1e10, big*big, 1e-300*1e-300, 5e-324/2, 5e-324)
	// Mixed with integer constants.
	const c = 3
	fmt.Println(c*a, a/c, 1/c*a)
	// Float division by zero is not a panic.
	fmt.Println(1.0/z > 0, z/1)
	// Integer-valued floats.
	fmt.Println(1.0, 100.0, 1e6, 1e20, 1e21, 123456789.0)
}
