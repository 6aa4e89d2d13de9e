// GC reachability: objects kept alive only through interior pointers (a pointer to an
// array element or struct field), sub-slices, substrings, interface values, closures,
// map keys and values, and pointers stored in heap-allocated arrays of structs; heavy
// allocation churn runs many collections in between, then every object is verified.
package main

import (
	"fmt"
	"strings"
)

type rec struct {
	id    int
	data  [16]int
	label string
}

type holder struct {
	pad  int
	elem *int    // interior pointer into a rec's array
	fld  *string // interior pointer to a rec's field
}

func mkrec(i int) *rec {
	r := &rec{id: i, label: strings.Repeat("x", i%7) + fmt.Sprint(i)}
	for k := range r.data {
		r.data[k] = i*100 + k
	}
	return r
}

var (
	holders []holder
	subs    [][]int
	strs    []string
	ifaces  []interface{}
	funcs   []func() int
	byKey   = map[string]*rec{}
)

func churn(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]int, 64+i%300)
		b[len(b)-1] = i
		s += b[len(b)-1]
		m := map[int]string{i: "g"}
		s += len(m[i])
	}
	return s
}

func main() {
	const N = 3000
	for i := 0; i < N; i++ {
		r := mkrec(i)
		holders = append(holders, holder{elem: &r.data[i%16], fld: &r.label})
		big := make([]int, 1000)
		for k := range big {
			big[k] = i + k
		}
		subs = append(subs, big[500:501:502])
		strs = append(strs, (strings.Repeat("ab", 200) + fmt.Sprint(i))[398:])
		ifaces = append(ifaces, mkrec(i+N))
		r2 := mkrec(i + 2*N)
		funcs = append(funcs, func() int { return r2.data[3] })
		byKey[fmt.Sprint("k", i)] = mkrec(i + 3*N)
		if i%100 == 0 {
			churn(2000)
		}
	}
	churn(200000)
	bad := 0
	for i := 0; i < N; i++ {
		h := holders[i]
		if *h.elem != i*100+i%16 || !strings.HasSuffix(*h.fld, fmt.Sprint(i)) {
			bad++
		}
		if subs[i][0] != i+500 || cap(subs[i]) != 2 {
			bad++
		}
		if strs[i] != "ab"+fmt.Sprint(i) {
			bad++
		}
		if r := ifaces[i].(*rec); r.id != i+N || r.data[15] != (i+N)*100+15 {
			bad++
		}
		if funcs[i]() != (i+2*N)*100+3 {
			bad++
		}
		if r := byKey[fmt.Sprint("k", i)]; r == nil || r.id != i+3*N || r.data[0] != (i+3*N)*100 {
			bad++
		}
	}
	fmt.Println("objects", N*6, "bad", bad, len(byKey))
}
