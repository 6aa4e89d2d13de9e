package main

func () f() {} // ERROR "^method has no receiver$"
