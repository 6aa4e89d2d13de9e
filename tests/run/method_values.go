// Method values (bound receivers, evaluated at binding time) and method expressions.
package main

import (
	"fmt"
	"strings"
)

type Acc struct {
	name  string
	total int
}

func (a Acc) Describe() string { return fmt.Sprintf("%s=%d", a.name, a.total) }
func (a *Acc) Add(n int)       { a.total += n }
func (a Acc) Plus(n int) int   { return a.total + n }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := Acc{name: "a"}
	add := a.Add // binds &a
	add(5)
	apply(add, 1, 2, 3)
	fmt.Println(a.total)

	desc := a.Describe // copies a now
	a.total = 1000
	fmt.Println(desc(), a.Describe())

	plus := a.Plus
	a.total = 0
	fmt.Println(plus(1))

	// Method expressions.
	f := Acc.Describe
	g := (*Acc).Add
	h := (*Acc).Describe // value method through pointer type
	g(&a, 42)
	fmt.Println(f(a), h(&a), Acc.Plus(a, 8))

	// Method value from an interface.
	var s Shape = Sq{4}
	area := s.Area
	s = Sq{10}
	fmt.Println(area(), s.Area())
	// Method expression of an interface type.
	ia := Shape.Area
	fmt.Println(ia(Sq{3}))

	// Methods on function types.
	var mul Op = func(a, b int) int { return a * b }
	fmt.Println(mul.Apply(6, 7))
	ap := mul.Apply
	fmt.Println(ap(2, 3))

	// Method values of library types.
	var sb strings.Builder
	write := sb.WriteString
	write("hello")
	write(", world")
	fmt.Println(sb.String(), sb.Len())

	// Slices of method values.
	accs := []*Acc{{name: "x"}, {name: "y"}}
	var adders []func(int)
	for _, p := range accs {
		adders = append(adders, p.Add)
	}
	for i, ad := range adders {
		ad(10 * (i + 1))
	}
	fmt.Println(accs[0].Describe(), accs[1].Describe())
	fs := map[string]func() string{"a": a.Describe, "x": accs[0].Describe}
	fmt.Println(fs["a"](), fs["x"]())
}
