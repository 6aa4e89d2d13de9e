// Index out of range on a slice: stdout kept, panic message on stderr, exit 2.
package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	fmt.Println("before", get(s, 2))
	println("to stderr before the panic")
	fmt.Println(get(s, 5))
	fmt.Println("not reached")
}
