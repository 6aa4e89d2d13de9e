package main

func main() {
	goto 1 // ERROR "^syntax error: unexpected literal 1, expecting name$"
}
