// switch statements: several values per case, fallthrough, default in the middle, init, no tag, strings.
package main

import "fmt"

func classify(n int) string {
	if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	// Expression switch with several values and fallthrough.
	for i := 0; i < 7; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
		case 1, 2:
			fmt.Print("small ")
			fallthrough
		case 3:
			fmt.Print("three-ish ")
		default:
			fmt.Print("big ")
		case 5:
			fmt.Print("five ")
		}
	}
	fmt.Println()
	// Switch with init and no tag.
	switch x := classify(8); {
	case len(x) > 5:
		fmt.Println("long", x)
	default:
		fmt.Println("short", x)
	}
	// Switch on strings.
	for _, w := range []string{"go", "rust", "c", ""} {
		switch w {
		case "go", "c":
			fmt.Println(w, "has gc? ", w == "go")
		case "":
			fmt.Println("empty")
		default:
			fmt.Println(w, "other")
		}
	}
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	// Case expressions are evaluated in order, only until one matches.
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched after", calls, "calls")
	}
	// Switch on types with a break out of a loop through a label.
	n := 0
outer:
	for {
		switch {
		case n >= 3:
			break outer
		default:
			n++
		}
	}
	fmt.Println("n", n)
	// Fallthrough into default and an empty case.
	switch x := 1; x {
	case 0:
	case 1:
		fmt.Println("one")
		fallthrough
	default:
		fmt.Println("default after fallthrough")
	}
}
