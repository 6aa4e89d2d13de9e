// errorcheck

package main

import "fmt"

type I interface {
	M()
	N(int) string
}

type T struct{}

func (T) M() {}

type U struct{}

func (U) M()              {}
func (U) N(x int) int     { return x }

type V struct{}

func (*V) M()             {}
func (*V) N(int) string   { return "" }

type W struct{}

func (W) m()             {}
func (W) N(int) string   { return "" }

func use(i I) {}

func main() {
	use(T{}) // ERROR "cannot use T\{\} \(value of type T\) as type I in argument to use:"
	use(U{}) // ERROR "cannot use U\{\} \(value of type U\) as type I in argument to use:"
	use(V{}) // ERROR "cannot use V\{\} \(value of type V\) as type I in argument to use:"
	use(&V{})
	use(W{}) // ERROR "cannot use W\{\} \(value of type W\) as type I in argument to use:"
	var i I
	_ = i.(T) // ERROR "impossible type assertion: i\.\(T\)"
	var e interface{} = 1
	_ = e.(int)
	n := 5
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	var err error = "x" // ERROR "cannot use \"x\" \(constant of type string\) as type error in variable declaration:"
	fmt.Println(err)
	var f float64 = 1
	var j int = f // ERROR "cannot use f \(variable of type float64\) as type int in variable declaration"
	_ = j
	var p *int = &n
	var q *float64 = p // ERROR "cannot use p \(variable of type \*int\) as type \*float64 in variable declaration"
	_ = q
	var bs []byte = "abc" // ERROR "cannot use \"abc\" \(untyped string constant\) as \[\]byte value in variable declaration"
	_ = bs
	var st struct{ a int } = struct{ b int }{1} // ERROR "cannot use struct\{b int\}\{…\} \(value of type struct\{b int\}\) as type struct\{a int\} in variable declaration"
	_ = st
}
