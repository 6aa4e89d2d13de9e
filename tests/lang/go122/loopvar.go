// Per-iteration loop variables (Go 1.22 semantics, SPEC section 1), which mingo
// implements and Go 1.19 does not. The golden output comes from Go 1.19 running this
// program with the `//go119:` lines uncommented (explicit per-iteration copies) and the
// lines marked `// go122` removed; see tests/lang/regen.sh. The golden of the program
// as written (Go 1.19's per-loop semantics) is loopvar.go119.out and must differ.
package main

import "fmt"

type op struct {
	name string
	f    func() int
}

func main() {
	// 3-clause loop: closures capture each iteration's i
	var fs []func() int
	for i := 0; i < 4; i++ {
		//go119: i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// the body changes the variable (carried to the next iteration, whose post
	// statement increments the copy); closures keep and update their own iteration's
	var incs []func() int
	for i := 0; i < 6; i++ {
		i++
		//go119: i := i
		incs = append(incs, func() int { i += 10; return i })
	}
	for _, f := range incs {
		fmt.Print(f(), f(), " ")
	}
	fmt.Println()

	// range over a slice: key and value per iteration, captured by address too
	var ptrs []*string
	var ops []op
	for k, v := range []string{"a", "b", "c"} {
		//go119: k, v := k, v
		ptrs = append(ptrs, &v)
		ops = append(ops, op{v, func() int { return k }})
	}
	for i, p := range ptrs {
		fmt.Print(*p, ops[i].name, ops[i].f(), " ")
	}
	fmt.Println()

	// range over a map (sorted output): captured values differ per iteration
	sum := map[string]func() int{}
	for k, v := range map[string]int{"x": 1, "y": 2, "z": 3} {
		//go119: k, v := k, v
		sum[k] = func() int { return v * 10 }
	}
	fmt.Println(sum["x"](), sum["y"](), sum["z"]())

	// deferred closures in a loop see their own iteration's variable
	func() {
		for i := 0; i < 3; i++ {
			//go119: i := i
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()

	// a range over a string: rune and index per iteration
	var rs []func() string
	for i, r := range "hé!" {
		//go119: i, r := i, r
		rs = append(rs, func() string { return fmt.Sprint(i, string(r)) })
	}
	for _, f := range rs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
