package main

type I interface {
	type int // ERROR "^syntax error: unexpected type, expecting ~ term or type$"
}
