// Sorting: a hand-written quicksort with insertion sort for short runs over
// pseudo-random ints, then sort.Ints. A benchmark (benches/, docs/performance.md).
package main

import (
	"fmt"
	"sort"
)

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i
		for j > 0 && a[j-1] > x {
			a[j] = a[j-1]
			j--
		}
		a[j] = x
	}
}

func quicksort(a []int) {
	for len(a) > 16 {
		p := a[len(a)/2]
		i, j := 0, len(a)-1
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	insertion(a)
}

func fill(a []int, seed uint64) {
	for i := range a {
		seed = seed*6364136223846793005 + 1442695040888963407
		a[i] = int(seed >> 33)
	}
}

func main() {
	a := make([]int, 1000000)
	sum := 0
	for r := 0; r < 5; r++ {
		fill(a, uint64(r))
		quicksort(a)
		for i := 1; i < len(a); i++ {
			if a[i-1] > a[i] {
				panic("not sorted")
			}
		}
		sum += a[len(a)/2]
	}
	fill(a, 99)
	sort.Ints(a)
	fmt.Println(sum, a[0], a[len(a)-1], sort.IntsAreSorted(a))
}
