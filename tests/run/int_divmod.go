// Truncated division and modulo with negative operands, MinInt / -1, all sizes.
package main

import "fmt"

//go:noinline
func div(a, b int) (int, int) { return a / b, a % b }

//go:noinline
func div8(a, b int8) (int8, int8) { return a / b, a % b }

//go:noinline
func div16(a, b int16) (int16, int16) { return a / b, a % b }

//go:noinline
func div32(a, b int32) (int32, int32) { return a / b, a % b }

//go:noinline
func div64(a, b int64) (int64, int64) { return a / b, a % b }

//go:noinline
func udiv(a, b uint64) (uint64, uint64) { return a / b, a % b }

//go:noinline
func udiv8(a, b uint8) (uint8, uint8) { return a / b, a % b }

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 7}, {-1, 7}, {6, 3}, {-6, 3}, {100, -7}}
	for _, p := range pairs {
		q, r := div(p[0], p[1])
		fmt.Println(p[0], "/", p[1], "=", q, " ", p[0], "%", p[1], "=", r)
	}
	q8, r8 := div8(-128, -1)
	fmt.Println("int8 -128/-1 =", q8, "rem", r8)
	q16, r16 := div16(-32768, -1)
	fmt.Println("int16 -32768/-1 =", q16, "rem", r16)
	q32, r32 := div32(-2147483648, -1)
	fmt.Println("int32 min/-1 =", q32, "rem", r32)
	q64, r64 := div64(-9223372036854775808, -1)
	fmt.Println("int64 min/-1 =", q64, "rem", r64)
	qi, ri := div(-9223372036854775808, -1)
	fmt.Println("int min/-1 =", qi, "rem", ri)
	qi, ri = div(-9223372036854775808, 10)
	fmt.Println("int min/10 =", qi, "rem", ri)
	q8, r8 = div8(-7, 3)
	fmt.Println("int8 -7/3 =", q8, r8)
	q16, r16 = div16(-300, 7)
	fmt.Println("int16 -300/7 =", q16, r16)
	q32, r32 = div32(2147483647, -2)
	fmt.Println("int32 max/-2 =", q32, r32)

	uq, ur := udiv(18446744073709551615, 10)
	fmt.Println("uint64 max/10 =", uq, ur)
	uq, ur = udiv(1<<63, 3)
	fmt.Println("uint64 2^63/3 =", uq, ur)
	uq8, ur8 := udiv8(255, 16)
	fmt.Println("uint8 255/16 =", uq8, ur8)

	// Division by constants (strength-reduced by optimizers) must agree.
	for _, n := range []int{-17, -16, -15, -1, 0, 1, 15, 16, 17, 1000003, -1000003} {
		fmt.Println(n, n/2, n%2, n/3, n%3, n/8, n%8, n/10, n%10, n/-4, n%-4)
	}
	for _, n := range []uint32{0, 1, 7, 8, 4294967295, 1000000007} {
		fmt.Println(n, n/2, n%2, n/3, n%3, n/8, n%8, n/10, n%10)
	}
	// Op-assign forms.
	x := -100
	x /= 7
	y := -100
	y %= 7
	fmt.Println(x, y)
}
