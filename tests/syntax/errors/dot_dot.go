package main

import "fmt"

func main() {
	x := fmt..Println // ERROR "^syntax error: unexpected [.], expecting name or [(]$"
	fmt.Println()
}
