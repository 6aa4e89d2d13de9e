// Every statement form.
package main

import "fmt"

func f() int { return 1 }

func stmts(ch chan int, m map[string]int, xs []int) (res int) {
	// declarations in functions
	var a int
	const c = 2
	type local struct{ v int }
	var (
		b, d = 1, 2
		e    float64
	)
	_ = local{v: 1}

	// simple statements
	a = 1
	a, b = b, a
	n := 3
	n, k := 4, 5
	a += 2
	a -= 1
	a *= 3
	a /= 2
	a %= 5
	a &= 7
	a |= 8
	a ^= 1
	a <<= 2
	a >>= 1
	a &^= 4
	a++
	a--
	ch <- a
	<-ch
	f()
	;
	_, _, _, _, _ = c, d, e, n, k

	// if / else
	if a > 0 {
		a = 0
	} else if b := a; b < 0 {
		a = -b
	} else {
		a = 1
	}
	if v, ok := m["k"]; ok {
		_ = v
	}

	// for loops
	for {
		break
	}
	for a < 10 {
		a++
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for ; a < 20; {
		a++
	}
	for i := 0; i < 3; {
		i++
	}
	for ;; {
		break
	}
	for i, x := range xs {
		_, _ = i, x
	}
	for i := range xs {
		_ = i
	}
	for range xs {
	}
	var i, x int
	for i, x = range xs {
	}
	for i = range xs {
	}
	_, _ = i, x
	for k, v := range map[string]int{"a": 1} {
		_, _ = k, v
	}
	for _, x := range []int{1, 2} {
		_ = x
	}

	// switch
	switch a {
	case 1, 2:
		a = 3
		fallthrough
	case 3:
	default:
		a = 0
	}
	switch {
	case a > 1:
	}
	switch x := f(); x {
	case 1:
	}
	switch b := 1; {
	case b > 0:
	}
	var iface interface{} = a
	switch v := iface.(type) {
	case int, int64:
		_ = v
	case []string, map[string]int, *int, func(), chan int, struct{}:
	case nil:
	default:
	}
	switch iface.(type) {
	}

	// select
	select {
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	case <-ch:
	default:
	}
	select {}

	// go, defer
	go f()
	go func() {}()
	defer f()
	defer func(x int) {}(1)

	// labels and branches
outer:
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			if j == 1 {
				continue outer
			}
			if i == 1 {
				break outer
			}
		}
	}
	goto end
end:
	{
		res = 1
	}
	{
	}
empty:
	;
	goto empty
	return res
}

func main() {
	fmt.Println(stmts(make(chan int, 10), nil, nil))
}
