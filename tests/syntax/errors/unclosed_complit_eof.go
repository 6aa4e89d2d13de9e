package main

var x = []int{1, 2,
 // ERROR "^syntax error: unexpected EOF, expecting [}]$"