// Signed and unsigned comparisons at type boundaries; min/max by hand.
package main

import "fmt"

//go:noinline
func cmp64(a, b int64) [6]bool { return [6]bool{a < b, a <= b, a > b, a >= b, a == b, a != b} }

//go:noinline
func cmpu64(a, b uint64) [6]bool { return [6]bool{a < b, a <= b, a > b, a >= b, a == b, a != b} }

//go:noinline
func cmp8(a, b int8) [6]bool { return [6]bool{a < b, a <= b, a > b, a >= b, a == b, a != b} }

//go:noinline
func cmpu8(a, b uint8) [6]bool { return [6]bool{a < b, a <= b, a > b, a >= b, a == b, a != b} }

func main() {
	i64 := []int64{-9223372036854775808, -1, 0, 1, 9223372036854775807}
	for _, a := range i64 {
		for _, b := range i64 {
			fmt.Println("int64", a, b, cmp64(a, b))
		}
	}
	u64 := []uint64{0, 1, 1 << 63, 18446744073709551615}
	for _, a := range u64 {
		for _, b := range u64 {
			fmt.Println("uint64", a, b, cmpu64(a, b))
		}
	}
	for _, a := range []int8{-128, -1, 0, 127} {
		fmt.Println("int8", a, cmp8(a, -1), cmp8(a, 0))
	}
	for _, a := range []uint8{0, 127, 128, 255} {
		fmt.Println("uint8", a, cmpu8(a, 128))
	}
	// Comparisons of uint32 vs int32 reinterpretations.
	var x int32 = -1
	var y uint32 = uint32(x)
	fmt.Println(x < 0, y > 0, y == 4294967295, int64(x) < int64(y))
	// Hand-written min/max over mixed signs.
	vals := []int{3, -7, 12, 0, -7, 12, 5}
	mn, mx := vals[0], vals[0]
	for _, v := range vals {
		if v < mn {
			mn = v
		}
		if v > mx {
			mx = v
		}
	}
	fmt.Println(mn, mx)
}
