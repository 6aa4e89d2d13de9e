package main

func main() {
	f(a b) // ERROR "^syntax error: unexpected b in argument list; possibly missing comma or [)]$"
}
