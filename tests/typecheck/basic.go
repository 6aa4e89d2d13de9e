package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

const (
	A = iota
	B
	C
	Big = 1 << 62
)

var total = add(1, 2)

func add(a, b int) int {
	return a + b
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	p := Point{1, 2}
	q := Point{X: 3}
	r := p.Add(q)
	r.Scale(2)
	pp := &r
	pp.Scale(3)
	x, y := divmod(17, 5)
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	var i8 int8 = -128
	var u uint = 1 << 63
	f := 1.5
	f *= 2
	str := "hello" + ", " + "world"
	for i, c := range str {
		_ = i
		_ = c
	}
	b := []byte(str)
	str2 := string(b)
	arr := [...]int{1, 2, 3}
	sl := arr[1:]
	fmt.Println(p, q, r, x, y, sum, i8, u, f, str2, len(sl), A, B, C, Big, total)
	println(len(arr), cap(s))
	if x > y && !(x == 0) {
		fmt.Println("x bigger")
	} else if x < y {
		fmt.Println("y bigger")
	} else {
		fmt.Println("equal")
	}
	switch x {
	case 1, 2:
		fmt.Println("small")
		fallthrough
	case 3:
		fmt.Println("three")
	default:
	}
	var m map[string]int = map[string]int{"a": 1}
	m["b"] = 2
	v, ok := m["c"]
	delete(m, "a")
	fmt.Println(v, ok, len(m))
}
