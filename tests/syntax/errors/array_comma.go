package main

type A [1,]int // ERROR "^syntax error: unexpected comma; expecting \]$"
