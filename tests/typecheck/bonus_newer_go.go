// mingo-bonus: features newer than Go 1.19 (range over int, min/max/clear), not checked against gc 1.19

package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	var n int64 = 4
	for j := range n {
		_ = j
	}
	x, y := 1, 2
	fmt.Println(min(x, y), max(3, 4, 5), min(1.5, 2), max("a", "b"))
	const c = min(1, 2.5)
	m := map[int]int{1: 1}
	clear(m)
	s := []int{1, 2}
	clear(s)
	fmt.Println(c, len(m), s)
}
