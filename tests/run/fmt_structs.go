// fmt printing of composite values: nested structs, %+v, pointers to structs, slices of structs, nil values, interfaces.
package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

type Holder struct {
	Name  string
	Items []Point
	Meta  map[string]int
	Err   error
	Any   interface{}
	Ptr   *Point
	Inner struct{ A, B bool }
	Arr   [2]float64
	Bytes []byte
}

type Celsius float64

func main() {
	p := Point{1, 2}
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Println(p, l)
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Println(&p, &l)
	fmt.Printf("%v %+v\n", &p, &l)
	fmt.Println([]Point{{1, 2}, {3, 4}}, []*Point{}, [2]Point{})
	fmt.Printf("%+v\n", []Point{{1, 2}})

	var h Holder
	fmt.Printf("%v\n%+v\n", h, h)
	h = Holder{
		Name:  "full",
		Items: []Point{{5, 6}},
		Meta:  map[string]int{"z": 26, "a": 1},
		Err:   errors.New("oops"),
		Any:   Line{Label: "in any"},
		Ptr:   &Point{7, 8},
		Arr:   [2]float64{0.5, 1e21},
		Bytes: []byte("hi"),
	}
	h.Inner.A = true
	s := fmt.Sprintf("%v", h)
	// The Ptr field prints as an address: blank it out before printing.
	fmt.Println(len(s) > 0, h.Name, h.Items, h.Meta, h.Err, h.Any, *h.Ptr, h.Inner, h.Arr, h.Bytes)
	fmt.Printf("%+v %+v\n", h.Inner, h.Any)

	tree := &Node{Val: 1}
	fmt.Println(tree)
	fmt.Printf("%+v\n", tree)
	fmt.Println(*tree)
	fmt.Println(Celsius(36.6), []Celsius{1, 2.5})

	var ip *int
	var pp *Point
	var e error
	var sl []string
	var m map[int]bool
	var fn func()
	var iface interface{}
	fmt.Println(ip, pp, e, sl, m, fn == nil, iface)
	fmt.Printf("%v %v %v %v %v %v\n", ip, pp, e, sl, m, iface)
	fmt.Printf("%+v %+v %d %s\n", pp, e, sl, sl)
	// Anonymous structs and empty structs.
	fmt.Println(struct{}{}, struct {
		A int
		B string
	}{1, "b"})
	fmt.Printf("%+v\n", struct{ N []int }{[]int{1}})
	// Nested pointers to structs print as &{...} only at the top level.
	type Wrap struct{ P *Point }
	w := Wrap{&Point{1, 1}}
	fmt.Println(w.P, *w.P)
	// Interfaces holding structs and pointers.
	var any1 interface{} = p
	var any2 interface{} = &p
	fmt.Println(any1, any2)
	fmt.Println([]interface{}{1, "a", nil, p, []int{1}, 2.5, true})
}
