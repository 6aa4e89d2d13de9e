// Large maps: growth, many deletes and reinserts, checksums, string keys.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 200000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*31] = i
	}
	fmt.Println(len(m))
	missing := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*31]; !ok || v != i {
			missing++
		}
	}
	fmt.Println("missing", missing)
	for i := 0; i < n; i += 2 {
		delete(m, i*31)
	}
	fmt.Println(len(m))
	for i := 0; i < n; i += 4 {
		m[i*31] = -i
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	fmt.Println("checksum", sum)

	s := map[string]int{}
	for i := 0; i < 50000; i++ {
		s["key"+strconv.Itoa(i)] = i
	}
	total := 0
	for i := 0; i < 50000; i += 1000 {
		total += s["key"+strconv.Itoa(i)]
	}
	fmt.Println(len(s), total, s["key49999"], s["nokey"])

	// Repeated fill and clear keeps working.
	r := map[int64]bool{}
	for round := 0; round < 5; round++ {
		for i := int64(0); i < 10000; i++ {
			r[i+int64(round)*10000] = true
		}
		for k := range r {
			if k%2 == 0 {
				delete(r, k)
			}
		}
		fmt.Println("round", round, len(r))
	}
}
