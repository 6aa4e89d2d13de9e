// Equality of structs and arrays: nested, with strings, floats (NaN, -0), pointers and interfaces inside.
package main

import (
	"fmt"
	"math"
)

type Inner struct {
	S string
	F float64
}

type Outer struct {
	ID    int
	In    Inner
	Arr   [3]int16
	P     *int
	Any   interface{}
	Flags [2]bool
}

type Empty struct{}

func main() {
	n := 5
	a := Outer{1, Inner{"x", 1.5}, [3]int16{1, 2, 3}, &n, "any", [2]bool{true, false}}
	b := a
	fmt.Println(a == b, a != b)
	b.In.S = "y"
	fmt.Println(a == b)
	b = a
	b.Arr[2] = 4
	fmt.Println(a == b)
	b = a
	m := 5
	b.P = &m // same value, different pointer
	fmt.Println(a == b, *a.P == *b.P)
	b = a
	b.Any = "an" + "y"
	fmt.Println(a == b)
	b.Any = 1
	fmt.Println(a == b)
	b = a
	b.Flags[1] = true
	fmt.Println(a == b)

	// Floats inside: NaN is never equal, -0 equals +0.
	nan := math.NaN()
	x := Inner{"n", nan}
	y := x
	fmt.Println(x == y, x.F == y.F)
	z1 := Inner{"z", 0}
	negZero := 0.0
	negZero = -negZero
	z2 := Inner{"z", negZero}
	fmt.Println(z1 == z2)
	fa := [2]float64{nan, 1}
	fmt.Println(fa == fa)

	// Arrays of strings, nested arrays, arrays of structs.
	s1 := [3]string{"a", "b", "c"}
	s2 := [3]string{"a", "b", "c"}
	s3 := [3]string{"a", "b", "cc"}
	fmt.Println(s1 == s2, s1 == s3)
	g1 := [2][2]int{{1, 2}, {3, 4}}
	g2 := g1
	g2[1][1] = 5
	fmt.Println(g1 == g2, g1 == [2][2]int{{1, 2}, {3, 4}})
	st1 := [2]Inner{{"a", 1}, {"b", 2}}
	st2 := [2]Inner{{"a", 1}, {"b", 2}}
	fmt.Println(st1 == st2)
	// Empty structs and zero-length arrays.
	fmt.Println(Empty{} == Empty{}, [0]int{} == [0]int{})
	// Structs with blank fields compare the other fields only? (blank fields are ignored).
	type WithBlank struct {
		A int
		_ int
		B string
	}
	w1 := WithBlank{A: 1, B: "b"}
	w2 := WithBlank{A: 1, B: "b"}
	fmt.Println(w1 == w2)
	// Comparison used as map key equality.
	seen := map[Inner]int{}
	for _, in := range []Inner{{"a", 1}, {"a", 1}, {"a", 2}, {"b", 1}} {
		seen[in]++
	}
	fmt.Println(len(seen), seen[Inner{"a", 1}])
	// Large struct comparison.
	type Big struct {
		Data [64]int
		Name string
	}
	var b1, b2 Big
	b1.Data[63] = 1
	fmt.Println(b1 == b2)
	b2.Data[63] = 1
	fmt.Println(b1 == b2)
}
