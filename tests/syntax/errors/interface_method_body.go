package main

type I interface {
	M() {} // ERROR "^syntax error: unexpected [{] in interface type; possibly missing semicolon or newline or [}]$"
}
