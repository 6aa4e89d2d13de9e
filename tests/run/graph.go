// Graphs: adjacency lists in maps, BFS with a slice queue, DFS topological sort, Dijkstra with a simple heap.
package main

import (
	"fmt"
	"sort"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

func (g Graph) Add(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	if _, ok := g[b]; !ok {
		g[b] = nil
	}
}

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, e := range g[n] {
			if !seen[e.To] {
				seen[e.To] = true
				queue = append(queue, e.To)
			}
		}
	}
	return order
}

func (g Graph) TopoSort() []string {
	var names []string
	for n := range g {
		names = append(names, n)
	}
	sort.Strings(names)
	state := map[string]int{}
	var out []string
	var visit func(string)
	visit = func(n string) {
		if state[n] != 0 {
			return
		}
		state[n] = 1
		for _, e := range g[n] {
			visit(e.To)
		}
		state[n] = 2
		out = append([]string{n}, out...)
	}
	for _, n := range names {
		visit(n)
	}
	return out
}

type item struct {
	node string
	dist int
}

func (g Graph) Dijkstra(src string) map[string]int {
	dist := map[string]int{src: 0}
	heap := []item{{src, 0}}
	for len(heap) > 0 {
		// pop the minimum (linear scan keeps it simple)
		mi := 0
		for i := range heap {
			if heap[i].dist < heap[mi].dist || heap[i].dist == heap[mi].dist && heap[i].node < heap[mi].node {
				mi = i
			}
		}
		cur := heap[mi]
		heap = append(heap[:mi], heap[mi+1:]...)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				heap = append(heap, item{e.To, nd})
			}
		}
	}
	return dist
}

func main() {
	g := Graph{}
	g.Add("shirt", "tie", 1)
	g.Add("tie", "jacket", 2)
	g.Add("trousers", "shoes", 3)
	g.Add("trousers", "belt", 1)
	g.Add("belt", "jacket", 4)
	g.Add("shirt", "belt", 2)
	g.Add("socks", "shoes", 1)
	g.Add("undershorts", "trousers", 1)
	g.Add("undershorts", "shoes", 7)
	fmt.Println(g.BFS("undershorts"))
	fmt.Println(g.TopoSort())
	d := g.Dijkstra("undershorts")
	fmt.Println(d)
	grid := Graph{}
	for i := 0; i < 6; i++ {
		for j := 0; j < 6; j++ {
			n := fmt.Sprint(i, ",", j)
			if i < 5 {
				grid.Add(n, fmt.Sprint(i+1, ",", j), (i*j)%4+1)
			}
			if j < 5 {
				grid.Add(n, fmt.Sprint(i, ",", j+1), (i+j)%3+1)
			}
		}
	}
	gd := grid.Dijkstra("0,0")
	fmt.Println(len(gd), gd["5,5"], gd["2,3"], len(grid.BFS("0,0")))
}
