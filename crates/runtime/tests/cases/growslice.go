package main

type T3 [3]byte
type T24 [3]int
type T40 struct{ a, b, c, d, e int }
type P struct{ p *int }

func main() {
	var a []byte
	prev := -1
	for i := 0; i < 5000; i++ {
		a = append(a, 1)
		if cap(a) != prev {
			println("1", len(a), cap(a))
			prev = cap(a)
		}
	}
	var b []int
	prev = -1
	for i := 0; i < 5000; i++ {
		b = append(b, i)
		if cap(b) != prev {
			println("8", len(b), cap(b))
			prev = cap(b)
		}
	}
	var c []T3
	prev = -1
	for i := 0; i < 3000; i++ {
		c = append(c, T3{})
		if cap(c) != prev {
			println("3", len(c), cap(c))
			prev = cap(c)
		}
	}
	var d []T24
	prev = -1
	for i := 0; i < 3000; i++ {
		d = append(d, T24{})
		if cap(d) != prev {
			println("24", len(d), cap(d))
			prev = cap(d)
		}
	}
	var e []T40
	prev = -1
	for i := 0; i < 3000; i++ {
		e = append(e, T40{})
		if cap(e) != prev {
			println("40", len(e), cap(e))
			prev = cap(e)
		}
	}
	var p []P
	prev = -1
	for i := 0; i < 100; i++ {
		p = append(p, P{})
		if cap(p) != prev {
			println("P", len(p), cap(p))
			prev = cap(p)
		}
	}
	big := make([]int, 1000)
	var f []int
	f = append(f, big...)
	println("bulk", len(f), cap(f))
	g := make([]int, 3, 5)
	g = append(g, 1, 2, 3, 4, 5, 6, 7, 8)
	println("bulk2", len(g), cap(g), g[0], g[10])
	h := make([]byte, 700)
	h = append(h, 1)
	println("bulk3", len(h), cap(h))
}
