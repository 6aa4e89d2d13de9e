// float32 arithmetic rounds to single precision at every step.
package main

import "fmt"

//go:noinline
func f32(x float64) float32 { return float32(x) }

func main() {
	a := f32(0.1)
	b := f32(0.2)
	c := a + b
	fmt.Println(a, b, c, float64(c), c == 0.3)
	sum := float32(0)
	for i := 0; i < 1000; i++ {
		sum += 0.1
	}
	fmt.Println("sum of 0.1 x1000 (float32):", sum)
	sum64 := 0.0
	for i := 0; i < 1000; i++ {
		sum64 += 0.1
	}
	fmt.Println("sum of 0.1 x1000 (float64):", sum64)
	big := f32(16777216)
	fmt.Println(big+1, big+2, big*big, big*big*big*big*big*big)
	fmt.Println(float32(1)/3, float64(float32(1)/3), float32(float64(1)/3))
	// Conversions.
	x := f32(-7.9)
	fmt.Println(int(x), int32(x), uint8(f32(200.7)), float64(x))
	var i int32 = 16777217
	fmt.Println(float32(i), float64(i), int32(float32(i)))
	// Division, comparisons.
	q := f32(1) / f32(7)
	fmt.Println(q, q*7, q*7 == 1, q < 0.15, q > 0.14)
	println(q, q*7)
	var arr [4]float32
	for k := range arr {
		arr[k] = float32(k) * 0.75
	}
	fmt.Println(arr)
	m := float32(3.4028235e38)
	fmt.Println(m, m*2, -m*2)
}
