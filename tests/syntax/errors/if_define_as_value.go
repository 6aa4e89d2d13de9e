package main

func main() {
	if x := 5 { // ERROR "^syntax error: cannot use x := 5 as value$"
	}
}
