package main

import "fmt"

func main() {
	fmt.Println(1; 2) // ERROR "^syntax error: unexpected semicolon in argument list; possibly missing comma or [)]$"
	fmt.Println()
}
