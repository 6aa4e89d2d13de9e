package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	b int64
	c int8
}

type B struct {
	x int32
	y struct{}
}

type C struct {
	s  string
	b  byte
	sl []int
	i  interface{}
	e  error
	m  map[int]int
	f  func()
	p  *int
	c  complex64
	d  [3]int16
}

type D struct {
	A
	*B
	z [0]int64
}

type E struct {
	a int8
	b [0]int64
}

type F struct{}

type G struct {
	f float32
	g float64
	h uint16
	r rune
}

var sizes = [...]uintptr{
	unsafe.Sizeof(A{}), unsafe.Alignof(A{}), unsafe.Offsetof(A{}.b), unsafe.Offsetof(A{}.c),
	unsafe.Sizeof(B{}), unsafe.Alignof(B{}), unsafe.Offsetof(B{}.y),
	unsafe.Sizeof(C{}), unsafe.Alignof(C{}), unsafe.Offsetof(C{}.b), unsafe.Offsetof(C{}.sl), unsafe.Offsetof(C{}.i),
	unsafe.Offsetof(C{}.e), unsafe.Offsetof(C{}.m), unsafe.Offsetof(C{}.f), unsafe.Offsetof(C{}.p), unsafe.Offsetof(C{}.c), unsafe.Offsetof(C{}.d),
	unsafe.Sizeof(D{}), unsafe.Alignof(D{}), unsafe.Offsetof(D{}.z),
	unsafe.Sizeof(E{}), unsafe.Offsetof(E{}.b),
	unsafe.Sizeof(F{}), unsafe.Alignof(F{}),
	unsafe.Sizeof(G{}), unsafe.Offsetof(G{}.g), unsafe.Offsetof(G{}.h), unsafe.Offsetof(G{}.r),
	unsafe.Sizeof([5]A{}), unsafe.Sizeof(complex128(0)), unsafe.Alignof(complex128(0)),
}

func main() {
	for _, s := range sizes {
		fmt.Println(s)
	}
}
