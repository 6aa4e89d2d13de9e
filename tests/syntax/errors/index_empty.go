package main

func main() {
	_ = a[] // ERROR "^syntax error: unexpected \], expecting operand$"
}
