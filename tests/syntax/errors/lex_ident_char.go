package main

var x·y = 1 // ERROR "^invalid character U[+]00B7 '·' in identifier$"
