// math/bits: OnesCount64 LeadingZeros64 TrailingZeros64 Len64 RotateLeft64.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	vals := []uint64{0, 1, 2, 3, 0xff, 0x8000000000000000, 0xffffffffffffffff, 0x00f0f0f0f0f0f0f0, 1 << 32, 12345678901234567890}
	for _, v := range vals {
		fmt.Println(v, bits.OnesCount64(v), bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.Len64(v))
	}
	for _, k := range []int{0, 1, 4, 63, 64, 65, -1, -4, -64} {
		fmt.Printf("%d %x %x\n", k, bits.RotateLeft64(0x0123456789abcdef, k), bits.RotateLeft64(1, k))
	}
	// Popcount over a range, via a loop (and an independent check).
	total := 0
	for i := uint64(0); i < 1<<16; i++ {
		total += bits.OnesCount64(i * 0x9e3779b97f4a7c15)
	}
	check := 0
	for i := uint64(0); i < 1<<16; i++ {
		v := i * 0x9e3779b97f4a7c15
		for v != 0 {
			v &= v - 1
			check++
		}
	}
	fmt.Println(total, check, total == check)
	// Integer log2 and power-of-two tests.
	for _, v := range []uint64{1, 2, 3, 1000, 1 << 40, 1<<40 + 1} {
		fmt.Println(v, "log2", bits.Len64(v)-1, "pow2", bits.OnesCount64(v) == 1, "ntz", bits.TrailingZeros64(v))
	}
}
