// errorcheck

package main

import "os" // ERROR "imported and not used: \"os\""
import "fmt" // ERROR "imported and not used: \"fmt\""

func f() int {
	for {
		break
	}
} // ERROR "missing return"

func g(a int, b string) (int, string) {
	return 1 // ERROR "not enough return values"
}

func main() {
	x := 1 // ERROR "x declared but not used"
	var y int
	var s string = y // ERROR "cannot use y \(variable of type int\) as type string in variable declaration"
	s = 3 // ERROR "cannot use 3 \(untyped int constant\) as string value in assignment"
	y, z := 1, 2 // ERROR "z declared but not used"
	y := 2 // ERROR "no new variables on left side of :="
	g(1) // ERROR "not enough arguments in call to g"
	g(1, "a", 3) // ERROR "too many arguments in call to g"
	q // ERROR "undefined: q"
	var x int // ERROR "x redeclared in this block"
	if y { // ERROR "non-boolean condition in if statement"
	}
	break // ERROR "break is not in a loop, switch, or select"
L: // ERROR "label L defined and not used"
	for {
		continue
	}
	var i8 int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	const c byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in constant declaration \(overflows\)"
	_ = c
	_ = i8
	_ = s
	_ = !y // ERROR "invalid operation: operator ! not defined on y \(variable of type int\)"
	_ = 1 + "a" // ERROR "invalid operation: 1 \+ \"a\" \(mismatched types untyped int and untyped string\)"
	_ = y + s // ERROR "invalid operation: y \+ s \(mismatched types int and string\)"
}
