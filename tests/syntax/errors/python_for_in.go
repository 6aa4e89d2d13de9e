package main

import "fmt"

func main() {
	xs := []int{}
	for x in range xs { // ERROR "^syntax error: unexpected in, expecting [{]$"
	}
	fmt.Println()
}
