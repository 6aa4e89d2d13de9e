package main

func main() {
	m := map[int]int{}
	for i := 0; i < 10000; i++ {
		m[i*7] = i
	}
	println(len(m), m[700], m[701])
	v, ok := m[14]
	println(v, ok)
	_, ok = m[15]
	println(ok)
	for i := 0; i < 10000; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	sum, cnt := 0, 0
	for k, v := range m {
		sum += k + v
		cnt++
	}
	println(cnt, sum)
	n := 0
	for k := range m {
		delete(m, k)
		n++
	}
	println(n, len(m))

	s := map[string]int{}
	for _, w := range []string{"a", "bb", "ccc", "a", "bb", "a"} {
		s[w]++
	}
	println(len(s), s["a"], s["bb"], s["ccc"], s["zz"])

	f := map[float64]int{}
	z := 0.0
	nan := z / z
	f[nan] = 1
	f[nan] = 2
	f[z] = 3
	f[-z] = 4
	println(len(f), f[0])
	nans := 0
	for k, v := range f {
		if k != k {
			nans += v
		}
	}
	println(nans)

	e := map[interface{}]int{}
	e[1] = 1
	e["x"] = 2
	e[1] = 3
	e[2.5] = 4
	println(len(e), e[1], e["x"], e[2.5], e[nil])

	var nm map[string]int
	println(nm["q"], len(nm))
	delete(nm, "q")

	g := map[int]int{}
	for i := 0; i < 100; i++ {
		g[i] = i
	}
	seen := map[int]int{}
	for k := range g {
		seen[k]++
		if k < 100 {
			g[k+1000] = 1
		}
	}
	dup, orig := 0, 0
	for k, c := range seen {
		if c > 1 {
			dup++
		}
		if k < 100 {
			orig++
		}
	}
	println("dups", dup, "orig", orig, len(g))
}
