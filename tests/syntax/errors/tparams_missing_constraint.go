package main

func f[T]() {} // ERROR "^syntax error: missing type constraint$"
