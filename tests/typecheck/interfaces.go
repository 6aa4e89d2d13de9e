package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return 3.14 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14 * c.R }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(ok bool) error {
	if !ok {
		return &MyErr{42}
	}
	return nil
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	case error:
		return v.Error()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		if n, ok := s.(Named); ok {
			fmt.Println(n.Name())
		}
	}
	var n Named = Rect{1, 2}
	var s Shape = n
	fmt.Println(total, s.Perimeter(), s == n, s != nil)
	err := find(false)
	if err != nil {
		fmt.Println(err)
	}
	var me *MyErr
	if e, ok := err.(*MyErr); ok {
		me = e
	}
	fmt.Println(me.code, describe(1), describe("x"), describe(Rect{}), describe(nil), describe(2.5))
	e2 := errors.New("plain")
	fmt.Println(e2.Error(), e2 == err)
	var any1 any = 3
	var empty interface{} = any1
	fmt.Println(empty == 3, any1 != "x")
	r := Rect{2, 2}
	var sh Shape = r
	fmt.Println(sh == Shape(r), sh.(Rect).W)
}
