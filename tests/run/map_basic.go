// Maps: literals, insert, update, comma-ok, delete, len, nil-map reads, zero values.
package main

import (
	"fmt"
	"sort"
)

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	m["four"] = 4
	m["one"] = 100
	fmt.Println(len(m), keys(m), m["one"])
	delete(m, "two")
	delete(m, "nothing")
	_, ok = m["two"]
	fmt.Println(len(m), ok, keys(m))

	// nil map: reads, len, delete and range are fine.
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"])
	_, ok = nm["x"]
	fmt.Println(ok)
	delete(nm, "x")
	for range nm {
		fmt.Println("unreachable")
	}
	fmt.Println(nm)

	// make with and without a size hint.
	a := make(map[int]string)
	b := make(map[int]string, 100)
	for i := 0; i < 10; i++ {
		a[i] = fmt.Sprint("v", i)
		b[i*i] = a[i]
	}
	fmt.Println(len(a), len(b), a[3], b[81], b[80] == "")

	// Maps are references.
	c := a
	c[99] = "shared"
	fmt.Println(a[99], len(a))
	modify(a)
	fmt.Println(a[-1])

	// Map of slices and incrementing through the zero value.
	groups := map[bool][]int{}
	counts := map[string]int{}
	for i := 0; i < 10; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
		counts[fmt.Sprint(i%3)]++
	}
	fmt.Println(groups[true], groups[false], counts)

	// Delete everything while ranging (allowed), then reuse.
	for k := range a {
		delete(a, k)
	}
	fmt.Println(len(a), a)
	a[1] = "again"
	fmt.Println(a)

	// Printing sorts keys.
	fmt.Println(map[string]bool{"b": true, "a": false, "c": true})
	fmt.Println(map[int]int{3: 9, 1: 1, 2: 4, -1: 1})
}

func modify(m map[int]string) {
	m[-1] = "from callee"
}
