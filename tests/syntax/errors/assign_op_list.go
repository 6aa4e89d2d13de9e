package main

func main() {
	a, b += 1, 2 // ERROR "^syntax error: unexpected [+]=, expecting := or = or comma$"
}
