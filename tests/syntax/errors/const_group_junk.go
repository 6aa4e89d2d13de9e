package main

const (
	a = 1 2 // ERROR "^syntax error: unexpected literal 2 in grouped declaration; possibly missing semicolon or newline or [)]$"
)
