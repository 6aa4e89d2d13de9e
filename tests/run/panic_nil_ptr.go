// Reading a field through a nil pointer: a SIGSEGV turned into a run-time panic.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sum(n *Node) int {
	total := 0
	for i := 0; i < 3; i++ { // walks past the end of a 2-element list
		total += n.Val
		n = n.Next
	}
	return total
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(sum(list))
	fmt.Println(sum(list.Next))
}
