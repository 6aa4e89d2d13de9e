// Multiple results, named results, bare returns, swap, results passed to calls.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs []int) (min, max int) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func three() (string, int, bool) { return "three", 3, true }

func swap(a, b string) (string, string) { return b, a }

func sum(a, b int) int { return a + b }

func named() (x, y int, s string) {
	x = 1
	defer func() { y = 2 }()
	s = "named"
	return x * 10, y, s
}

func lookup(key string) (val int, ok bool) {
	switch key {
	case "one":
		return 1, true
	case "two":
		val, ok = 2, true
	}
	return
}

func many() (int8, int16, int32, int64, float64, string, [2]int, []int) {
	return -1, -2, -3, -4, 5.5, "six", [2]int{7, 8}, []int{9}
}

type pair struct{ a, b int }

func mkpair() (pair, *pair) {
	p := pair{1, 2}
	return p, &p
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	lo, hi := minmax([]int{5, -3, 12, 7, 0})
	fmt.Println(lo, hi)
	fmt.Println(minmax(nil))
	s, n, b := three()
	fmt.Println(s, n, b)
	x, y := swap("a", "b")
	fmt.Println(x, y)
	x, y = y, x
	fmt.Println(x, y)
	fmt.Println(sum(divmod(23, 4)))
	fmt.Println(named())
	for _, k := range []string{"one", "two", "three"} {
		v, ok := lookup(k)
		fmt.Println(k, v, ok)
	}
	_, second := divmod(9, 4)
	fmt.Println(second)
	fmt.Println(many())
	p, pp := mkpair()
	pp.a = 100
	fmt.Println(p, *pp)
	// Parallel assignment evaluates all right-hand sides first.
	i, j, k := 1, 2, 3
	i, j, k = k, i, j
	fmt.Println(i, j, k)
	arr := []int{10, 20, 30}
	idx := 0
	idx, arr[idx] = 2, 99
	fmt.Println(idx, arr)
	// Fibonacci via multiple assignment.
	a, c := 0, 1
	for t := 0; t < 20; t++ {
		a, c = c, a+c
	}
	fmt.Println(a)
}
