// Recursive calls: naive Fibonacci and Takeuchi's function (call overhead,
// small frames). A benchmark (benches/, docs/performance.md).
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func tak(x, y, z int) int {
	if y >= x {
		return z
	}
	return tak(tak(x-1, y, z), tak(y-1, z, x), tak(z-1, x, y))
}

func main() {
	fmt.Println(fib(39), tak(24, 16, 8))
}
