// Combination: conversions of every phase-1 kind used together: numeric conversions
// between widths and signedness of run-time values (wrap-around, truncation toward
// zero), named types (struct conversion between identical underlying types, named
// slices and funcs), string <-> []byte / []rune (copies, invalid UTF-8), int -> string,
// big untyped constants, and conversions as map keys and in interfaces.
package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Point struct{ X, Y int }
type Vec struct{ X, Y int }

type Bytes []byte
type IntOp func(int) int

type ID uint16

const big = 1 << 100
const huge = big * big

func main() {
	// widths and signedness at run time
	vals := []int64{-1, 127, 128, 255, 256, -129, 65535, 1<<31 + 5, -1 << 40}
	for _, v := range vals {
		fmt.Println(v, int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(v))
	}
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75, -123456.999}
	for _, f := range fs {
		fmt.Println(f, int(f), int32(f), int64(f), float32(f), uint8(int(f)))
	}
	var u8 uint8 = 200
	var i8 int8 = int8(u8) // -56
	fmt.Println(i8, uint16(i8), int(u8)+int(i8), u8+u8, -i8*3)

	// named numeric types and methods
	temps := []Celsius{-40, 0, 37, 100}
	for _, c := range temps {
		f := c.ToF()
		fmt.Printf("%v %.1f %T %T\n", c, float64(f), c, f)
	}

	// struct conversion between identical underlying types
	p := Point{3, 4}
	v := Vec(p)
	v.X = 10
	fmt.Println(p, v, Point(v) == Point{10, 4})

	// named slices and func types
	bs := Bytes("héllo")
	raw := []byte(bs)
	raw[0] = 'H'
	fmt.Println(len(bs), string(bs), string(raw))
	double := IntOp(func(x int) int { return 2 * x })
	ops := map[string]IntOp{"double": double, "neg": func(x int) int { return -x }}
	fmt.Println(ops["double"](21), ops["neg"](5), func(int) int(double)(4))

	// strings, bytes and runes
	s := "a€𝄞\xff!"
	b := []byte(s)
	r := []rune(s)
	b[0] = 'A'
	r[0] = 'Z'
	fmt.Println(len(s), len(b), len(r), s, string(b), string(r))
	fmt.Println(r, []byte(string(r[1:3])))
	for _, x := range []int{65, 0x20AC, -1, 0x110000, 0xD800} {
		fmt.Printf("%q ", string(rune(x)))
	}
	fmt.Println()
	id := ID(65535)
	fmt.Println(string(rune(ID(0x263A))), strconv.Itoa(int(id+1)), strconv.Itoa(int(id)+1))

	// constants beyond 64 bits, reduced before use
	fmt.Println(big>>98, huge>>198, uint64(big>>40), float64(big))
	const third = 1.0 / 3
	fmt.Println(float32(third), float64(third), int(third*9))

	// conversions in map keys and interfaces
	counts := map[ID]int{}
	for _, x := range []int{1, 65537, 2, 65538, 1} {
		counts[ID(x)]++
	}
	fmt.Println(counts)
	var any1 interface{} = Celsius(5)
	var any2 interface{} = float64(5)
	_, isC := any1.(Celsius)
	_, isF := any1.(float64)
	fmt.Println(any1 == any2, isC, isF, any1 == interface{}(Celsius(5)))
}
