package main

func main() {
	switch x; y z { // ERROR "^syntax error: missing [{] after switch clause$"
	}
}
