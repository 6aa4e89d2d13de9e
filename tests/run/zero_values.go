// Zero values of every kind of type, printed with fmt and println.
package main

import "fmt"

type Inner struct {
	N int
	S string
}

type All struct {
	B   bool
	I   int
	I8  int8
	U64 uint64
	F   float64
	F32 float32
	S   string
	A   [2]int
	Sl  []int
	P   *int
	In  Inner
	M   map[string]int
	E   error
	Any interface{}
	Fn  func()
}

var global All

func main() {
	var a All
	fmt.Println(a.B, a.I, a.I8, a.U64, a.F, a.F32, a.S == "", a.A, a.Sl, a.P, a.In, a.M, a.E, a.Any, a.Fn == nil)
	fmt.Printf("%v|%q|%d|%v\n", a.In, a.S, a.A, a.Sl == nil)
	fmt.Println(global.I == 0, global.P == nil, len(global.M), global.M["x"])
	var arr [3]Inner
	fmt.Println(arr)
	var m map[Inner]bool
	fmt.Println(m[Inner{1, "x"}], len(m))
	var p *All
	fmt.Println(p == nil)
	s := make([]All, 2)
	fmt.Println(s[1].In, s[1].Sl == nil)
	var i int
	var f float64
	var str string
	var b bool
	println(i, f, str, b)
	// Zeroing by assignment.
	x := Inner{5, "five"}
	x = Inner{}
	fmt.Println(x)
	y := [4]int{1, 2, 3, 4}
	y = [4]int{}
	fmt.Println(y)
	// Locals in loops start at zero each iteration.
	for k := 0; k < 3; k++ {
		var acc int
		var buf [2]byte
		acc += k
		buf[k%2] = byte('a' + k)
		fmt.Println(acc, buf)
	}
}
