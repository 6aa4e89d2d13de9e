// A binary search tree: insert, search, delete, in-order traversal via closure, height, min/max.
package main

import "fmt"

type Tree struct {
	Key         int
	Val         string
	Left, Right *Tree
}

func insert(t *Tree, k int, v string) *Tree {
	if t == nil {
		return &Tree{Key: k, Val: v}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k, v)
	case k > t.Key:
		t.Right = insert(t.Right, k, v)
	default:
		t.Val = v
	}
	return t
}

func find(t *Tree, k int) (string, bool) {
	for t != nil {
		if k == t.Key {
			return t.Val, true
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return "", false
}

func remove(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	if k < t.Key {
		t.Left = remove(t.Left, k)
	} else if k > t.Key {
		t.Right = remove(t.Right, k)
	} else {
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right
		for m.Left != nil {
			m = m.Left
		}
		t.Key, t.Val = m.Key, m.Val
		t.Right = remove(t.Right, m.Key)
	}
	return t
}

func walk(t *Tree, visit func(*Tree)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t)
	walk(t.Right, visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	keys := []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30}
	for i, k := range keys {
		root = insert(root, k, fmt.Sprint("v", i))
	}
	var inorder []int
	walk(root, func(t *Tree) { inorder = append(inorder, t.Key) })
	fmt.Println(inorder, height(root))
	for _, k := range []int{30, 65, 99} {
		v, ok := find(root, k)
		fmt.Println(k, v, ok)
	}
	for _, k := range []int{20, 30, 50, 99} {
		root = remove(root, k)
	}
	inorder = inorder[:0]
	walk(root, func(t *Tree) { inorder = append(inorder, t.Key) })
	fmt.Println(inorder, height(root), root.Key)
	// Degenerate tree from sorted input, then a pseudo-random one.
	var line *Tree
	for i := 0; i < 500; i++ {
		line = insert(line, i, "")
	}
	var rnd *Tree
	x := 1
	for i := 0; i < 500; i++ {
		x = x * 7919 % 10007
		rnd = insert(rnd, x, "")
	}
	n := 0
	walk(rnd, func(*Tree) { n++ })
	fmt.Println(height(line), height(rnd), n)
}
