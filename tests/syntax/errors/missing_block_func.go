package main

func main() {
	func() {
}
 // ERROR "^syntax error: unexpected EOF, expecting [}]$"