// errorcheck

package main

func main() {
	var a [3]int
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	s := "abc"
	_ = s[10]
	_ = "abc"[7] // ERROR "invalid argument: index 7 out of bounds \[0:3\]"
	var sl []int
	_ = sl[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = a[1:10] // ERROR "invalid argument: index 10 out of bounds \[0:4\]"
	var f float64
	_ = sl[f] // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
	x := 5
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	_ = append(x, 1) // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var y int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_, _ = a, b
	_ = y
	var z string
	z.foo = 1 // ERROR "z\.foo undefined \(type string has no field or method foo\)"
	_ = len(5) // ERROR "invalid argument: 5 \(untyped int constant\) for len"
	const c = 10 / 0 // ERROR "invalid operation: division by zero"
	_ = 1 << 1000 // ERROR "constant shift overflow"
}
