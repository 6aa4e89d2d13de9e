package main

import "fmt"

func main() {
	fmt.Println("hi" // ERROR "^syntax error: unexpected newline in argument list; possibly missing comma or [)]$"
	x := 1
	fmt.Println()
}
