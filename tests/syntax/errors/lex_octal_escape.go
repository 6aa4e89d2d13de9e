package main

var s = "\400" // ERROR "^octal escape value 256 > 255$"
