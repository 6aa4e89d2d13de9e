package main

var x = 10_ // ERROR "^'_' must separate successive digits$"
