package main

func main() {
	_ = (a b) // ERROR "^syntax error: unexpected b, expecting [)]$"
}
