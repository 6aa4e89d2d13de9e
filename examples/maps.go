// Maps: integer keys inserted, looked up and deleted, then string keys
// counted. A benchmark (benches/, docs/performance.md).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	m := make(map[int]int)
	for i := 0; i < 1000000; i++ {
		m[i*7919%1000003] = i
	}
	hits := 0
	for r := 0; r < 3; r++ {
		for i := 0; i < 1000000; i++ {
			if v, ok := m[i]; ok {
				hits += v & 1
			}
		}
	}
	for i := 0; i < 1000000; i += 2 {
		delete(m, i)
	}
	words := make(map[string]int)
	for i := 0; i < 300000; i++ {
		words["w"+strconv.Itoa(i%5000)]++
	}
	fmt.Println(len(m), hits, len(words), words["w42"])
}
