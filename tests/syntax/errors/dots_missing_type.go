package main

func f(a ...) {} // ERROR "^syntax error: [.][.][.] is missing type$"
