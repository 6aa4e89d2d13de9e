package main

var r = 'a // ERROR "^newline in rune literal$"
