package main

var x // ERROR "^syntax error: unexpected newline, expecting type$"
