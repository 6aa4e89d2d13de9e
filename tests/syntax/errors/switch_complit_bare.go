package main

type T struct{}

func main() {
	switch T{} { // ERROR "^syntax error: unexpected [{] at end of statement$"
	}
}
