// Comparing interfaces holding slices: `runtime error: comparing uncomparable type []int`.
package main

import "fmt"

func same(a, b interface{}) bool { return a == b }

func main() {
	fmt.Println(same(1, 1), same("a", "b"), same([2]int{}, [2]int{}))
	fmt.Println(same([]int{1}, []int{1}))
}
