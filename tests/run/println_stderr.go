// print and println write to stderr; fmt writes to stdout. Exit status 0.
package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Println("stdout line 1")
	println("println:", 1, -2, true, false, "str")
	print("print:", 1, 2, "no spaces", "\n")
	println(int8(-8), int16(-16), int32(-32), int64(-64), uint8(8), uint16(16), uint32(32), uint64(64), uintptr(99))
	println(1.5, -0.25, 1e100, float32(2.5))
	println('a', 'é', byte('b'))
	var s []int
	println(len(s), cap(s), s == nil)
	println()
	println("")
	print()
	print("a", "b", 1, 2, true, "\n")
	println("unicode: 日本語 é")
	var m map[string]int
	println(m == nil, len(m))
	t := T{5}
	println(t.A)
	fmt.Println("stdout line 2")
	var e error
	println(e == nil)
	println("last")
}
