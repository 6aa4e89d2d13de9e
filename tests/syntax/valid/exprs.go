// Every expression form.
package main

import "fmt"

type T struct {
	a int
	b []int
	m map[string]*T
}

func (t T) M(x int) int   { return t.a + x }
func (t *T) P() int       { return t.a }
func g() (int, int)        { return 1, 2 }
func id[V any](v V) V      { return v }
func pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func main() {
	x, y := 1, 2
	// unary and binary operators, precedence
	z := -x + +y*3 - ^x&y | x<<2>>1 &^ 3 % 2 / 1
	bb := !(x < y) || x <= y && x > y || x >= y && x == y || x != y
	p := &x
	*p = *p + 1
	// literals
	_ = []interface{}{1, 1.5, 1e3, 0x1F, 0o17, 017, 0b101, 1_000, 'a', "s", `raw`, 2i, 0x1p-2}
	// composite literals: keyed, elided types, nested, arrays
	t := T{a: 1, b: []int{1, 2, 3}, m: map[string]*T{"k": {a: 2}}}
	arr := [...]int{1, 2, 3: 4}
	mat := [][]int{{1, 2}, {3}}
	pts := []*T{{a: 1}, &T{a: 2}}
	mm := map[[2]int]string{{1, 2}: "x"}
	anon := struct{ X, Y int }{1, 2}
	_ = [2]struct{}{}
	// selectors, indexes, slices
	_ = t.b[0]
	_ = t.m["k"].a
	_ = t.b[1:]
	_ = t.b[:2]
	_ = t.b[:]
	_ = t.b[0:1:2]
	_ = t.b[:1:2]
	_ = "hello"[1:3]
	_ = arr[len(arr)-1]
	// calls, method values and expressions
	_ = t.M(1)
	fv := t.M
	_ = fv(2)
	_ = T.M(t, 3)
	_ = (*T).P(&t)
	_ = (&t).P()
	a, b := g()
	_ = append(t.b, 4, 5)
	_ = append(t.b, t.b...)
	_ = make([]int, 3, 10)
	_ = make(map[string]int)
	_ = make(chan int)
	_ = new(int)
	_ = len("x") + cap(t.b)
	// conversions
	_ = float64(x)
	_ = []byte("abc")
	_ = string(rune(65))
	_ = []rune("héllo")
	_ = (*int)(p)
	_ = (func())(nil)
	_ = (<-chan int)(nil)
	_ = interface{}(x)
	_ = map[string]int(nil)
	_ = [4]int(arr)
	// function literals and closures
	add := func(a, b int) int { return a + b }
	_ = add(1, 2)
	_ = func() int { return 1 }()
	// type assertions
	var i interface{} = t
	_ = i.(T)
	tt, ok := i.(*T)
	_, _ = tt, ok
	_ = i.(interface{ M(int) int })
	// channels
	ch := make(chan int, 1)
	ch <- 1
	v := <-ch
	v, ok = <-ch
	var ro <-chan int = ch
	var so chan<- int = ch
	_, _ = ro, so
	// generics: explicit instantiation
	_ = id[int](1)
	_ = id(2)
	f := pair[string, int]
	_ = f("a", 1)
	fmt.Println(z, bb, t, arr, mat, pts, mm, anon, a, b, v, ok)
}
