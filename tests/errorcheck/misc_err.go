// errorcheck

package main

import "fmt"

type S struct{ n int }

func (s S) Get() int { return s.n }

func two() (int, int) { return 1, 2 }

func main() {
	defer int(3) // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)"
	go len("x") // ERROR "go discards result of len\(\"x\"\) \(constant 1 of type int\)"
	var x interface{} = 1
	switch x.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch"
	case S:
	}
	switch {
	default:
	default: // ERROR "multiple defaults \(first at \./misc_err\.go:23:2\)"
	}
	fmt.Println(two())
	a := two
	_ = a
	s := S{}
	s.Get = nil // ERROR "cannot assign to s\.Get \(value of type func\(\) int\)"
	_ = S.n // ERROR "S\.n undefined \(type S has no method n\)"
	p := &s
	_ = p.Get
	var arr [3]int
	_ = arr[1:2:10] // ERROR "invalid argument: index 10 out of bounds \[0:4\]"
	_ = "abc"[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	var str string = "x"
	str[0] = 'y' // ERROR "cannot assign to str\[0\] \(value of type byte\)"
	var fp func()
	_ = fp == fp // ERROR "invalid operation: fp == fp \(func can only be compared to nil\)"
	m := map[string]int{}
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[\"a\"\] \(map index expression of type int\)"
	ch := make(chan int)
	ch <- "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in send"
	var sl []int
	_ = sl == sl // ERROR "invalid operation: sl == sl \(slice can only be compared to nil\)"
	type K struct{ s []int }
	var k1, k2 K
	_ = k1 == k2 // ERROR "invalid operation: k1 == k2 \(struct containing \[\]int cannot be compared\)"
	_ = x + 1 // ERROR "invalid operation: x \+ 1 \(mismatched types interface\{\} and int\)"
	return 1 // ERROR "too many return values"
}
