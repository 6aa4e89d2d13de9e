package main

var x = 0o78 // ERROR "^invalid digit '8' in octal literal$"
