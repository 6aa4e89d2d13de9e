package main

var x = (1 + 2 // ERROR "^syntax error: unexpected newline, expecting [)]$"
