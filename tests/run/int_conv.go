// Integer conversions: truncation, sign and zero extension, uintptr, rune and byte.
package main

import "fmt"

//go:noinline
func big() int64 { return 0x123456789abcdef0 }

//go:noinline
func neg() int64 { return -2 }

func main() {
	v := big()
	fmt.Println(int8(v), int16(v), int32(v), int64(v))
	fmt.Println(uint8(v), uint16(v), uint32(v), uint64(v), uint(v), uintptr(v))
	n := neg()
	fmt.Println(int8(n), int16(n), int32(n), int64(n))
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n), uintptr(n))

	var s8 int8 = -1
	fmt.Println("int8 -1 ->", uint8(s8), uint16(s8), uint32(s8), uint64(s8), int64(s8))
	var u8 uint8 = 200
	fmt.Println("uint8 200 ->", int8(u8), int16(u8), int32(u8), int64(u8))
	var s16 int16 = -300
	fmt.Println("int16 -300 ->", int8(s16), uint8(s16), uint16(s16), int32(s16), uint32(s16))
	var u16 uint16 = 65000
	fmt.Println("uint16 65000 ->", int16(u16), int8(u16), uint32(u16))
	var s32 int32 = -2147483648
	fmt.Println("int32 min ->", int64(s32), uint32(s32), uint64(s32), int16(s32), -s32)
	var u32 uint32 = 0xfffffffe
	fmt.Println("uint32 ->", int32(u32), int64(u32), uint64(u32), int(u32))
	var u64 uint64 = 0xffffffffffffffff
	fmt.Println("uint64 max ->", int64(u64), int32(u64), int(u64), uint8(u64))

	var r rune = 'é'
	var b byte = 'A'
	fmt.Println("rune", r, "byte", b, byte(r), rune(b), int(r)+int(b))
	neg1 := rune(-1)
	fmt.Println(byte(300+r), neg1, uint32(neg1))

	// Chains of conversions.
	x := 1000
	fmt.Println(int(int8(x)), int(uint8(x)), int(int16(int8(x))), uint64(uint32(int32(int8(x)))))
	// Conversions between named integer types.
	type Celsius int16
	type Fahrenheit int32
	c := Celsius(-40)
	f := Fahrenheit(c*9/5 + 32)
	fmt.Println("Celsius", c, "->", f)
	// uintptr arithmetic.
	var p uintptr = 4096
	p = p*3 + 7
	fmt.Println("uintptr", p, p&^4095, p%4096, uint64(p)>>12)
	// int and uint conversions of loop values.
	sum := uint8(0)
	for i := 0; i < 300; i++ {
		sum += uint8(i)
	}
	fmt.Println("sum of uint8(i) for i<300 =", sum)
	var acc int16
	for i := int32(0); i < 100000; i += 777 {
		acc ^= int16(i)
	}
	fmt.Println("xor acc =", acc)
}
