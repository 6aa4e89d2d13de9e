package main

type T struct {
	1 int // ERROR "^syntax error: unexpected literal 1, expecting field name or embedded type$"
}
