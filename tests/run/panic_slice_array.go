// Slicing an array beyond its length: arrays report `with length` (their capacity is their length).
package main

import "fmt"

var arr [3]int

func main() {
	n := len(arr)
	fmt.Println(arr[:n])
	n++
	fmt.Println(arr[1:n])
}
