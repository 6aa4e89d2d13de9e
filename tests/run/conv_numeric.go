// Numeric conversions: int <-> float (in range), float64 <-> float32, named numeric types, constants.
package main

import "fmt"

type Meters float64
type Feet float64
type ID uint16

//go:noinline
func f64(x float64) float64 { return x }

func main() {
	for _, v := range []float64{0, 0.9, -0.9, 1.5, -0.5, 2.5, 1e15 + 0.5, -123.999, 4294967295.9} {
		fmt.Println(v, int64(v), int(v), float32(v), int32(v/1e6))
	}
	fmt.Println(uint8(f64(255.9)), int8(f64(-128.9)), uint16(f64(65535)), int16(f64(-32768)))
	fmt.Println(uint64(f64(1.8e19)), uint64(f64(9.3e18)), int64(f64(-9.2e18)))
	ints := []int64{0, 1, -1, 1 << 53, 1<<53 + 1, -1 << 62, 1<<62 + 1}
	for _, i := range ints {
		fmt.Println(i, float64(i), float32(i), int64(float64(i)) == i)
	}
	us := []uint64{1<<64 - 1, 1 << 63, 1<<63 + 1025, 12345}
	for _, u := range us {
		fmt.Println(u, float64(u), float32(u))
	}
	// float64 -> float32 rounding and back.
	for _, v := range []float64{0.1, 1.0 / 3, 16777217, 3.4e38, 3.5e38, 1e-40, 1e-46} {
		f := float32(v)
		fmt.Println(v, f, float64(f))
	}
	// Named types need explicit conversion.
	m := Meters(100)
	ft := Feet(m * 3.28084)
	fmt.Println(m, ft, float64(ft)/float64(m))
	id := ID(70000 % 65536)
	fmt.Println(id, int(id)+1, ID(int(id)*2))
	// Integer conversions in arithmetic expressions.
	var a int8 = 100
	var b int8 = 100
	fmt.Println(a+b, int16(a)+int16(b), int(a)*int(b))
	var x uint32 = 3
	var y int32 = -2
	fmt.Println(int64(x)*int64(y), x*uint32(y), float64(x)/float64(y))
	// Conversions of untyped constants.
	const c = 1 << 40
	fmt.Println(float32(c), int64(c), float64(c)/3)
	fmt.Println(int(3.0), float64(7)/2, 7/2, 7/2.0)
	// Float formatting after conversions from ints.
	for i := 1; i <= 5; i++ {
		fmt.Print(float64(i)/4, " ")
	}
	fmt.Println()
}
