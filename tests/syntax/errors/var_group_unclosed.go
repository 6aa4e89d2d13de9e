package main

var (
	a = 1

func main() {} // ERROR "^syntax error: unexpected func, expecting name$"
