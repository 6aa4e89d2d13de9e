package main

var m map[string] // ERROR "^syntax error: unexpected newline, expecting type$"
