// errorcheck

package main

import "fmt"

type Animal interface {
	Sound() string
}

type Named interface {
	Animal
	Name() string
}

type Dog struct{}

func (d *Dog) Sound() string { return "woof" }

type Cat struct{}

func (Cat) Sound() string { return "meow" }

func get() *Dog { return nil }

func main() {
	var a Animal = Dog{} // ERROR "cannot use Dog\{\} \(value of type Dog\) as type Animal in variable declaration:"
	var n Named = Cat{} // ERROR "cannot use Cat\{\} \(value of type Cat\) as type Named in variable declaration:"
	var x interface{} = 1
	switch x.(type) {
	case Animal:
	}
	var an Animal = Cat{}
	switch an.(type) {
	case *Dog, Dog: // ERROR "impossible type switch case: Dog"
	}
	_ = an.(Dog) // ERROR "impossible type assertion: an\.\(Dog\)"
	f := func() {}
	_ = f == nil
	_ = f != f // ERROR "invalid operation: f != f \(func can only be compared to nil\)"
	_ = Cat{}.Sound
	_ = Dog{}.Sound // ERROR "cannot call pointer method Sound on Dog"
	if v := 1; v > 0 {
		v := "s" // ERROR "v declared but not used"
	} else {
		_ = v
	}
	var arr [3]int
	_ = arr[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = arr[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	i := 5
	_ = arr[i]
	const idx = 10
	_ = arr[idx] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
	s := "hi"
	_ = s[5]
	var p *[3]int
	_ = p[4] // ERROR "invalid argument: index 4 out of bounds \[0:3\]"
	_ = fmt.Sprintf
	var u8 uint8 = 255
	u8 += 1
	_ = u8 + 256 // ERROR "256 \(untyped int constant\) overflows uint8"
	_ = a
	_ = n
	type T struct{}
	var t T
	t() // ERROR "invalid operation: cannot call non-function t \(variable of type T\)"
	var m map[T]int
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as T value in map index"
	var ch chan int
	_ = <-ch + "x" // ERROR "invalid operation: <-ch \+ \"x\" \(mismatched types int and untyped string\)"
	var b bool = 1 < 2
	_ = b + true // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = -"x" // ERROR "invalid operation: operator - not defined on \"x\" \(untyped string constant\)"
	_ = ^1.5 // ERROR "invalid operation: operator \^ not defined on 1\.5 \(untyped float constant\)"
}
