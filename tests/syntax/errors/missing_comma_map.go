package main

import "fmt"

func main() {
	m := map[string]int{
		"a": 1 // ERROR "^syntax error: unexpected newline in composite literal; possibly missing comma or [}]$"
		"b": 2,
	}
	_ = m
	fmt.Println()
}
