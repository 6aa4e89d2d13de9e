package main

import "fmt"

func main() {
	x := 1
	if x == 1 {
	} else if { // ERROR "^syntax error: missing condition in if statement$"
	}
	fmt.Println()
}
