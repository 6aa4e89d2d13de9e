// 3-index slice whose max exceeds the capacity: `slice bounds out of range [::5] with capacity 3`.
package main

import "fmt"

func limit(s []int, max int) []int { return s[:1:max] }

func main() {
	s := make([]int, 3)
	fmt.Println(len(limit(s, 3)), cap(limit(s, 3)))
	fmt.Println(limit(s, 5))
}
