package main

type T struct {
	(U) // ERROR "^syntax error: cannot parenthesize embedded type$"
}
