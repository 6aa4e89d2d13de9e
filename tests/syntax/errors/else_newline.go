package main

func main() {
	if true {
	}
	else { // ERROR "^syntax error: unexpected else, expecting [}]$"
	}
}
