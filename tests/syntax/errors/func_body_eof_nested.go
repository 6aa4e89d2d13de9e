package main

func main() {
	if true {
		for {
 // ERROR "^syntax error: unexpected EOF, expecting [}]$"