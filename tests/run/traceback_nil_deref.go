package main

type node struct {
	val  int
	next *node
}

//go:noinline
func second(n *node) int {
	return n.next.val
}

func main() {
	n := &node{val: 1}
	println("start")
	println(second(n))
}
