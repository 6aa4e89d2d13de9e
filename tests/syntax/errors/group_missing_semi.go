package main

var (
	a int b int // ERROR "^syntax error: unexpected b in grouped declaration; possibly missing semicolon or newline or [)]$"
)
