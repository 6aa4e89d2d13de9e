// sort.Ints, sort.Strings, sort.Slice on various data, including already sorted, reversed and duplicates.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 99, -50, 7}
	sort.Ints(ints)
	fmt.Println(ints)
	empty := []int{}
	sort.Ints(empty)
	var nilSlice []int
	sort.Ints(nilSlice)
	fmt.Println(empty, nilSlice)
	strs := []string{"banana", "Apple", "cherry", "apple", "", "Banana", "日本", "ab", "a"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)

	// Larger inputs: pseudo-random, sorted, reversed.
	x := uint32(12345)
	big := make([]int, 5000)
	for i := range big {
		x = x*1103515245 + 12345
		big[i] = int(x>>8) % 1000
	}
	sort.Ints(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println(ok, big[0], big[2500], big[4999])
	rev := make([]int, 1000)
	for i := range rev {
		rev[i] = 1000 - i
	}
	sort.Ints(rev)
	fmt.Println(rev[:5], rev[995:])

	people := []Person{{"alice", 30}, {"bob", 25}, {"carol", 35}, {"dave", 25}, {"eve", 30}}
	// Ties broken by name so the result does not depend on the algorithm's stability.
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	words := []string{"kiwi", "fig", "banana", "apple", "cherry", "date"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	fl := []float64{3.5, -1, 2.25, 0, 1e10, -1e10}
	sort.Slice(fl, func(i, j int) bool { return fl[i] < fl[j] })
	fmt.Println(fl)
	// Sorting a subslice leaves the rest alone.
	part := []int{9, 8, 7, 6, 5, 4}
	sort.Ints(part[1:4])
	fmt.Println(part)
}
