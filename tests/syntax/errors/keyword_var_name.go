package main

import "fmt"

func main() {
	var type = 1 // ERROR "^syntax error: unexpected type, expecting name$"
	fmt.Println()
}
