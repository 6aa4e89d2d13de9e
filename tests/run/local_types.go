// Types declared inside functions: structs, named basics, shadowing a package-level type, use in maps and fmt.
package main

import "fmt"

type Point struct{ X, Y int }

func makePoints() interface{} {
	type Point struct{ A, B string } // shadows the package-level Point
	return []Point{{"a", "b"}}
}

func main() {
	type Pair struct {
		Key   string
		Value int
	}
	type Score int
	type Table map[string]Score
	pairs := []Pair{{"x", 1}, {"y", 2}}
	t := Table{}
	for _, p := range pairs {
		t[p.Key] = Score(p.Value * 10)
	}
	fmt.Println(pairs, t, len(t))
	fmt.Printf("%T %T %T\n", pairs[0], Score(1), t)
	fmt.Printf("%v %+v\n", makePoints(), Point{1, 2})
	fmt.Printf("%T %T\n", makePoints(), Point{})
	// A local type with an embedded package type.
	type Labeled struct {
		Point
		Label string
	}
	l := Labeled{Point{3, 4}, "here"}
	fmt.Println(l.X, l.Y, l.Label, l)
	// Local types in different scopes are different types.
	var a, b interface{}
	{
		type T int
		a = T(1)
	}
	{
		type T int
		b = T(1)
	}
	fmt.Println(a == b, a, b)
	// Local function type.
	type Op func(int) int
	ops := []Op{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}
	v := 5
	for _, op := range ops {
		v = op(v)
	}
	fmt.Println(v)
	// Local type used as a map key and in a type switch.
	type Key struct{ A, B int }
	m := map[Key]string{{1, 2}: "one-two"}
	var x interface{} = Key{1, 2}
	switch k := x.(type) {
	case Key:
		fmt.Println("Key", k.A, k.B, m[k])
	}
}
