// Shifts: large counts, signed and unsigned operands and counts, arithmetic right shift.
package main

import "fmt"

//go:noinline
func count(n int) int { return n }

//go:noinline
func ucount(n uint) uint { return n }

func main() {
	x := int64(1)
	for _, n := range []int{0, 1, 31, 32, 62, 63, 64, 65, 100, 1000} {
		s := count(n)
		fmt.Println("1<<", n, "=", x<<s, " -1>>", n, "=", int64(-1)>>s, " minint64>>", n, "=", int64(-9223372036854775808)>>s)
	}
	u := uint64(0x8000000000000000)
	for _, n := range []uint{0, 1, 63, 64, 200} {
		s := ucount(n)
		fmt.Println("u>>", n, "=", u>>s, " u<<", n, "=", u<<s)
	}
	var b int8 = -128
	var ub uint8 = 0x80
	for _, n := range []int{1, 7, 8, 9} {
		s := count(n)
		fmt.Println("int8 -128>>", n, "=", b>>s, " int8 1<<", n, "=", int8(1)<<s, " uint8 0x80>>", n, "=", ub>>s, " uint8 3<<", n, "=", uint8(3)<<s)
	}
	var h int16 = -1000
	var i32 int32 = 1
	var u32 uint32 = 0xffffffff
	for _, n := range []uint8{3, 15, 16, 31, 32, 33} {
		fmt.Println("int16 -1000>>", n, "=", h>>n, " int32 1<<", n, "=", i32<<n, " uint32 max>>", n, "=", u32>>n)
	}
	// Shift count of various unsigned and signed types.
	var c8 uint8 = 4
	var c16 int16 = 5
	var c32 uint32 = 6
	var c64 int64 = 7
	v := 1000
	fmt.Println(v<<c8, v<<c16, v<<c32, v<<c64, v>>c8, v>>c16, v>>c32, v>>c64)
	// Shift and op-assign.
	w := uint16(1)
	for i := 0; i < 20; i++ {
		w <<= 1
		if w == 0 {
			fmt.Println("uint16 became 0 after", i+1, "shifts")
			break
		}
	}
	z := int32(-7)
	z >>= 1
	fmt.Println("-7>>1 =", z)
	z <<= 29
	fmt.Println("(-7>>1)<<29 =", z)
	// Constant shifts.
	const big = 1 << 100
	fmt.Println(big>>98, uint8(1<<7), int64(1)<<62)
	// uintptr shifts.
	var p uintptr = 1
	fmt.Println(p<<count(63), p<<count(64))
}
