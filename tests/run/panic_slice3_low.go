// 3-index slice whose low exceeds high: `slice bounds out of range [3:2:]`.
package main

import "fmt"

func sl(s []string, lo, hi int) []string { return s[lo:hi:4] }

func main() {
	s := []string{"a", "b", "c", "d"}
	fmt.Println(sl(s, 1, 2))
	fmt.Println(sl(s, 3, 2))
}
