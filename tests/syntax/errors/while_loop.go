package main

import "fmt"

func main() {
	x := 0
	while x < 5 { // ERROR "^syntax error: unexpected x at end of statement$"
		x++
	}
	fmt.Println()
}
