// 3-index slice whose high exceeds max: `slice bounds out of range [:3:2]`.
package main

import "fmt"

func sl(s []int, hi, max int) []int { return s[0:hi:max] }

func main() {
	s := make([]int, 4)
	fmt.Println(sl(s, 2, 3))
	fmt.Println(sl(s, 3, 2))
}
