// Escaping allocations go to the GC heap: one per iteration for each of the
// two escaping sites below.
// per-iteration: 2
package main

import (
	"fmt"
	"os"
	"strconv"
)

type T struct{ x, y int }

var keep []*T

var last *int

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	s := 0
	for i := 0; i < n; i++ {
		p := &T{i, i} // &T{...} escapes to heap (stored in a global)
		if i%1000 == 0 {
			keep = append(keep[:0], p)
		}
		x := i // moved to heap: x
		last = &x
		s += *last + keep[0].x
	}
	fmt.Println(s)
}
