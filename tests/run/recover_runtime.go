// Run-time errors are recoverable panics whose values are errors with Go's messages.
package main

import (
	"fmt"
	"strconv"
)

type I interface{ M() }

type T struct{ x int }

func (T) M() {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error: %s\n", name, err.Error())
		} else {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

//go:noinline
func n(s string) int {
	v, _ := strconv.Atoi(s)
	return v
}

func main() {
	s := []int{1, 2, 3}
	str := "hey"
	var arr [4]int
	try("index", func() { _ = s[n("5")] })
	try("negative index", func() { _ = s[n("-1")] })
	try("array index", func() { arr[n("4")] = 1 })
	try("string index", func() { _ = str[n("3")] })
	try("slice high", func() { _ = s[:n("4")] })
	try("slice low>high", func() { _ = s[n("2"):n("1")] })
	try("slice low>len", func() { _ = s[n("4"):] })
	try("string slice", func() { _ = str[:n("9")] })
	try("3-index max", func() { _ = s[:1:n("8")] })
	try("3-index mid", func() { _ = s[:n("3"):2] })
	try("3-index low", func() { _ = s[n("3"):2:3] })
	try("nil map", func() {
		var m map[string]int
		m["k"] = 1
	})
	try("divide", func() { _ = 10 / n("0") })
	try("modulo", func() { _ = 10 % n("0") })
	try("nil pointer", func() {
		var p *T
		_ = p.x
	})
	try("nil slice index", func() {
		var ns []int
		ns[0] = 1
	})
	try("type assertion", func() {
		var e interface{} = "str"
		_ = e.(int)
	})
	try("iface assertion", func() {
		var e interface{} = 5
		_ = e.(I)
	})
	try("nil iface assertion", func() {
		var i I
		_ = i.(T)
	})
	try("nil iface to iface", func() {
		var i I
		_ = i.(fmt.Stringer)
	})
	try("shift", func() { _ = 1 << n("-2") })
	try("makeslice", func() { _ = make([]int, n("-3")) })
	try("uncomparable", func() {
		var a, b interface{} = []int{}, []int{}
		_ = a == b
	})
	try("unhashable", func() {
		m := map[interface{}]int{}
		m[[]int{}] = 1
	})
	try("no panic", func() {})
	fmt.Println("survived")
}
