// Low bound past the length with the high bound omitted: `slice bounds out of range [5:3]`.
package main

import "fmt"

func tail(s []int, lo int) []int { return s[lo:] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println(tail(s, 3))
	fmt.Println(tail(s, 5))
}
