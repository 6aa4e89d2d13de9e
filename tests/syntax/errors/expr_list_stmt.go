package main

func main() {
	a, b // ERROR "^syntax error: unexpected newline, expecting := or = or comma$"
}
