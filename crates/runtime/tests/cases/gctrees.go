package main

type node struct {
	left, right *node
	val         int
}

func build(d int) *node {
	if d == 0 {
		return &node{val: 1}
	}
	return &node{build(d - 1), build(d - 1), d}
}

func (n *node) check() int {
	if n.left == nil {
		return n.val
	}
	return n.val + n.left.check() + n.right.check()
}

var keep []*node

func main() {
	long := build(16)
	for d := 4; d <= 18; d += 2 {
		total := 0
		for i := 0; i < 1<<(18-d); i++ {
			total += build(d).check()
		}
		println(d, total)
	}
	// pointers kept only in a heap array, and interior pointers
	keep = make([]*node, 1000)
	for i := range keep {
		keep[i] = build(6)
	}
	tail := keep[500:]
	keep = nil
	for i := 0; i < 50; i++ {
		build(14)
	}
	sum := 0
	for _, n := range tail {
		sum += n.check()
	}
	println("tail", len(tail), sum)
	println("long", long.check())
}
