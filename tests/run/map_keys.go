// Map keys of every comparable kind: structs, arrays, strings, floats (NaN, -0), interfaces, pointers, bools.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	P    Point
	Tag  [2]byte
}

func main() {
	pm := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	pm[Point{1, 2}] = "A"
	fmt.Println(len(pm), pm[Point{1, 2}], pm[Point{3, 4}], pm[Point{0, 0}] == "")

	km := map[Key]int{}
	km[Key{"x", Point{1, 1}, [2]byte{'a', 'b'}}] = 1
	km[Key{"x", Point{1, 1}, [2]byte{'a', 'c'}}] = 2
	km[Key{"x", Point{1, 1}, [2]byte{'a', 'b'}}] += 10
	fmt.Println(len(km), km[Key{"x", Point{1, 1}, [2]byte{'a', 'b'}}])

	am := map[[3]int]bool{}
	am[[3]int{1, 2, 3}] = true
	_, ok1 := am[[3]int{1, 2, 3}]
	_, ok2 := am[[3]int{3, 2, 1}]
	fmt.Println(ok1, ok2)

	sm := map[string]int{}
	long := ""
	for i := 0; i < 100; i++ {
		long += "x"
		sm[long] = i
	}
	fmt.Println(len(sm), sm["xxxxx"], sm[long], sm[""])
	sm[""] = -1
	fmt.Println(sm[""], len(sm))

	fm := map[float64]string{}
	fm[0.1] = "tenth"
	fm[0.0] = "zero"
	negZero := 0.0
	negZero = -negZero
	fm[negZero] = "negative zero overwrites zero"
	nan := math.NaN()
	fm[nan] = "nan1"
	fm[nan] = "nan2"
	_, nanFound := fm[nan]
	fmt.Println(len(fm), fm[0], fm[0.1], nanFound)
	nanCount := 0
	for k, v := range fm {
		if k != k {
			nanCount++
			_ = v
		}
	}
	fmt.Println("NaN keys:", nanCount)
	delete(fm, nan)
	fmt.Println("after delete(NaN):", len(fm))

	im := map[interface{}]string{}
	im[1] = "int 1"
	im[int64(1)] = "int64 1"
	im[1.0] = "float 1"
	im["1"] = "string 1"
	im[Point{1, 1}] = "point"
	im[[2]int{1, 1}] = "array"
	im[true] = "bool"
	im[nil] = "nil"
	fmt.Println(len(im), im[1], im[int64(1)], im[float64(1)], im["1"], im[Point{1, 1}], im[[2]int{1, 1}], im[true], im[nil])
	_, ok := im[int8(1)]
	fmt.Println(ok)

	type Shape interface{ Area() float64 }
	var e1, e2 error
	em := map[error]int{e1: 1}
	em[e2]++
	fmt.Println(len(em), em[nil])

	p1, p2 := &Point{1, 1}, &Point{1, 1}
	ptrm := map[*Point]int{p1: 1, p2: 2}
	fmt.Println(len(ptrm), ptrm[p1], ptrm[p2])

	bm := map[bool]int{true: 1, false: 0}
	bm[1 > 0] += 10
	fmt.Println(bm)

	rm := map[rune]int{}
	for _, r := range "hello, wörld" {
		rm[r]++
	}
	var rs []string
	for r, n := range rm {
		rs = append(rs, fmt.Sprintf("%c=%d", r, n))
	}
	sort.Strings(rs)
	fmt.Println(rs)

	u8 := map[uint8]int{}
	for i := 0; i < 1000; i++ {
		u8[uint8(i)]++
	}
	fmt.Println(len(u8), u8[0], u8[255], u8[231])
}
