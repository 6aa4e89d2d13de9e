// errorcheck

package main

import "fmt"
import "strings"

type T struct{ x int }
func (t *T) M() {}
func (t T) V() {}

func main() {
	fmt.newPrinter() // ERROR "undefined: fmt\.newPrinter"
	_ = strings.foo // ERROR "undefined: strings\.foo"
	T{}.M() // ERROR "cannot call pointer method M on T"
	var i interface{ M() } = T{} // ERROR "cannot use T\{\} \(value of type T\) as type interface\{M\(\)\} in variable declaration:"
	_ = i
	var p *T
	p.y = 1 // ERROR "p\.y undefined \(type \*T has no field or method y\)"
	_ = T.M // ERROR "cannot call pointer method M on T"
	_ = T.z // ERROR "T\.z undefined \(type T has no field or method z\)"
	_ = fmt.Println
	_ = fmt // ERROR "use of package fmt not in selector"
	len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len(1, 2) // ERROR "invalid operation: too many arguments for len\(1, 2\) \(expected 1, found 2\)"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = new(5) // ERROR "5 is not a type"
	f := 1.5
	_ = int(f) << 2
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	var s uint = 2
	var fl float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	_ = fl
	_ = string(65.0) // ERROR "cannot convert 65\.0 \(untyped float constant 65\) to type string"
	_ = []int(nil) == nil
	var m map[[]int]int // ERROR "invalid map key type \[\]int"
	_ = m
}
