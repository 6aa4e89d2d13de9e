package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

var global = func(x int) int { return x * 3 }

func main() {
	c := counter()
	c()
	fmt.Println(c())
	k := 10
	add := func(x int) int { return x + k }
	fmt.Println(apply([]int{1, 2, 3}, add))
	double := func(x int) int { return 2 * x }
	fmt.Println(compose(add, double)(5), global(2))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	nested := func() func() int {
		y := 1
		return func() int {
			y++
			k++
			return y + k
		}
	}
	fmt.Println(nested()())
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		panic("boom")
	}()
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(5))
}
