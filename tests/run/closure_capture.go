// Closures capture variables by reference: counters, generators, shared state, returned closures.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	fib := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	x := 10
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	x *= 2
	fmt.Println(x, get())

	double := func(n int) int { return n * 2 }
	square := func(n int) int { return n * n }
	fmt.Println(compose(double, square)(3), compose(square, double)(3))

	a := adder(100)
	fmt.Println(a(1), a(10), a(100))
	b := adder(0)
	fmt.Println(b(5), a(0))

	total := 0
	res := apply([]int{1, 2, 3, 4}, func(v int) int {
		total += v
		return v * total
	})
	fmt.Println(res, total)

	// Recursive closure via a declared variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	// Closures capturing a struct and a slice.
	type state struct{ hits int }
	st := state{}
	hit := func() { st.hits++ }
	hit()
	hit()
	fmt.Println(st.hits)
	buf := []string{}
	push := func(s string) { buf = append(buf, s) }
	push("a")
	push("b")
	fmt.Println(buf)

	// Immediately-invoked function literal.
	y := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(y)
	// Closure capturing a parameter that is later modified.
	fmt.Println(captureParam(5))
}

func captureParam(p int) int {
	f := func() int { return p * 2 }
	p = 50
	return f()
}
