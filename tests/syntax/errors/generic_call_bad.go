package main

func f[T any](x T) {}

func main() {
	f[int,](1)
	f[](1) // ERROR "^syntax error: unexpected \], expecting operand$"
}
