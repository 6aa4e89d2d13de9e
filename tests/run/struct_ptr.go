// Structs and pointers: new, &T{}, field access through pointers, struct copies, pointers to fields.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Next  *Line
}

func newPoint(x, y int) *Point {
	return &Point{X: x, Y: y}
}

func scale(p *Point, k int) {
	p.X *= k
	p.Y *= k
}

func moved(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := new(Point)
	fmt.Println(*p, p.X, p.Y)
	p.X = 3
	(*p).Y = 4
	fmt.Println(*p)
	q := newPoint(1, 2)
	scale(q, 10)
	fmt.Println(*q)
	r := *q
	r.X = -1
	fmt.Println(*q, r)
	m := moved(r, 5)
	fmt.Println(r, m)

	// Pointers to fields and elements.
	px := &q.X
	*px = 77
	fmt.Println(*q)
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe += 40
	fmt.Println(arr)
	sl := []Point{{1, 1}, {2, 2}}
	ps := &sl[1]
	ps.Y = 20
	fmt.Println(sl)

	// Nested structs and linked pointers.
	l1 := &Line{A: Point{0, 0}, B: Point{1, 1}, Label: "first"}
	l2 := &Line{Label: "second", Next: l1}
	l2.B.X = 9
	l2.Next.A.Y = 5
	for l := l2; l != nil; l = l.Next {
		fmt.Println(l.Label, l.A, l.B, l.Next != nil)
	}
	copyLine := *l2
	copyLine.Label = "copy"
	copyLine.Next.Label = "first-modified"
	fmt.Println(l2.Label, copyLine.Label, l1.Label)

	// Pointer equality.
	a, b := &Point{1, 2}, &Point{1, 2}
	c := a
	fmt.Println(a == b, a == c, *a == *b)
	var np *Point
	fmt.Println(np == nil, a != nil)

	// Pointer to pointer.
	pp := &a
	(*pp).X = 100
	fmt.Println(a.X, (**pp).Y)
	*pp = b
	fmt.Println(a == b)

	// new of basic types.
	ip := new(int)
	*ip += 5
	sp := new(string)
	*sp = "hi"
	bp := new([4]byte)
	bp[2] = 'x'
	fmt.Println(*ip, *sp, *bp)

	// Anonymous structs.
	anon := struct {
		Name string
		Age  int
	}{"gopher", 13}
	anon2 := anon
	anon2.Age++
	fmt.Println(anon, anon2)
	// Struct with pointer to itself forming a cycle.
	type Node struct {
		V    int
		Next *Node
	}
	n1 := &Node{V: 1}
	n2 := &Node{V: 2, Next: n1}
	n1.Next = n2
	x := n1
	for i := 0; i < 5; i++ {
		fmt.Print(x.V, " ")
		x = x.Next
	}
	fmt.Println()
}
