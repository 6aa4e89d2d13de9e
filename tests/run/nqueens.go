// N-queens by backtracking with arrays of bools; prints counts and the first solution of 8x8.
package main

import (
	"fmt"
	"strings"
)

type Board struct {
	n            int
	cols         []int
	used, d1, d2 []bool
	count        int
	first        []int
}

func (b *Board) solve(row int) {
	if row == b.n {
		if b.count == 0 {
			b.first = append([]int(nil), b.cols...)
		}
		b.count++
		return
	}
	for c := 0; c < b.n; c++ {
		if b.used[c] || b.d1[row+c] || b.d2[row-c+b.n-1] {
			continue
		}
		b.used[c], b.d1[row+c], b.d2[row-c+b.n-1] = true, true, true
		b.cols[row] = c
		b.solve(row + 1)
		b.used[c], b.d1[row+c], b.d2[row-c+b.n-1] = false, false, false
	}
}

func queens(n int) *Board {
	b := &Board{n: n, cols: make([]int, n), used: make([]bool, n), d1: make([]bool, 2*n), d2: make([]bool, 2*n)}
	b.solve(0)
	return b
}

func main() {
	for n := 1; n <= 9; n++ {
		fmt.Printf("%d queens: %d solutions\n", n, queens(n).count)
	}
	b := queens(8)
	for _, c := range b.first {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 7-c))
	}
}
