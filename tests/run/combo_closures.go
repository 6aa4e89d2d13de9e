// Combination: closures over loop variables (explicit per-iteration copies, captured
// and called later), closures sharing and mutating captured variables, closures in
// maps and slices, recursive closures, closures returning closures, method values as
// funcs, closures with defer and recover, and labeled loops around them.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

func makeAcc(start int) (func(int) int, func() int) {
	total := start
	return func(d int) int { total += d; return total }, func() int { return total }
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func safe(f func() int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = -1, false
		}
	}()
	return f(), true
}

func main() {
	// per-iteration copies captured, called after the loop
	var fs []func() string
	for i := 0; i < 3; i++ {
		i := i
		for _, w := range []string{"a", "b"} {
			w := w
			fs = append(fs, func() string { return fmt.Sprint(w, i) })
		}
	}
	var out []string
	for _, f := range fs {
		out = append(out, f())
	}
	fmt.Println(strings.Join(out, ","))

	// a captured variable shared by several closures
	add, get := makeAcc(10)
	add(5)
	add(-3)
	fmt.Println(get())

	// closures in a map, mutated state, sorted dispatch
	state := 0
	cmds := map[string]func(int){
		"add": func(n int) { state += n },
		"mul": func(n int) { state *= n },
		"neg": func(int) { state = -state },
	}
	for _, c := range []struct {
		op string
		n  int
	}{{"add", 3}, {"mul", 4}, {"neg", 0}, {"add", 2}} {
		cmds[c.op](c.n)
	}
	names := make([]string, 0, len(cmds))
	for k := range cmds {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(state, names)

	// recursive closure
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(60), len(memo))

	// closures returning closures, composition
	adder := func(k int) func(int) int { return func(x int) int { return x + k } }
	times := func(k int) func(int) int { return func(x int) int { return x * k } }
	h := compose(adder(1), times(10), adder(2))
	fmt.Println(h(3))

	// method values as funcs: pointer receiver shares, value receiver copies
	c := &Counter{}
	inc := c.Inc
	snapshot := c.Get
	inc()
	inc()
	fmt.Println(c.n, snapshot(), c.Get())

	// closures with defer/recover inside a labeled loop
	var results []string
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 3; j++ {
			i, j := i, j
			v, ok := safe(func() int { return 12 / (i - j) })
			if !ok {
				results = append(results, fmt.Sprintf("%d/%d!", i, j))
				continue outer
			}
			if v < 0 {
				break outer
			}
			results = append(results, fmt.Sprint(v))
		}
	}
	fmt.Println(results)

	// a closure capturing an array (copied by value into a local) vs a slice
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	cp := arr
	mod := func() { arr[0] = 100; sl[1] = 200 }
	mod()
	fmt.Println(arr, sl, cp)
}
