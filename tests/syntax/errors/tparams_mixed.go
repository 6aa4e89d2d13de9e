package main

func f[T any, int]() {} // ERROR "^syntax error: missing type constraint$"
