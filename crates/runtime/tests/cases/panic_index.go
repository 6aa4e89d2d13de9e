package main

var i = 5

func main() {
	s := []int{1, 2, 3}
	println(s[i])
}
