// Sorting by hand: quicksort, insertion sort, merge sort on slices; a pseudo-random generator.
package main

import "fmt"

type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state ^= r.state << 13
	r.state ^= r.state >> 7
	r.state ^= r.state << 17
	return r.state
}

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
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
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func insertion(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	l := mergesort(a[:len(a)/2])
	r := mergesort(a[len(a)/2:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out = append(out, l[0])
			l = l[1:]
		} else {
			out = append(out, r[0])
			r = r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func sorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func main() {
	r := &rng{88172645463325252}
	a := make([]int, 20000)
	for i := range a {
		a[i] = int(r.next()%100000) - 50000
	}
	b := make([]int, len(a))
	copy(b, a)
	quicksort(a)
	m := mergesort(b)
	fmt.Println(sorted(a), sorted(m), a[:5], a[len(a)-5:])
	same := true
	for i := range a {
		if a[i] != m[i] {
			same = false
		}
	}
	fmt.Println("same", same)
	words := []string{"pear", "apple", "fig", "banana", "cherry", "apple", "Zebra", "", "date"}
	insertion(words)
	fmt.Println(words)
	small := []int{5, 2, 8, 1, 9, 3}
	quicksort(small)
	fmt.Println(small)
}
