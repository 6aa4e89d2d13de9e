// errorcheck

package main

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }

func compute() (int, error) { return 1, nil }

func main() {
	m := map[string]Base{}
	m["a"].SetID(1) // ERROR "cannot call pointer method SetID on Base"
	s := "a" * 3 // ERROR "invalid operation: \"a\" \* 3 \(mismatched types untyped string and untyped int\)"
	var f float64 = 1
	var i int = 2
	f = i // ERROR "cannot use i \(variable of type int\) as type float64 in assignment"
	n := compute() // ERROR "assignment mismatch: 1 variable but compute returns 2 values"
	fmt.Println(n) // ERROR "undefined: fmt"
	var arr []int = [3]int{1, 2, 3} // ERROR "cannot use \[3\]int\{…\} \(value of type \[3\]int\) as type \[\]int in variable declaration"
	strings.ToUpper("x") // ERROR "undefined: strings"
	var b byte = 'x'
	b = b + 300 // ERROR "300 \(untyped int constant\) overflows byte"
	t := Base{}
	t.SetID() // ERROR "not enough arguments in call to t\.SetID"
	_ = s
	_ = arr
	var err error
	if err != nil {
		return err // ERROR "too many return values"
	}
}
