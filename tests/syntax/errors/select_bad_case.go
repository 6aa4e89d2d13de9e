package main

func main() {
	select {
	case x y: // ERROR "^syntax error: unexpected y, expecting :$"
	}
}
