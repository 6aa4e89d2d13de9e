// Boolean operators, short-circuit evaluation with side effects, comparisons as values.
package main

import "fmt"

var calls []string

func t(name string) bool {
	calls = append(calls, name)
	return true
}

func f(name string) bool {
	calls = append(calls, name)
	return false
}

func show(label string, v bool) {
	fmt.Println(label, v, calls)
	calls = calls[:0]
}

func main() {
	show("t&&t", t("a") && t("b"))
	show("f&&t", f("a") && t("b"))
	show("t||t", t("a") || t("b"))
	show("f||t", f("a") || t("b"))
	show("f||f&&t", f("a") || f("b") && t("c"))
	show("(f||t)&&f", (f("a") || t("b")) && f("c"))
	show("!f&&!t", !f("a") && !t("b"))
	show("t||f||f", t("a") || f("b") || f("c"))

	bools := []bool{false, true}
	for _, a := range bools {
		for _, b := range bools {
			fmt.Println(a, b, "and:", a && b, "or:", a || b, "xor:", a != b, "eq:", a == b, "not a:", !a)
		}
	}

	x, y := 3, 5
	less := x < y
	eq := x == y
	fmt.Println("less", less, "eq", eq, "combined", less && !eq, x >= y || y > 4)

	// A bool used as a loop condition and stored in structs and arrays.
	type flags struct{ on, visible bool }
	var fs [3]flags
	fs[1].on = true
	fs[2].visible = !fs[1].on || true
	fmt.Println(fs)
	count := 0
	for done := false; !done; {
		count++
		done = count >= 4
	}
	fmt.Println("count", count)

	// Nil checks short-circuit a dereference.
	var p *int
	if p != nil && *p > 0 {
		fmt.Println("unreachable")
	} else {
		fmt.Println("nil pointer guarded")
	}
	n := 7
	p = &n
	if p != nil && *p > 0 {
		fmt.Println("positive", *p)
	}
	// Short circuit guarding an index.
	s := []int{1, 2, 3}
	i := 5
	if i < len(s) && s[i] == 0 {
		fmt.Println("unreachable")
	}
	fmt.Println(i >= len(s) || s[i] == 0)
	fmt.Printf("%v %t\n", true, false)
}
