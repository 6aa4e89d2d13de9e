package main

func main() {
	f(
 // ERROR "^syntax error: unexpected EOF, expecting [)]$"