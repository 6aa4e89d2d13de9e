package main

import "fmt"

func main() {
	select {
	default
	} // ERROR "^syntax error: unexpected [}], expecting :$"
	fmt.Println()
}
