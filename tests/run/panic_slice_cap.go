// Slicing a slice beyond its capacity: `slice bounds out of range [:5] with capacity 3`.
package main

import "fmt"

func first(s []int, n int) []int { return s[:n] }

func main() {
	s := make([]int, 2, 3)
	fmt.Println(first(s, 3)) // within capacity: fine
	fmt.Println(first(s, 5))
}
