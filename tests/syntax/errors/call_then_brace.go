package main

func f() int { return 1 }

func main() {
	f() { // ERROR "^syntax error: unexpected [{] at end of statement$"
	}
}
