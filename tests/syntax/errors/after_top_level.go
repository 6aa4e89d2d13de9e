package main

var x int y int // ERROR "^syntax error: unexpected y after top level declaration$"
