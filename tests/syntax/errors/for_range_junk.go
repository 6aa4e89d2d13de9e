package main

func main() {
	for x := range y z { // ERROR "^syntax error: unexpected z, expecting [{] after for clause$"
	}
}
