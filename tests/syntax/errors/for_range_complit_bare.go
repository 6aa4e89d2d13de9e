package main

type T []int

func main() {
	for _, v := range T{1} { // ERROR "^syntax error: unexpected [{] at end of statement$"
		_ = v
	}
}
