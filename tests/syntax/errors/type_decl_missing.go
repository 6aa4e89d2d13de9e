package main

type T // ERROR "^syntax error: unexpected newline in type declaration$"
