package main

func f() (int, string { // ERROR "^syntax error: unexpected [{] in parameter list; possibly missing comma or [)]$"
}
