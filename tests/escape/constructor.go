// A small constructor returning a pointer: inlined, its allocation does not
// escape when the caller only uses it locally (0 allocations per call), and
// escapes when the caller stores it (1 per call).
// per-iteration: 1
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Point struct{ X, Y int }

func NewPoint(x, y int) *Point { return &Point{x, y} }

var global *Point

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	s := 0
	for i := 0; i < n; i++ {
		p := NewPoint(i, i+1) // inlined: &Point{...} does not escape
		s += p.X + p.Y
		global = NewPoint(i, 0) // inlined: &Point{...} escapes to heap
	}
	fmt.Println(s, global.X >= 0)
}
