package main

var x = 1__0 // ERROR "^'_' must separate successive digits$"
