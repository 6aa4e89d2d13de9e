// if/else with init, every for form, switch, break/continue, labels.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if r := n % 2; r == 0 {
		return "even"
	} else {
		return fmt.Sprint("odd r=", r)
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	// Three-clause loop.
	sum := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum", sum)
	// Condition-only loop.
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps", steps)
	// Infinite loop with break.
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println("k", k)
	// Loop with multiple variables.
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print("(", i, ",", j, ")")
	}
	fmt.Println()
	// Loop with empty init and post.
	m := 5
	for ; m > 0; m-- {
	}
	fmt.Println("m", m)
	// Labeled break and continue.
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	// break inside switch inside for only leaves the switch; labeled break leaves the loop.
	count := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			count++
			break
		case i > 9:
			break loop
		}
	}
	fmt.Println("count", count)
	// Nested loops with labeled continue on the inner label.
	found := 0
	for a := 1; a < 20; a++ {
	inner:
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					found++
					fmt.Print(a, ",", b, ",", c, " ")
					continue inner
				}
			}
		}
	}
	fmt.Println("triples", found)
}
