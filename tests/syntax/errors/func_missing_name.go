package main

func (t T) {} // ERROR "^syntax error: unexpected [{], expecting name or [(]$"
