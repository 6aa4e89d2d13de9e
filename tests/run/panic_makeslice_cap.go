// make with a capacity below the length: `makeslice: cap out of range`.
package main

import "fmt"

func mk(l, c int) []int { return make([]int, l, c) }

func main() {
	fmt.Println(cap(mk(2, 8)))
	fmt.Println(cap(mk(5, 3)))
}
