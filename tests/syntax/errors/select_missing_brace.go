package main

func main() {
	select x { // ERROR "^syntax error: missing [{] after select clause$"
	}
}
