// Combination: maps of structs (struct and array keys, struct values copied out and
// written back, pointer values mutated in place), maps of slices and of maps, a method
// on a map type, delete during range, comma-ok, nested keyed composite literals, and
// fmt's printing of maps of structs with sorted keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type SKU struct {
	Cat  string
	Code int
}

type Item struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type Stock map[SKU]Item

func (s Stock) Total() float64 {
	t := 0.0
	for _, it := range s {
		t += float64(it.Qty) * it.Price
	}
	return t
}

func (s Stock) Keys() []SKU {
	keys := make([]SKU, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Cat != keys[j].Cat {
			return keys[i].Cat < keys[j].Cat
		}
		return keys[i].Code < keys[j].Code
	})
	return keys
}

type Grid [2]int

func main() {
	stock := Stock{
		{"fruit", 1}: {Name: "apple", Qty: 10, Price: 0.5, Tags: []string{"red"}},
		{"fruit", 2}: {"pear", 4, 0.75, nil},
		{"veg", 1}:   {Name: "leek", Qty: 2, Price: 1.25},
	}
	// a copy out of the map does not change the map until written back
	it := stock[SKU{"fruit", 1}]
	it.Qty += 5
	fmt.Println(stock[SKU{"fruit", 1}].Qty, it.Qty)
	stock[SKU{"fruit", 1}] = it
	fmt.Println(stock[SKU{"fruit", 1}].Qty)
	// slices inside struct values are shared
	it.Tags[0] = "green"
	fmt.Println(stock[SKU{"fruit", 1}].Tags)

	if _, ok := stock[SKU{"veg", 2}]; !ok {
		fmt.Println("no veg 2")
	}
	fmt.Printf("%.2f\n", stock.Total())
	for _, k := range stock.Keys() {
		fmt.Printf("%v %+v\n", k, stock[k])
	}

	// delete during range: every entry is seen at most once, deleted ones stay gone
	for k, v := range stock {
		if v.Qty < 5 {
			delete(stock, k)
		}
	}
	fmt.Println(len(stock), stock)

	// map of pointers: mutation in place
	byName := map[string]*Item{}
	for _, n := range []string{"fig", "kiwi", "fig", "lime", "kiwi", "fig"} {
		p, ok := byName[n]
		if !ok {
			p = &Item{Name: n}
			byName[n] = p
		}
		p.Qty++
	}
	names := make([]string, 0)
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Print(n, "=", byName[n].Qty, " ")
	}
	fmt.Println()

	// map of slices and map of maps
	groups := map[int][]string{}
	index := map[string]map[byte]int{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		groups[len(w)] = append(groups[len(w)], w)
		if index[w] == nil {
			index[w] = map[byte]int{}
		}
		for i := 0; i < len(w); i++ {
			index[w][w[i]]++
		}
	}
	fmt.Println(groups)
	fmt.Println(index["the"], len(index))

	// array keys and struct-of-array values; zero value for a missing key
	visits := map[Grid]struct{ N int }{}
	for _, p := range []Grid{{0, 0}, {1, 2}, {0, 0}, {2, 1}, {0, 0}} {
		v := visits[p]
		v.N++
		visits[p] = v
	}
	fmt.Println(visits, visits[Grid{9, 9}].N)

	// nil map reads are fine
	var empty map[SKU]Item
	fmt.Println(len(empty), empty[SKU{}].Name == "", empty == nil)
}
