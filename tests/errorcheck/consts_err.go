// errorcheck

package main

const a int8 = 100
const b = a * 2 // ERROR "a \* 2 \(constant 200 of type int8\) overflows int8"
const c uint8 = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in constant declaration \(overflows\)"
const d = 1 / 0 // ERROR "invalid operation: division by zero"
const e = 1.5
var f int = e // ERROR "cannot use e \(untyped float constant 1\.5\) as int value in variable declaration \(truncated\)"
var g uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
const h = 1 << 600 // ERROR "constant shift overflow"
var i = h >> 500
const j int64 = 1 << 63 // ERROR "cannot use 1 << 63 \(untyped int constant 9223372036854775808\) as int64 value in constant declaration \(overflows\)"
var k float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
const l = "s" + 1 // ERROR "invalid operation: \"s\" \+ 1 \(mismatched types untyped string and untyped int\)"
const m = !1 // ERROR "invalid operation: operator ! not defined on 1 \(untyped int constant\)"
var n = 10 % 2.5 // ERROR "invalid operation: operator % not defined on 10 \(untyped float constant\)"
const o = ^uint8(0) + 1 // ERROR "\^uint8\(0\) \+ 1 \(constant 256 of type uint8\) overflows uint8"
var p byte = 'a' + 200 // ERROR "cannot use 'a' \+ 200 \(untyped rune constant 297\) as byte value in variable declaration \(overflows\)"
var q = 3.0 << 2
var r = 1.5 % 2 // ERROR "invalid operation: operator % not defined on 1\.5 \(untyped float constant\)"

type Small int8

func main() {
	var s Small = 200 // ERROR "cannot use 200 \(untyped int constant\) as Small value in variable declaration \(overflows\)"
	x := 10
	var y uint8 = 256 + uint8(x) // ERROR "256 \(untyped int constant\) overflows uint8"
	z := x / 0 // ERROR "invalid operation: division by zero"
	_, _, _, _ = s, y, z, i
	const t = len("abc") * 100000000000000000000 // ERROR "100000000000000000000 \(untyped int constant\) overflows int"
	_ = t
}
