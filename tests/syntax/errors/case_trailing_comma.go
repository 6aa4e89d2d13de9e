package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1, 2,: // ERROR "^syntax error: unexpected :, expecting expression$"
	}
	fmt.Println()
}
