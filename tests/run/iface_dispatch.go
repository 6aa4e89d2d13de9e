// Interfaces: dynamic dispatch over several implementations, interfaces in slices and maps.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }
type Tri struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }

func (s Square) Name() string { return "square" }

func (t Tri) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Tri) Perimeter() float64 { return t.A + t.B + t.C }
func (t Tri) Name() string       { return "triangle" }

func total(shapes []Shape) (area, perim float64) {
	for _, s := range shapes {
		area += s.Area()
		perim += s.Perimeter()
	}
	return
}

type Named interface{ Name() string }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}, Tri{3, 4, 5}}
	for _, s := range shapes {
		fmt.Printf("%-8s area=%.3f perim=%.3f\n", s.Name(), s.Area(), s.Perimeter())
	}
	a, p := total(shapes)
	fmt.Printf("total %.4f %.4f\n", a, p)

	// An interface holding a value copies it.
	r := Rect{1, 1}
	var s Shape = r
	r.W = 100
	fmt.Println(s.Area(), r.Area())
	// An interface holding a pointer sees later changes.
	c := &Circle{1}
	s = c
	c.R = 2
	fmt.Printf("%.4f\n", s.Area())

	// Assigning between interface types.
	var n Named = s
	fmt.Println(n.Name())
	n = Square{}
	fmt.Println(n.Name())

	byName := map[string]Shape{}
	for _, s := range shapes {
		byName[s.Name()] = s
	}
	fmt.Printf("%.2f %.2f\n", byName["rect"].Area(), byName["triangle"].Area())

	// Nil interface and interface holding a nil pointer.
	var empty Shape
	fmt.Println(empty == nil)
	var nc *Circle
	s = nc
	fmt.Println(s == nil, s != nil)

	// Method call on interface in a loop with reassignments.
	sum := 0.0
	for i := 0; i < 100; i++ {
		var sh Shape
		if i%2 == 0 {
			sh = Rect{float64(i), 1}
		} else {
			sh = Tri{3, 4, 5}
		}
		sum += sh.Area()
	}
	fmt.Println(sum)
}
