// Interface comparison: dynamic type and value, nil interfaces vs nil pointers, mixed with concrete values.
package main

import (
	"errors"
	"fmt"
)

type T struct{ A, B int }
type U struct{ A, B int }
type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func mayFail(fail bool) error {
	var p *E
	if fail {
		p = &E{"failed"}
	}
	return p // non-nil interface even when p is nil
}

func realNil(fail bool) error {
	if fail {
		return &E{"failed"}
	}
	return nil
}

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = T{1, 2}, T{1, 2}
	fmt.Println(a == b)
	b = U{1, 2}
	fmt.Println(a == b)
	a, b = [2]string{"p", "q"}, [2]string{"p", "q"}
	fmt.Println(a == b)
	x, y := &T{}, &T{}
	a, b = x, y
	fmt.Println(a == b, a == interface{}(x))
	a, b = 1.5, 1.5
	fmt.Println(a == b)
	a = 0.0
	b = -a.(float64)
	fmt.Println(a == b)
	// Interface vs concrete value.
	var i interface{} = 42
	fmt.Println(i == 42, i != 43, i == "42")
	// Nil pointer inside a non-nil interface.
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	err = realNil(false)
	fmt.Println(err == nil)
	err = realNil(true)
	fmt.Println(err == nil, err.Error())
	// Errors compare by identity of the pointer.
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	// Interfaces holding structs with interface fields.
	type Box struct{ V interface{} }
	a, b = Box{1}, Box{1}
	fmt.Println(a == b)
	b = Box{"1"}
	fmt.Println(a == b)
	// Comparing different non-empty interfaces holding the same value.
	var s1 fmt.Stringer
	var e error
	fmt.Println(s1 == nil, e == nil)
	// switch on interface values uses ==.
	for _, v := range []interface{}{1, "1", 1.0, T{1, 1}, nil} {
		switch v {
		case 1:
			fmt.Println("int one")
		case "1":
			fmt.Println("string one")
		case T{1, 1}:
			fmt.Println("T one")
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("other", v)
		}
	}
}
