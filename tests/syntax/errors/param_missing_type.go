package main

func f(a int, b) {} // ERROR "^syntax error: mixed named and unnamed parameters$"
