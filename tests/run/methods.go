// Methods on structs with value and pointer receivers, on named non-struct types.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}
func (c Counter) Renamed(s string) Counter {
	c.name = s
	return c
}
func (c Counter) TryInc() { c.n++ } // no effect on the caller

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Rect struct{ W, H int }

func (r Rect) Area() int      { return r.W * r.H }
func (r *Rect) Scale(k int)   { r.W *= k; r.H *= k }
func (r Rect) String() string { return fmt.Sprint(r.W, "x", r.H) }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	c.TryInc()
	fmt.Println(c.Value(), c.n)
	c.Add(10).Add(5).Inc()
	fmt.Println(c.Value())
	d := c.Renamed("d")
	fmt.Println(c.name, d.name, d.Value())

	p := &Counter{name: "p"}
	p.Inc()
	fmt.Println(p.Value(), (*p).Value())

	fmt.Println(Celsius(100).F(), Celsius(-40).F())

	var l IntList
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	fmt.Println(l, l.Sum(), len(l))

	rects := []Rect{{1, 2}, {3, 4}}
	for i := range rects {
		rects[i].Scale(2)
	}
	for _, r := range rects {
		r.Scale(100) // copy
		fmt.Println(r.Area())
	}
	fmt.Println(rects[0].Area(), rects[1].Area(), rects[1].String())

	arr := [2]Counter{}
	arr[1].Add(3)
	fmt.Println(arr[0].Value(), arr[1].Value())
	m := struct{ c Counter }{}
	m.c.Inc()
	fmt.Println(m.c.Value())
}
