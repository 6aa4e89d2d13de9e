// Constants: untyped arbitrary precision, typed constants, iota patterns.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "x"
	x1
	x2 = iota
	x3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const huge = 1 << 200
const ratio = huge >> 198
const third = 1.0 / 3
const typed int32 = 1 << 30
const big = 12345678901234567890
const s = "const" + "ant"
const r = 'x' + 1
const fl = 2.5e-3 * 4e3

func main() {
	fmt.Println(Sunday, Tuesday, Saturday, Saturday-Monday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC, (FlagA|FlagB|FlagD)&^FlagB)
	fmt.Println(ratio, third, typed, uint64(big), big/1e10, s, r, string(rune(r)), fl)
	fmt.Println(huge/(huge>>3), float64(huge))
	const local = len("hello")
	var arr [local]int
	fmt.Println(len(arr), local*2)
	// Constant expressions evaluated exactly before conversion.
	const precise = (1 << 62) * 4 / 8
	fmt.Println(precise, int64(precise))
	const f = 0.1 + 0.2
	fmt.Println(f == 0.3, float32(f))
	var v float64 = 0.1
	fmt.Println(v+0.2 == 0.3)
	// Typed constants and defaults.
	const i8 int8 = -128
	var u = 'a'
	var d = 1.0
	fmt.Printf("%T %T %T %T %T\n", i8, u, d, third, big/1e10)
	var v8 int8 = i8
	fmt.Println(-v8, v8-1)
	const maxU64 = ^uint64(0)
	const maxI64 = int64(maxU64 >> 1)
	fmt.Println(maxU64, maxI64, -maxI64-1)
	// Weekday arithmetic with constants.
	day := Friday
	day = (day + 3) % 7
	fmt.Println(day, day == Monday)
}
