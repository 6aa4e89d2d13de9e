package main

func main() {
	_ = x.(1) // ERROR "^syntax error: unexpected literal 1, expecting type$"
}
