// Automatic semicolon insertion corner cases.
package main

import "fmt"

func f() (int, int) { return 1, 2 }

func main() {
	x := 1 /* comment */ + 2
	y := x /* multi-line
	comment acts like a newline */
	z := []int{
		1,
		2,
	}
	w := f
	a, b := w()
	var s = struct {
		A int
	}{
		A: 1,
	}
	if x > 0 { // comment
		x++
	} else {
		x--
	}
	fmt.Println(
		x, y,
		z, a, b, s,
	)
	for i := 0; i < 2; i++ { x++ }
	switch { case x > 0: fallthrough; default: }
	func() { return }()
	goto L; L: x++
	return // final
}
