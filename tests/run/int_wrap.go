// Wrap-around of every sized integer type on + - * and ++/--.
package main

import "fmt"

//go:noinline
func id8(x int8) int8 { return x }

//go:noinline
func idu8(x uint8) uint8 { return x }

func main() {
	var a8 int8 = 127
	a8++
	fmt.Println("int8 127+1 =", a8)
	a8 = -128
	a8--
	fmt.Println("int8 -128-1 =", a8)
	fmt.Println("int8 100*3 =", id8(100)*3, " -128*-1 =", id8(-128)*-1)

	var a16 int16 = 32767
	a16 += 2
	fmt.Println("int16 32767+2 =", a16)
	a16 = 300
	a16 *= 300
	fmt.Println("int16 300*300 =", a16)

	var a32 int32 = 2147483647
	a32++
	fmt.Println("int32 max+1 =", a32)
	a32 = 65536
	a32 *= 65536
	fmt.Println("int32 65536*65536 =", a32)
	a32 = 46341
	fmt.Println("int32 46341^2 =", a32*a32)

	var a64 int64 = 9223372036854775807
	a64++
	fmt.Println("int64 max+1 =", a64)
	a64 = 3037000500
	fmt.Println("int64 3037000500^2 =", a64*a64)

	var ai int = -9223372036854775808
	ai--
	fmt.Println("int min-1 =", ai)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	fmt.Println("uint8 16*17 =", idu8(16)*17, " 200+100 =", idu8(200)+100)

	var u16 uint16 = 0
	u16 -= 1
	fmt.Println("uint16 0-1 =", u16)
	u16 = 40000
	u16 += 40000
	fmt.Println("uint16 40000+40000 =", u16)

	var u32 uint32 = 4294967295
	u32 += 10
	fmt.Println("uint32 max+10 =", u32)
	u32 = 123456789
	u32 *= 987654321
	fmt.Println("uint32 123456789*987654321 =", u32)

	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64 max+1 =", u64)
	u64 = 0xdeadbeefcafebabe
	u64 *= 0x9e3779b97f4a7c15
	fmt.Println("uint64 mul =", u64)

	var u uint = 0
	u--
	fmt.Println("uint 0-1 =", u)

	var up uintptr = 0
	up--
	fmt.Println("uintptr 0-1 =", up)
	up += 2
	fmt.Println("uintptr +2 =", up)

	// Unary minus wraps too.
	var m8 int8 = -128
	fmt.Println("-int8(-128) =", -m8)
	var m64 int64 = -9223372036854775808
	fmt.Println("-int64 min =", -m64)
	var mu uint32 = 1
	fmt.Println("-uint32(1) =", -mu)

	// Bitwise complement.
	fmt.Println("^int8(0) =", ^id8(0), " ^uint8(0) =", ^idu8(0), " ^uint16(14464) =", ^u16)

	// Accumulating hash in uint32 (FNV-1a).
	h := uint32(2166136261)
	for _, c := range []byte("hello, world") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32a =", h)
	h64 := uint64(14695981039346656037)
	for _, c := range []byte("hello, world") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println("fnv64a =", h64)
}
