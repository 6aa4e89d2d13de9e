package main

func main() {
	x := 1: // ERROR "^syntax error: unexpected : at end of statement$"
}
