// Map iteration: every key exactly once, order-independent aggregates, sorted output, delete during range.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i*7%1000] = i
	}
	sumK, sumV, n := 0, 0, 0
	seen := make([]bool, 1000)
	dup := false
	for k, v := range m {
		sumK += k
		sumV += v
		n++
		if seen[k] {
			dup = true
		}
		seen[k] = true
	}
	fmt.Println(n, sumK, sumV, dup)

	// Keys only.
	cnt := 0
	for range m {
		cnt++
	}
	fmt.Println("count", cnt)

	// Sorted iteration over string keys.
	ages := map[string]int{"alice": 31, "bob": 27, "carol": 45, "dave": 19, "eve": 27}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, ages[name])
	}
	// Sort by value, then key.
	sort.Slice(names, func(i, j int) bool {
		if ages[names[i]] != ages[names[j]] {
			return ages[names[i]] < ages[names[j]]
		}
		return names[i] < names[j]
	})
	fmt.Println(names)

	// Deleting entries during iteration: deleted entries not yet reached are not produced.
	d := map[int]bool{}
	for i := 0; i < 100; i++ {
		d[i] = true
	}
	visited := 0
	for k := range d {
		visited++
		delete(d, k)
		delete(d, k^1) // the partner, whether or not already visited
	}
	fmt.Println("visited", visited, "left", len(d))

	// Modify values during iteration.
	sq := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range sq {
		sq[k] = v * v
	}
	fmt.Println(sq)

	// Iteration over a large map after growth and deletions.
	big := map[int]int{}
	for i := 0; i < 20000; i++ {
		big[i] = i
	}
	for i := 0; i < 20000; i += 3 {
		delete(big, i)
	}
	total := 0
	for k, v := range big {
		if k != v {
			total = -1 << 40
		}
		total += k
	}
	fmt.Println(len(big), total)
}
