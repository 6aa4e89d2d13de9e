// Sieve of Eratosthenes with []bool; prime counting; twin primes.
package main

import "fmt"

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func main() {
	const n = 100000
	c := sieve(n)
	count := 0
	var first []int
	last := 0
	twins := 0
	for i := 2; i <= n; i++ {
		if !c[i] {
			count++
			if len(first) < 25 {
				first = append(first, i)
			}
			if i >= 2 && i-2 >= 2 && !c[i-2] {
				twins++
			}
			last = i
		}
	}
	fmt.Println("primes below", n, ":", count)
	fmt.Println("first:", first)
	fmt.Println("largest:", last, "twin pairs:", twins)
	// Goldbach for small evens.
	for e := 4; e <= 30; e += 2 {
		for p := 2; p <= e/2; p++ {
			if !c[p] && !c[e-p] {
				fmt.Print(e, "=", p, "+", e-p, " ")
				break
			}
		}
	}
	fmt.Println()
}
