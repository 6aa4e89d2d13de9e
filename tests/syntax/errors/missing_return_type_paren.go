package main

func f() (int { // ERROR "^syntax error: unexpected [{] in parameter list; possibly missing comma or [)]$"
}
