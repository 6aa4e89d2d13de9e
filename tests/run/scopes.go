// Block scoping and shadowing: if/for/switch scopes, shadowed package names and variables.
package main

import "fmt"

var x = "package x"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main x"
	fmt.Println(x, show())
	{
		x := "block x"
		fmt.Println(x)
		{
			x = "assigned in nested block"
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if x", x)
	} else {
		fmt.Println("else x", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for x", x)
	}
	switch x := len(x); x {
	case 6:
		fmt.Println("switch x", x)
	}
	fmt.Println(x)
	// Shadowing in := with a mix of new and old variables.
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	{
		a, d := 10, 20
		fmt.Println(a, d)
	}
	fmt.Println(a)
	// Shadowing a builtin type name and function.
	{
		len := func(s string) int { return 42 }
		fmt.Println(len("abc"))
		true := false
		fmt.Println(true)
	}
	fmt.Println(len("abc"), true)
	// Named result shadowed in inner scope.
	fmt.Println(shadowResult())
}

func shadowResult() (n int) {
	n = 1
	{
		n := 2
		_ = n
	}
	return
}
