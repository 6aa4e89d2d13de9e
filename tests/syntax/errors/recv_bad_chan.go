package main

type C <-chan<- int // ERROR "^syntax error: unexpected int, expecting chan$"
