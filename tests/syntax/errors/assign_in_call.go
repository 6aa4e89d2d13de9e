package main

import "fmt"

func main() {
	fmt.Println(x = 1) // ERROR "^syntax error: unexpected = in argument list; possibly missing comma or [)]$"
	fmt.Println()
}
