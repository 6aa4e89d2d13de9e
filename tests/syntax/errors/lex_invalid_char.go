package main

var x = 1 @ 2 // ERROR "^invalid character U[+]0040 '@'$"
