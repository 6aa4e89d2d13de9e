// Maps of structs, pointers to structs and slices; updating through copies vs pointers.
package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	Balance int
	History []int
}

func main() {
	accts := map[string]Account{}
	accts["a"] = Account{Owner: "Ann", Balance: 10}
	accts["b"] = Account{Owner: "Ben"}
	// Struct values in maps are not addressable: read, modify, write back.
	acc := accts["a"]
	acc.Balance += 5
	acc.History = append(acc.History, 5)
	fmt.Println(accts["a"].Balance, acc.Balance)
	accts["a"] = acc
	fmt.Println(accts["a"].Balance, accts["a"].History)

	ptrs := map[string]*Account{}
	for _, name := range []string{"x", "y", "z"} {
		ptrs[name] = &Account{Owner: name}
	}
	for i := 0; i < 6; i++ {
		p := ptrs[[]string{"x", "y", "z"}[i%3]]
		p.Balance += i
		p.History = append(p.History, i)
	}
	keys := []string{}
	for k := range ptrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, *ptrs[k])
	}

	// Nested maps.
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	add("c", "a", 7)
	fmt.Println(graph, len(graph["a"]), graph["b"]["c"], graph["z"]["q"])

	// Map of arrays: arrays are values.
	grid := map[int][3]int{}
	row := grid[1]
	row[0] = 5
	grid[1] = row
	row[1] = 6
	fmt.Println(grid)

	// Maps inside structs.
	type Index struct {
		ByName map[string]int
		Count  int
	}
	idx := Index{ByName: map[string]int{}}
	idx2 := idx // shares the map
	idx2.ByName["shared"] = 1
	idx2.Count = 9
	fmt.Println(idx.ByName, idx.Count, idx2.Count)
	fmt.Printf("%v %+v\n", accts, idx)
}
