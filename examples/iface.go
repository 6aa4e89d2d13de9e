// Interface method calls: a slice of shapes behind an interface, summed many
// times (dynamic dispatch the compiler cannot devirtualize). A benchmark
// (benches/, docs/performance.md).
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
type Square struct{ s float64 }

func (r Rect) Area() float64         { return r.w * r.h }
func (r Rect) Perimeter() float64    { return 2 * (r.w + r.h) }
func (c *Circle) Area() float64      { return 3.14159 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 2 * 3.14159 * c.r }
func (s Square) Area() float64       { return s.s * s.s }
func (s Square) Perimeter() float64  { return 4 * s.s }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area() - s.Perimeter()
	}
	return t
}

func main() {
	shapes := make([]Shape, 0, 1000)
	for i := 0; i < 1000; i++ {
		f := float64(i%17) + 1
		switch i % 3 {
		case 0:
			shapes = append(shapes, Rect{f, f + 1})
		case 1:
			shapes = append(shapes, &Circle{f})
		default:
			shapes = append(shapes, Square{f})
		}
	}
	sum := 0.0
	for r := 0; r < 50000; r++ {
		sum += total(shapes)
	}
	fmt.Printf("%.1f\n", sum)
}
