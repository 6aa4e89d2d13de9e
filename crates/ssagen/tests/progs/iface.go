package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
type Big struct {
	a, b, c, d, e int
	s         string
}

func (r Rect) Area() float64    { return r.w * r.h }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64  { return 3 * c.r * c.r }
func (c *Circle) Name() string   { return "circle" }
func (b Big) Name() string       { return b.s }
func (b Big) Area() float64      { return float64(b.a) }
func (b *Big) Set(x int)         { b.a = x }

type Named int

func (n Named) String() string { return "named" }

type Inner struct{ v int }

func (i *Inner) Get() int { return i.v }
func (i Inner) Val() int  { return i.v }

type Outer struct {
	Inner
	x int
}

type Getter interface{ Get() int }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "int"
	case string:
		return x
	case fmt.Stringer:
		return x.String()
	case error:
		return x.Error()
	case Big:
		return x.s
	case *Rect:
		return "ptr"
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Big{a: 1, s: "big"}}
	println(total(shapes))
	var e interface{} = 5
	n, ok := e.(int)
	s, ok2 := e.(string)
	println(n, ok, s, ok2, e == 5, e != nil)
	var st fmt.Stringer = Named(3)
	println(describe(st), describe(nil), describe(errors.New("boom")), describe(Big{s: "b"}))
	o := &Outer{Inner{7}, 1}
	var g Getter = o
	println(g.Get(), o.Val(), o.Get())
	sh := shapes[0]
	r := sh.(Rect)
	println(r.w)
	if _, isC := sh.(*Circle); isC {
		println("circle")
	}
	var any1, any2 interface{} = Rect{1, 2}, Rect{1, 2}
	println(any1 == any2)
	err := errors.New("x")
	var err2 error
	println(err != nil, err2 == nil)
	fmt.Println("x", 1, 2.5, r)
	var sg fmt.Stringer = st
	var ee interface{} = sg
	_ = ee
	bb := Big{}
	bb.Set(4)
	var sh2 Shape = bb
	println(sh2.Name())
}
