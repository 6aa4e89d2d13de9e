// Closures over loop variables. Go 1.22 makes `for` loop variables per-iteration; Go 1.19 does
// not. Each closure here captures an explicit per-iteration copy, so both semantics agree.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 5; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var prints []func() string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		prints = append(prints, func() string { return s + s })
	}
	for _, p := range prints {
		fmt.Print(p(), " ")
	}
	fmt.Println()

	// Modifying a captured per-iteration copy does not affect other iterations.
	var incs []func() int
	for i := 0; i < 3; i++ {
		v := i * 10
		incs = append(incs, func() int { v++; return v })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2](), incs[0]())

	// Closures over a variable declared outside the loop share it.
	shared := 0
	var adders []func()
	for i := 0; i < 4; i++ {
		k := i
		adders = append(adders, func() { shared += k })
	}
	for _, a := range adders {
		a()
	}
	fmt.Println(shared)

	// Closures over map range variables (copies), applied after the loop.
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	results := map[string]func() int{}
	for k, v := range m {
		k, v := k, v
		results[k] = func() int { return v * 100 }
	}
	fmt.Println(results["x"](), results["y"](), results["z"]())

	// Deferred closures in a loop with copies.
	func() {
		for i := 0; i < 3; i++ {
			i := i
			defer func() { fmt.Print("deferred ", i, "; ") }()
		}
	}()
	fmt.Println()

	// Using the loop variable inside the closure only during its own iteration agrees too.
	sum := 0
	for i := 1; i <= 5; i++ {
		add := func() { sum += i }
		add()
	}
	fmt.Println(sum)
}
