package main

func main() {
	for range { // ERROR "^syntax error: unexpected [{], expecting expression$"
	}
}
