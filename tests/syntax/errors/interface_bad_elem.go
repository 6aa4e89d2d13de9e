package main

type I interface {
	1 // ERROR "^syntax error: unexpected literal 1, expecting ~ term or type$"
}
