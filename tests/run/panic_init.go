// A panic during package initialization (in an init function).
package main

import "fmt"

var table = build()

func build() []int {
	fmt.Println("building table")
	return []int{1, 2, 3}
}

func init() {
	fmt.Println("init sees", len(table))
	idx := len(table) + 1
	table[idx] = 4
}

func main() {
	fmt.Println("main never runs")
}
