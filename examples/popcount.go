// A popcount-heavy program for GOAMD64 comparisons (docs/goamd64.md): the
// Hamming distances between all pairs of 4096 pseudo-random 256-bit
// fingerprints, as a histogram. Run: mingo run examples/popcount.go
package main

import (
	"fmt"
	"math/bits"
)

const (
	n      = 4096
	rounds = 10
)

type fp [4]uint64

func main() {
	var fps [n]fp
	x := uint64(0x9e3779b97f4a7c15)
	for i := range fps {
		for j := range fps[i] {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			fps[i][j] = x
		}
	}
	var hist [257]int
	for round := 0; round < rounds; round++ {
		for i := 0; i < n; i++ {
			a := &fps[i]
			for j := i + 1; j < n; j++ {
				b := &fps[j]
				d := bits.OnesCount64(a[0]^b[0]) + bits.OnesCount64(a[1]^b[1]) +
					bits.OnesCount64(a[2]^b[2]) + bits.OnesCount64(a[3]^b[3])
				hist[d]++
			}
		}
	}
	min, max, total := 256, 0, 0
	for d, c := range hist {
		if c > 0 {
			if d < min {
				min = d
			}
			if d > max {
				max = d
			}
			total += c * d
		}
	}
	fmt.Println("pairs", rounds*n*(n-1)/2, "min", min, "max", max, "mean", float64(total)/float64(rounds*n*(n-1)/2))
	fmt.Println("hist[128]", hist[128])
}
