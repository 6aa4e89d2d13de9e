package main

type T struct {
	a int b int // ERROR "^syntax error: unexpected b in struct type; possibly missing semicolon or newline or [}]$"
}
