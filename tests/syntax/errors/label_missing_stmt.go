package main

func main() {
	switch {
	case true:
	L: // ERROR "^syntax error: missing statement after label$"
	default:
	}
}
