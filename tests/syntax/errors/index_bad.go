package main

func main() {
	_ = a[i j] // ERROR "^syntax error: unexpected j, expecting comma, : or \]$"
}
