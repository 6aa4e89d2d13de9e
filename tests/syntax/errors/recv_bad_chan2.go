package main

var x = <-chan chan<- <-int(nil) // ERROR "^syntax error: unexpected int, expecting chan$"
