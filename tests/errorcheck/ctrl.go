// errorcheck

package main

func f(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func g(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func h(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func k(x int) int {
	panic("no")
}

func l(x int) (r int) {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func main() {
	for i := 0; i < 10; i++ {
		continue
	}
	continue // ERROR "continue is not in a loop"
	fallthrough // ERROR "fallthrough statement out of place"
	switch {
	case true:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	x := 1
	switch x {
	case 1:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case "a": // ERROR "cannot convert \"a\" \(untyped string constant\) to int"
	}
	var t interface{} = x
	switch t.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	switch y := t.(type) { // ERROR "y declared but not used"
	case int:
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	goto L // ERROR "goto L jumps over declaration of v at \./ctrl\.go:66:4"
	v := 3
L:
	_ = v
M:
	for {
		break M
	}
N:
	x++
	break N // ERROR "invalid break label N"
	for {
		continue M // ERROR "invalid continue label M"
	}
}
