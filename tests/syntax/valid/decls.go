// Declarations: imports, constants, variables, types, functions, methods.
package main

import "fmt"
import (
	m "math"
	_ "strings"
	. "unicode/utf8"
)

import "os"

const Pi = 3.14159
const (
	A = iota
	B
	C
	_
	D, E = iota, iota * 10
	F, G
)

const (
	KB int64 = 1 << (10 * (iota + 1))
	MB
	GB
)

const typed float64 = 1.5

var x int
var y, z = 1, "two"
var (
	p    *int
	q    = []string{"a", "b"}
	r, s float64 = 1, 2
)

type (
	Point struct {
		X, Y int
	}
	Celsius float64
	Alias   = Point
	Handler func(string) error
)

type Tagged struct {
	Name    string `json:"name"`
	Age     int    "json:\"age\""
	fmt.Stringer
	*Point
	_ [4]byte
	a, b, c int8
	inner  struct{ v int }
}

type Shape interface {
	Area() float64
	Perimeter() (p float64)
	fmt.Stringer
}

type Empty interface{}

func (p Point) String() string { return fmt.Sprint(p.X, p.Y) }

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (Celsius) Unit() string { return "C" }

func (*Tagged) M() {}

//go:noinline
func add(a, b int) int {
	return a + b
}

func swap(a, b string) (string, string) { return b, a }

func named() (n int, err error) {
	return
}

func variadic(prefix string, xs ...int) int { return len(prefix) + len(xs) }

func unnamed(int, string) {}

func fnParam(f func(int) int, g func() (int, error)) {}

func init() {}

func init() {
	_ = m.Pi
	_ = RuneLen('x')
	_ = os.Args
}

func main() {
	fmt.Println(x, y, z, p, q, r, s, A, B, C, D, E, F, G, KB, MB, GB, typed)
	fmt.Println(add(1, 2), Point{1, 2}, Celsius(3).Unit())
	a, b := swap("x", "y")
	fmt.Println(a, b, variadic("p", 1, 2, 3), variadic("q", []int{1}...))
	var t Tagged
	t.M()
	var sh Shape
	_ = sh
	var e Empty = 1
	_ = e
	var al Alias
	al.Move(1, 2)
	var h Handler
	_ = h
	unnamed(1, "")
	fnParam(func(i int) int { return i }, nil)
	_, _ = named()
}
