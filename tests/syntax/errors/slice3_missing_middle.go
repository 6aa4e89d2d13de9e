package main

var a []int

func main() {
	_ = a[1::3] // ERROR "^middle index required in 3-index slice$"
}
