package main

var x = 0779 // ERROR "^invalid digit '9' in octal literal$"
