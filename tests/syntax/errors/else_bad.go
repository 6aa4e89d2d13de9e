package main

func main() {
	if true {
	} else for { // ERROR "^syntax error: else must be followed by if or statement block$"
	}
}
