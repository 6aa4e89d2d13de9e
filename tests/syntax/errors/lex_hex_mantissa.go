package main

var x = 0x1.5 // ERROR "^hexadecimal mantissa requires a 'p' exponent$"
