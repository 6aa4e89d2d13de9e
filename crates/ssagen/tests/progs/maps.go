package main

type K struct {
	a int
	b string
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	v, ok := m["z"]
	println(len(m), m["a"], v, ok)
	delete(m, "b")
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	for k := range m {
		_ = k
	}
	mk := make(map[K][]int)
	mk[K{1, "x"}] = append(mk[K{1, "x"}], 5)
	var mi map[interface{}]bool
	println(mi[3], sum, len(mk))
	mi = map[interface{}]bool{}
	mi[1.5] = true
	clear(mi)
	var nilmap map[string]int
	nilmap["x"] = 1
}
