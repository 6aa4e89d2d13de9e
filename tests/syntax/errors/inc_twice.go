package main

import "fmt"

func main() {
	i := 0
	i++ ++ // ERROR "^syntax error: unexpected [+][+] at end of statement$"
	fmt.Println()
}
