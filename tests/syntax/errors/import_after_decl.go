package main

var x int

import "fmt" // ERROR "^syntax error: non-declaration statement outside function body$"
