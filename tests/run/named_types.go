// Named types over slices, maps, funcs and basics with methods; conversions between named and unnamed.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Names []string
type Set map[string]struct{}
type Pred func(int) bool
type Bits uint8

func (c Celsius) Fahrenheit() float64 { return float64(c)*1.8 + 32 }

func (n Names) Len() int         { return len(n) }
func (n Names) Joined() string   { return strings.Join(n, "+") }
func (n *Names) Add(s ...string) { *n = append(*n, s...) }
func (s Set) Add(k string)       { s[k] = struct{}{} }
func (s Set) Has(k string) bool  { _, ok := s[k]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
func (p Pred) Not() Pred { return func(x int) bool { return !p(x) } }
func (p Pred) Filter(xs []int) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}
func (b Bits) Has(flag Bits) bool { return b&flag != 0 }
func (b Bits) String() string {
	var parts []string
	for i := 0; i < 8; i++ {
		if b.Has(1 << i) {
			parts = append(parts, fmt.Sprint("f", i))
		}
	}
	return "{" + strings.Join(parts, "|") + "}"
}

func main() {
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var n Names
	n.Add("a", "b")
	n.Add("c")
	fmt.Println(n, n.Len(), n.Joined())
	plain := []string(n)
	plain[0] = "z"
	fmt.Println(n[0], Names(plain[1:]).Joined())
	s := Set{}
	for _, w := range strings.Fields("to be or not to be") {
		s.Add(w)
	}
	fmt.Println(len(s), s.Has("be"), s.Has("is"), s.Sorted())
	even := Pred(func(x int) bool { return x%2 == 0 })
	xs := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(even.Filter(xs), even.Not().Filter(xs))
	var flags Bits = 1 | 4 | 128
	fmt.Println(flags, flags.Has(4), flags.Has(2), Bits(0))
	fmt.Printf("%v %d %s\n", flags, flags, flags)
	// Assignability of unnamed to named types.
	var m map[string]struct{} = s
	fmt.Println(len(m))
	var f func(int) bool = even
	fmt.Println(f(4))
}
