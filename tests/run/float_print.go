// Printing floats: println's %e-like form and fmt's shortest %v form.
package main

import "fmt"

func main() {
	values := []float64{
		0, 1, -1, 0.5, 1.5, 3.14159, -2.718281828459045, 100, 1234.5678,
		1e6, 1e7, 1e20, 1e21, 1e22, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
		0.1, 0.01, 0.001, 0.0001, 0.00001, 1e-7, 123456789012345678, 0.3, 2.0 / 3.0,
		1.0 / 3.0, 100.0 / 7.0, 9007199254740993, 4.35, 1e100, 6.02214076e23,
	}
	for _, v := range values {
		println(v)
		fmt.Println(v)
		fmt.Printf("%v|%e|%g|%f|%.2f|%.0f\n", v, v, v, v, v, v)
	}
	var f32s = []float32{0.1, 1.5, 3.4028235e38, 1e-45, 16777217, 2.5e10, 1.0 / 3}
	for _, v := range f32s {
		println(v)
		fmt.Println(v)
		fmt.Printf("%v %g %.3f\n", v, v, v)
	}
	var negZero = 0.0
	negZero = -negZero
	println(negZero)
	fmt.Println(negZero)
}
