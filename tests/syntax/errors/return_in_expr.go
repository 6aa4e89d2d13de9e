package main

func main() {
	x := return // ERROR "^syntax error: unexpected return, expecting expression$"
}
