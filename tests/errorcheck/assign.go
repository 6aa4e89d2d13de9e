// errorcheck

package main

type T struct{ x int }

func two() (int, int) { return 1, 2 }
func one() int       { return 1 }
func none()          {}

var m = map[string]T{}

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var c, d = two(), 1 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	const k = 10
	k = 5 // ERROR "cannot assign to k \(untyped int constant 10\)"
	one() = 3 // ERROR "cannot assign to one\(\) \(value of type int\)"
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\]\.x in map"
	var e int
	e, f := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _, _ = a, b, c, d, e
	_ = f
	x := none() // ERROR "none\(\) \(no value\) used as value"
	var y int = two() // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	g := 1
	g() // ERROR "invalid operation: cannot call non-function g \(variable of type int\)"
	var s string
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	s += 1 // ERROR "invalid operation: s \+= 1 \(mismatched types string and untyped int\)"
	var i int
	i += "a" // ERROR "invalid operation: i \+= \"a\" \(mismatched types int and untyped string\)"
	_ = x
	_ = y
	none = nil // ERROR "cannot assign to none \(value of type func\(\)\)"
	_ = nil // ERROR "use of untyped nil in assignment to _ identifier"
	h := nil // ERROR "use of untyped nil in assignment"
	_ = h
}
