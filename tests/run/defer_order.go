// defer: LIFO order, arguments evaluated at defer time, defer in loops, deferred method calls.
package main

import "fmt"

type T struct{ name string }

func (t T) Print()   { fmt.Println("value method", t.name) }
func (t *T) PPrint() { fmt.Println("pointer method", t.name) }

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("order body done")
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x) // x evaluated now
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 42
	fmt.Println("args body x =", x)
}

func methods() {
	t := T{"first"}
	defer t.Print()  // receiver copied now
	defer t.PPrint() // pointer to t: sees later change
	t.name = "second"
}

func nested() {
	defer fmt.Println("outer 1")
	func() {
		defer fmt.Println("inner 1")
		defer fmt.Println("inner 2")
		fmt.Println("inner body")
	}()
	defer fmt.Println("outer 2")
	fmt.Println("outer body")
}

func early(n int) (s string) {
	defer func() { s += "|deferred" }()
	if n > 0 {
		return "positive"
	}
	return "non-positive"
}

func counter() int {
	count := 0
	for i := 0; i < 100; i++ {
		defer func() { count++ }()
	}
	return count // defers run after the result is set
}

func deferNilCheck() {
	var calls []string
	defer func() { fmt.Println("calls:", calls) }()
	for _, s := range []string{"a", "b", "c"} {
		s := s
		defer func() { calls = append(calls, s) }()
	}
}

func main() {
	order()
	args()
	methods()
	nested()
	fmt.Println(early(1), early(-1))
	fmt.Println(counter())
	deferNilCheck()
	defer fmt.Println("main's deferred call runs last")
	fmt.Println("main body done")
}
