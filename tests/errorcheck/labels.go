// errorcheck

package main

func f() {
	goto L // ERROR "goto L jumps into block starting at \./labels\.go:7:2"
	{
	L:
	}
}

func g() {
	goto M // ERROR "label M not defined"
}

func h() {
L: // ERROR "label L defined and not used"
	for {
	}
L: // ERROR "label L already defined at \./labels\.go:17:1"
	for {
	}
}

func k() {
	for {
		break X // ERROR "break label not defined: X"
	}
X: // ERROR "label X defined and not used"
	for {
		continue Y // ERROR "continue label not defined: Y"
	}
Y:
	switch {
	default:
		continue Y // ERROR "invalid continue label Y"
	}
	goto Y
}

func loop() {
	for i := 0; i < 3; i++ {
		func() {
			break // ERROR "break is not in a loop, switch, or select"
		}()
	}
}

func main() {
	var x interface{} = 1
	switch y := x.(type) {
	case int, string:
		_ = y + 1 // ERROR "invalid operation: y \+ 1 \(mismatched types interface\{\} and int\)"
	}
	switch _ := x.(type) { // ERROR "no new variable on left side of :="
	}
	switch x := 5; x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	select {
	}
}
