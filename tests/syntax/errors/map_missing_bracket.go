package main

var m map[string int // ERROR "^syntax error: unexpected int, expecting \]$"
