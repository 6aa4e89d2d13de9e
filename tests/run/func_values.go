// Function values: as parameters/results, in maps and slices, nil funcs, variadic functions.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(a, b int) int

func reduce(xs []int, init int, f BinOp) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func variadicLen(prefix string, xs ...interface{}) string {
	return fmt.Sprint(prefix, len(xs), xs == nil)
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func pick(name string) func(int, int) int {
	switch name {
	case "add":
		return add
	case "sub":
		return sub
	}
	return nil
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(reduce(xs, 0, add), reduce(xs, 1, func(a, b int) int { return a * b }), reduce(xs, 0, sub))
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum(xs...), sum(xs[1:3]...))
	fmt.Println(join("-"), join("-", "a"), join(", ", "a", "b", "c"))
	fmt.Println(variadicLen("n="), variadicLen("n=", 1, "two", nil), variadicLen("n=", []interface{}{}...))

	ops := map[string]BinOp{
		"+": add,
		"-": sub,
		"*": func(a, b int) int { return a * b },
		"max": func(a, b int) int {
			if a > b {
				return a
			}
			return b
		},
	}
	names := make([]string, 0)
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, ops[k](7, 3))
	}

	f := pick("sub")
	fmt.Println(f != nil, f(10, 4))
	g := pick("mul")
	fmt.Println(g == nil)

	// Slice of funcs executed in order.
	var pipeline []func(string) string
	pipeline = append(pipeline, strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" })
	s := "  hello  "
	for _, p := range pipeline {
		s = p(s)
	}
	fmt.Printf("%q\n", s)

	// Function types in structs.
	type Handler struct {
		Name string
		Fn   func(int) bool
	}
	hs := []Handler{{"even", func(n int) bool { return n%2 == 0 }}, {"big", func(n int) bool { return n > 3 }}}
	for _, h := range hs {
		var out []int
		for _, x := range xs {
			if h.Fn(x) {
				out = append(out, x)
			}
		}
		fmt.Println(h.Name, out)
	}
	// Passing a variadic slice shares its backing array.
	shared := []int{1, 2, 3}
	mutate(shared...)
	fmt.Println(shared)
}

func mutate(xs ...int) {
	xs[0] = 99
}
