// Bounds-check elimination: build with
//
//	mingo build -gcflags='-l -d=ssa/check_bce/debug=1' examples/bounds.go
//
// to see which index expressions still carry a check ("Found IsInBounds"),
// and with -gcflags=-S to read the loop's machine code. (-l keeps sum and
// third out of line: inlined into main, with a constant slice, every check is
// proven. gc also reports the out-of-line copy it compiles anyway; mingo
// compiles only functions that are still called.)
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
