package main

import "fmt"

func main() {
	fmt.Println((1) // ERROR "^syntax error: unexpected newline in argument list; possibly missing comma or [)]$"
	fmt.Println()
}
