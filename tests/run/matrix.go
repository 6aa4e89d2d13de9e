// Matrix multiplication with [][]float64 and fixed-size arrays; transpose; identity checks.
package main

import "fmt"

type Matrix [][]float64

func newMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := newMatrix(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

type M3 [3][3]int

func mul3(a, b M3) M3 {
	var c M3
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.T())
	fmt.Println(a.Mul(a.T()))
	n := 30
	h := newMatrix(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	p := h.Mul(h)
	tr := 0.0
	for i := 0; i < n; i++ {
		tr += p[i][i]
	}
	fmt.Printf("trace of H^2 = %.10f\n", tr)
	fib := M3{{1, 1, 0}, {1, 0, 0}, {0, 0, 1}}
	acc := M3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	for i := 0; i < 40; i++ {
		acc = mul3(acc, fib)
	}
	fmt.Println(acc, acc[0][1])
	id := M3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(mul3(fib, id) == fib, mul3(fib, fib) == fib)
}
