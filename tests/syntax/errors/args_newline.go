package main

func main() {
	f(a // ERROR "^syntax error: unexpected newline in argument list; possibly missing comma or [)]$"
	b()
}
