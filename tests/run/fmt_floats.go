// fmt float formatting: %v shortest, %e %g %f with precisions, float32 vs float64, specials.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{
		0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 123456789, 1234567890123, 1e20, 1e21, 1e-4, 1e-5,
		0.000123456, 3.141592653589793, 2.718281828459045, 1.7976931348623157e308, 4.9e-324,
		100, 1.5e300, 123.456, -0.001, 5e-7, 999999.9999, 0.5, 1.25, 2.5, 3.5, 1e6, 1e7,
	}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.3e|%f|%.2f|%.0f\n", v, v, v, v, v, v, v)
	}
	for _, v := range vals {
		fmt.Printf("%.3g|%.10g|%.1g|%.15g|%.17g\n", v, v, v, v, v)
	}
	negZero := 0.0
	negZero = -negZero
	specials := []float64{math.Inf(1), math.Inf(-1), math.NaN(), negZero}
	for _, v := range specials {
		fmt.Printf("%v|%f|%e|%g|%5.1f|%+v|%08.2f\n", v, v, v, v, v, v, v)
	}
	f32 := []float32{0.1, 1.0 / 3, 16777216, 1e-10, 3.4028234663852886e38, 2.5}
	for _, v := range f32 {
		fmt.Printf("%v|%g|%e|%f|%.2f\n", v, v, v, v, v)
	}
	fmt.Println(float32(0.1), float64(float32(0.1)), float32(1)/3)
	fmt.Println(1e100, 1e-100, 123456789.0, 12345678.0, 0.000001, 0.0000001)
	fmt.Println(1.7976931348623157e308, 4.9406564584124654e-324)
	fmt.Printf("%v %v\n", []float64{0.1, 2}, [2]float32{0.5, 0.25})
	// Rounding cases.
	for _, v := range []float64{0.125, 0.375, 1.005, 2.5, -2.5, 0.045, 1e15 + 0.3} {
		fmt.Printf("%.2f %.1f %.0f %.2e\n", v, v, v, v)
	}
}
