// Compiler directives attached to declarations.
package main

//go:noinline
func a() int { return 1 }

//go:nosplit
//go:noinline
func b() int { return 2 }

type (
	//go:notinheap
	T struct{ x int }
)

//go:noinline

func c() {}

func main() {
	println(a(), b())
	c()
}
