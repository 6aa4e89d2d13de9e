// A package in several files (SPEC section 1: one or more files in one directory):
// types, methods, package-level variables initialized across files in dependency
// order, and init functions run in file order (as the go command presents the files:
// sorted by name).
package main

import "fmt"

var order []string

var total = base * 2 // base is declared in shapes.go

func init() { order = append(order, "init main.go") }

func main() {
	fmt.Println(order)
	fmt.Println(total, registry)
	var shapes []Shape
	shapes = append(shapes, Square{2}, &Circle{1})
	for _, s := range shapes {
		fmt.Printf("%s %.3f\n", s.Name(), s.Area())
	}
	fmt.Println(describe(Square{3}))
}
