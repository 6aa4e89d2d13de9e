// errorcheck

package main

import (
	"fmt"
	str "strings" // ERROR "imported and not used: \"strings\" as str"
)

type T struct {
	a int
	a string // ERROR "a redeclared"
}

type U struct{ x int }

func (u U) x() {} // ERROR "field and method with the same name x"
func (u U) M() {}
func (u *U) M() {} // ERROR "U\.M redeclared in this block"

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

func (i I) Bad() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func (int) Foo() {} // ERROR "cannot define new methods on non-local type int"

var v1, v2 = 1 // ERROR "assignment mismatch: 2 variables but 1 value"

const c1, c2 = 1 // ERROR "missing init expr for c2"

func f(a int, a string) {} // ERROR "a redeclared in this block"

func g() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}

func init() {}

func main() {
	init() // ERROR "undefined: init"
	var main int
	_ = main
	type L struct{}
	_ = L{}
	fmt.Println(U{1, 2}, U{y: 1}, U{x: 1, x: 2}) // ERROR "too many values in U\{…\}" "unknown field 'y' in struct literal of type U" "duplicate field name x in struct literal"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
}
