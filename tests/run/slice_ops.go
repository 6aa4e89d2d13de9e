// Slices: make, len/cap, copy (incl. overlap), 2- and 3-index slicing, aliasing, nil vs empty.
package main

import "fmt"

func main() {
	s := make([]int, 5, 8)
	for i := range s {
		s[i] = i * i
	}
	fmt.Println(s, len(s), cap(s))
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t, len(t), cap(t))
	u := s[1:3:4]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 100) // fits: writes s[3]
	fmt.Println(s, u)
	u = append(u, 200) // exceeds cap 3: new array
	u[0] = -1
	fmt.Println(s, u)
	// Aliasing through append with spare capacity.
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], len(a), len(b))
	// copy returns the number of elements copied.
	dst := make([]int, 3)
	n := copy(dst, []int{9, 8, 7, 6, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{1})
	fmt.Println(n, dst)
	// Overlapping copies.
	o := []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(o[2:], o)
	fmt.Println(o)
	o = []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(o, o[3:])
	fmt.Println(o)
	// copy from string.
	bs := make([]byte, 4)
	n = copy(bs, "golang")
	fmt.Println(n, bs, string(bs))
	// nil and empty slices.
	var ns []int
	es := []int{}
	fmt.Println(ns == nil, es == nil, len(ns), cap(ns), len(es), ns, es)
	ns = append(ns, 1)
	fmt.Println(ns, ns == nil)
	var ns2 []string
	for range ns2 {
		fmt.Println("unreachable")
	}
	fmt.Println(ns2[0:0] == nil, len(ns2[:0]))
	// Slices of slices.
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid, len(grid[2]))
	row := grid[1]
	row[0] = 42
	fmt.Println(grid)
	// Slicing a slice beyond len but within cap.
	w := make([]int, 2, 6)
	w2 := w[4:6]
	w2[0] = 7
	fmt.Println(w[:6], len(w2), cap(w2))
	// Full slice expression on arrays.
	arr := [6]int{0, 1, 2, 3, 4, 5}
	v := arr[2:4:5]
	v = append(v, 40)
	fmt.Println(arr, v, cap(v))
	v = append(v, 50)
	v[0] = -2
	fmt.Println(arr, v)
	// Deleting from the middle and inserting.
	d := []int{0, 1, 2, 3, 4, 5}
	d = append(d[:2], d[3:]...)
	fmt.Println(d, len(d), cap(d))
	d = append(d[:1], append([]int{9, 9}, d[1:]...)...)
	fmt.Println(d)
	// Reverse in place.
	for i, j := 0, len(d)-1; i < j; i, j = i+1, j-1 {
		d[i], d[j] = d[j], d[i]
	}
	fmt.Println(d)
	// Slices of strings and structs.
	type P struct{ N string }
	ps := []P{{"a"}, {"b"}}
	ps2 := ps
	ps2[0].N = "z"
	fmt.Println(ps, ps2)
	strs := []string{"x", "y", "z"}
	fmt.Println(strs[1:], len(strs[:0]), cap(strs[1:2]))
}
