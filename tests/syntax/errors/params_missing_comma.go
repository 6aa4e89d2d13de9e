package main

func f(a int b int) {} // ERROR "^syntax error: unexpected b in parameter list; possibly missing comma or [)]$"
