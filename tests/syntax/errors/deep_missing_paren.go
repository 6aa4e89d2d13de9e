package main

import "fmt"

func main() {
	x := ((1 + 2) * 3 // ERROR "^syntax error: unexpected newline, expecting [)]$"
	_ = x
	fmt.Println()
}
