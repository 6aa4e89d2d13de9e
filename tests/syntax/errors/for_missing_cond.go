package main

func main() {
	for x;
	{ // ERROR "^syntax error: unexpected [{], expecting for loop condition$"
	}
}
