package main

type P struct{}

func (p *P) String() string return "" // ERROR "^syntax error: unexpected return after top level declaration$"
