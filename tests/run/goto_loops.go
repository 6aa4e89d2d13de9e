// goto: loops, forward jumps, jumps out of nested blocks.
package main

import "fmt"

func countdown(n int) {
loop:
	if n > 0 {
		fmt.Print(n, " ")
		n--
		goto loop
	}
	fmt.Println("liftoff")
}

func find(grid [][]int, target int) (int, int) {
	i, j := 0, 0
	for i = 0; i < len(grid); i++ {
		for j = 0; j < len(grid[i]); j++ {
			if grid[i][j] == target {
				goto found
			}
		}
	}
	return -1, -1
found:
	return i, j
}

func state(input string) int {
	i := 0
	accepted := 0
start:
	if i >= len(input) {
		goto done
	}
	if input[i] == 'a' {
		i++
		goto sawA
	}
	i++
	goto start
sawA:
	if i < len(input) && input[i] == 'b' {
		accepted++
		i++
	}
	goto start
done:
	return accepted
}

func main() {
	countdown(5)
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 6))
	fmt.Println(find(grid, 10))
	fmt.Println(state("abxabab"), state("aaab"), state(""))
	// goto skipping over code (no new variables in scope).
	x := 1
	if x > 0 {
		goto skip
	}
	fmt.Println("not printed")
skip:
	fmt.Println("skipped to here")
	// Summation with goto.
	i, s := 0, 0
top:
	s += i
	i++
	if i <= 100 {
		goto top
	}
	fmt.Println("sum", s)
}
