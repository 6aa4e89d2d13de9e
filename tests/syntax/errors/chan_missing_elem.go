package main

var c chan
 // ERROR "^syntax error: missing channel element type$"