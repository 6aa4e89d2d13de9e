// Value vs pointer receivers: automatic address-of and dereference, method sets and interfaces.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }
type Incer interface {
	Inc()
	Get() int
}

type Wrapper struct {
	C  Counter
	PC *Counter
}

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	p := &c
	fmt.Println(p.Get(), c.Get()) // (*p).Get()
	p.Inc()
	fmt.Println(c.n)

	// Addressable elements: slice elements, array elements, struct fields, pointer-indirections.
	cs := []Counter{{}, {}}
	cs[1].Inc()
	var arr [2]Counter
	arr[0].Inc()
	arr[0].Inc()
	w := Wrapper{PC: &Counter{}}
	w.C.Inc()
	w.PC.Inc()
	w.PC.Inc()
	wp := &w
	wp.C.Inc()
	fmt.Println(cs[1].Get(), arr[0].Get(), w.C.Get(), w.PC.Get())

	// Method sets: *Counter implements Incer, Counter only Getter.
	var g Getter = c
	var g2 Getter = &c
	var in Incer = &c
	in.Inc()
	fmt.Println(g.Get(), g2.Get(), in.Get(), c.n)

	// A value stored in an interface is a copy.
	c.n = 100
	fmt.Println(g.Get(), g2.Get())

	// Pointer receiver through a pointer to pointer field chain.
	type Outer struct{ W *Wrapper }
	o := Outer{&w}
	o.W.PC.Inc()
	o.W.C.Inc()
	fmt.Println(w.PC.n, w.C.n)

	// Calling value methods on map elements (not addressable, but Get is a value method).
	m := map[string]Counter{"a": {5}}
	fmt.Println(m["a"].Get())
	mp := map[string]*Counter{"a": {5}}
	mp["a"].Inc()
	fmt.Println(mp["a"].Get())

	// Method on a result value.
	fmt.Println(makeCounter(9).Get())
	makePtr(3).Inc()
	// Range loop variable is a copy.
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs[0].n, cs[1].n)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs[0].n, cs[1].n)
}

func makeCounter(n int) Counter { return Counter{n} }

func makePtr(n int) *Counter { return &Counter{n} }
