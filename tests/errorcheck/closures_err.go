// errorcheck

package main

import "fmt"

func main() {
	x := 1
	f := func() {
		y := 2 // ERROR "y declared but not used"
		x = 3
	}
	g := func() int {
		if x > 0 {
			return 1
		}
	} // ERROR "missing return"
	h := func(a int) (b int) {
		a = 2
		return
	}
	var unused int // ERROR "unused declared but not used"
	for i := 0; i < 3; i++ {
		j := i // ERROR "j declared but not used"
	}
	for k, v := range []int{1} { // ERROR "k declared but not used" "v declared but not used"
	}
	if z := 1; true { // ERROR "z declared but not used"
	}
	defer func() {
		recover()
	}()

	var fn func(int)
	fn = func(s string) {} // ERROR "cannot use func\(s string\) \{\} \(value of type func\(s string\)\) as type func\(int\) in assignment"
	fmt.Println(f, g, h, fn)
	var p struct{ a int }
	p.b = 1 // ERROR "p\.b undefined \(type struct\{a int\} has no field or method b\)"
	var q interface{ M() }
	q.N() // ERROR "q\.N undefined \(type interface\{M\(\)\} has no field or method N\)"
	_ = fmt.Sprintf("%d", 1, 2)
	type local int
	var l local = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as local value in variable declaration"
	_ = l
}
