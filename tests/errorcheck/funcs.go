// errorcheck

package main

import "fmt"

func variadic(a int, rest ...string) {}

func multi() (int, string, error) { return 0, "", nil }

func take(a int, b string) {}

func main() {
	variadic() // ERROR "not enough arguments in call to variadic"
	variadic(1, 2) // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to variadic"
	variadic(1, "a", "b")
	variadic(1, []string{"a"}...)
	variadic(1, "a", []string{"a"}...) // ERROR "too many arguments in call to variadic"
	take(multi()) // ERROR "too many arguments in call to take"
	take(1, 2) // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to take"
	take("a", "b") // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to take"
	fmt.Println(multi())
	f := fmt.Println
	f(1)
	var g func(int) int
	g = func(s string) int { return 0 } // ERROR "cannot use func\(s string\) int \{…\} \(value of type func\(s string\) int\) as type func\(int\) int in assignment"
	g("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to g"
	len := 3
	_ = len
	h := func() {}
	h(1) // ERROR "too many arguments in call to h"
	var m map[string]int
	m.foo() // ERROR "m\.foo undefined \(type map\[string\]int has no field or method foo\)"
	var p *int
	p.x = 1 // ERROR "p\.x undefined \(type \*int has no field or method x\)"
	fmt.Printf("%d\n", 1, 2)
	_ = append([]int{}, "a") // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to append"
	_ = append() // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = copy([]int{}, "ab") // ERROR "invalid argument: arguments to copy \[\]int\{\} \(value of type \[\]int\) and \"ab\" \(untyped string constant\) have different element types int and byte"
	_ = new(int, 5) // ERROR "invalid operation: too many arguments for new\(int, 5\) \(expected 1, found 2\)"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	print(nil) // ERROR "use of untyped nil in argument to print"
	recover(1) // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
}
