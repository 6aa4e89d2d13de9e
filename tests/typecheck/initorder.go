package main

import "fmt"

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

var x, y = pair()

var total int

func pair() (int, string) { return 1, "one" }

func f() int {
	d++
	return d
}

func init() {
	total += a
}

func init() {
	total *= 2
}

type Node struct {
	next *Node
	val  int
}

type Tree struct {
	left, right *Tree
	kids        []Tree
	m           map[string]Tree
}

var list = &Node{&Node{nil, 2}, 1}

func main() {
	fmt.Println(a, b, c, d, x, y, total, list.next.val)
	var t Tree
	_ = t
}
