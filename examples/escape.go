// Inlining and escape analysis: build with
//
//	mingo build -gcflags=-m examples/escape.go
//
// to read gc's diagnostics: which functions can be inlined, which calls were,
// which values stay on the stack and which go to the heap (-m=2 explains
// why). Run it with MINGODEBUG=allocs=1 to see the heap allocation count:
// the million local points cost nothing, only the kept ones are allocated.
package main

import "fmt"

type Point struct{ X, Y int }

// NewPoint is inlined into its callers, so each call site decides on its
// own whether the &Point{...} escapes.
func NewPoint(x, y int) *Point {
	return &Point{x, y}
}

// Dist does not keep p: "p does not escape".
func Dist(p *Point) int {
	return p.X*p.X + p.Y*p.Y
}

var kept []*Point

// Keep stores p in a global: "leaking param: p".
func Keep(p *Point) {
	kept = append(kept, p)
}

func main() {
	sum := 0
	for i := 0; i < 1000000; i++ {
		p := NewPoint(i, i+1) // stays on the stack
		sum += Dist(p)
	}
	for i := 0; i < 3; i++ {
		Keep(NewPoint(i, i)) // escapes to the heap
	}
	buf := make([]byte, 0, 64) // constant size: on the stack
	buf = append(buf, "hello"...)
	fmt.Println(sum, len(kept), string(buf))
}
