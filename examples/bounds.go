// Bounds-check elimination: build with
//
//	mingo build -gcflags=-d=ssa/check_bce/debug=1 examples/bounds.go
//
// to see which index expressions still carry a check ("Found IsInBounds"),
// and with -gcflags=-S to read the loop's machine code. The reports come from
// the out-of-line copies of sum and third, which mingo compiles, as gc does,
// although both are inlined into main (where, with a constant slice, every
// check is proven).
package main

import "fmt"

func sum(a []int) int {
	s := 0
	for i := 0; i < len(a); i++ {
		s += a[i] // proven in bounds: no check
	}
	return s
}

func third(a []int) int {
	return a[2] // not provable: checked, panics if len(a) < 3
}

func main() {
	a := []int{1, 2, 3, 4}
	fmt.Println(sum(a), third(a))
}
