package main

var func = 1 // ERROR "^syntax error: unexpected func, expecting name$"
