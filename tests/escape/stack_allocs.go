// Non-escaping allocations of every kind stay on the stack: the heap
// allocation count does not depend on the number of iterations.
// per-iteration: 0
package main

import (
	"fmt"
	"os"
	"strconv"
)

type T struct{ x, y int }

func (t *T) sum() int { return t.x + t.y }

//go:noinline
func use(p *T) int { return p.x + p.y }

//go:noinline
func total(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

//go:noinline
func kind(v interface{}) int {
	switch x := v.(type) {
	case T:
		return x.x
	case int:
		return x
	}
	return 0
}

//go:noinline
func count(b []byte) int { return len(b) }

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	word := os.Args[2]
	s := 0
	for i := 0; i < n; i++ {
		p := &T{i, 1} // &T{...} does not escape
		s += use(p)
		q := new(int) // new(int) does not escape
		*q = i
		s += *q
		m := make([]int, 64) // make([]int, 64) does not escape
		m[i%64] = i
		s += m[i%64]
		lit := []int{i, i, i} // []int{...} does not escape
		s += lit[2]
		var v T // v: address taken, does not escape
		w := &v
		w.x = i
		s += use(w)
		c := 0
		f := func() int { c++; return c + i } // func literal does not escape
		s += f()
		s += total(i, i, i)            // ... argument does not escape
		s += count([]byte("constant")) // ([]byte)("constant") does not escape
		s += count([]byte(word))       // ([]byte)(word) does not escape (≤ 32 bytes)
		s += kind(T{i, i})             // T{...} does not escape
		g := v.sum                     // v.sum does not escape
		s += g()
	}
	fmt.Println(s)
}
