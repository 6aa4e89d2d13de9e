// Recursion: fib, ackermann, mutual recursion, towers of hanoi, recursive slices.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int, log *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves, log)
	*moves++
	if len(*log) < 8 {
		*log = append(*log, from+"->"+to)
	}
	hanoi(n-1, via, to, from, moves, log)
}

func permutations(prefix []int, rest []int, out *[][]int) {
	if len(rest) == 0 {
		p := make([]int, len(prefix))
		copy(p, prefix)
		*out = append(*out, p)
		return
	}
	for i := range rest {
		next := make([]int, 0, len(rest)-1)
		next = append(next, rest[:i]...)
		next = append(next, rest[i+1:]...)
		permutations(append(prefix, rest[i]), next, out)
	}
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int
	pad[n%16] = n
	return depth(n-1) + 1 + pad[(n+1)%16]
}

func main() {
	for i := 0; i <= 25; i += 5 {
		fmt.Println("fib", i, fib(i))
	}
	fmt.Println("ack(2,3) =", ack(2, 3), "ack(3,3) =", ack(3, 3), "ack(3,5) =", ack(3, 5))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	moves := 0
	var log []string
	hanoi(10, "A", "C", "B", &moves, &log)
	fmt.Println("hanoi(10) moves", moves, log)
	var perms [][]int
	permutations(nil, []int{1, 2, 3}, &perms)
	fmt.Println(perms)
	fmt.Println(gcd(1071, 462), gcd(17, 5))
	fmt.Println("depth", depth(10000))
}
