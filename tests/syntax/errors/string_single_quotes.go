package main

import "fmt"

func main() {
	s := 'hello' // ERROR "^more than one character in rune literal$"
	_ = s
	fmt.Println()
}
