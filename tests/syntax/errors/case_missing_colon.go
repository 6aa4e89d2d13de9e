package main

func main() {
	switch x {
	case 1 2: // ERROR "^syntax error: unexpected literal 2, expecting :$"
	}
}
