package main

var a []int

func main() {
	_ = a[1:2:] // ERROR "^final index required in 3-index slice$"
}
