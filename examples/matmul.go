// Matrix multiplication over [][]float64 (row-major, i-k-j loop order).
// A benchmark (benches/, docs/performance.md).
package main

import "fmt"

func matrix(n int, seed float64) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = seed * float64(i-j) * float64(i+j) / float64(n)
		}
	}
	return m
}

func mul(a, b [][]float64) [][]float64 {
	n := len(a)
	c := make([][]float64, n)
	for i := range c {
		c[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		ci := c[i]
		for k := 0; k < n; k++ {
			aik := a[i][k]
			bk := b[k]
			for j := 0; j < n; j++ {
				ci[j] += aik * bk[j]
			}
		}
	}
	return c
}

func main() {
	n := 400
	a := matrix(n, 1.0)
	b := matrix(n, 2.0)
	var c [][]float64
	for r := 0; r < 3; r++ {
		c = mul(a, b)
	}
	fmt.Printf("%.6f %.6f\n", c[n/2][n/2], c[n-1][1])
}
