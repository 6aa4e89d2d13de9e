package main

func main() {
	f(a..., b) // ERROR "^syntax error: unexpected b, expecting [)]$"
}
