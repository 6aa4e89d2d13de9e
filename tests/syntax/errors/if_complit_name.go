package main

type T struct{ a int }

func main() {
	if x := T{a: 1}; x.a > 0 { // ERROR "^syntax error: cannot use x := T as value$"
	}
}
