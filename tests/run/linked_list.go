// Singly and doubly linked lists with pointers: push, reverse, remove, cycle detection.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) Push(v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.Head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func (l *List) Remove(v int) bool {
	for pp := &l.Head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.Len--
			return true
		}
	}
	return false
}

func (l *List) String() string {
	s := "["
	for n := l.Head; n != nil; n = n.Next {
		if n != l.Head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func hasCycle(h *Node) bool {
	slow, fast := h, h
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

type DNode struct {
	Val        string
	Prev, Next *DNode
}

func main() {
	var l List
	for i := 1; i <= 6; i++ {
		l.Push(i * i)
	}
	fmt.Println(l.String(), l.Len)
	l.Reverse()
	fmt.Println(l.String())
	fmt.Println(l.Remove(16), l.Remove(1), l.Remove(36), l.Remove(7))
	fmt.Println(l.String(), l.Len)
	fmt.Println(hasCycle(l.Head))
	last := l.Head
	for last.Next != nil {
		last = last.Next
	}
	last.Next = l.Head.Next
	fmt.Println(hasCycle(l.Head))
	last.Next = nil

	// Doubly linked ring.
	var head *DNode
	for _, s := range []string{"a", "b", "c", "d"} {
		n := &DNode{Val: s}
		if head == nil {
			head = n
			n.Prev, n.Next = n, n
			continue
		}
		tail := head.Prev
		tail.Next, n.Prev = n, tail
		n.Next, head.Prev = head, n
	}
	fwd, back := "", ""
	for i, n := 0, head; i < 6; i, n = i+1, n.Next {
		fwd += n.Val
	}
	for i, n := 0, head.Prev; i < 6; i, n = i+1, n.Prev {
		back += n.Val
	}
	fmt.Println(fwd, back)
	// Large list, sum and length.
	var big List
	for i := 0; i < 100000; i++ {
		big.Push(i)
	}
	sum := 0
	for n := big.Head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(big.Len, sum)
}
