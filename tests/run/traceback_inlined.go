package main

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	println(get(s, i))
}
