package main

func (t T) m[U any]() {} // ERROR "^syntax error: method must have no type parameters$"
