package main

const x := 1 // ERROR "^syntax error: unexpected :=, expecting =$"
