package main

import "fmt"

func main() {
	x := 1
	switch {
	case x > 1 // ERROR "^syntax error: unexpected newline, expecting :$"
	}
	fmt.Println()
}
