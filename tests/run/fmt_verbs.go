// fmt verbs over integers, bools, strings, runes: %v %d %x %X %c %q %t %s %T %%.
package main

import "fmt"

type Level int

func main() {
	ints := []int64{0, 1, -1, 42, -42, 255, 4096, 1<<63 - 1, -1 << 63}
	for _, i := range ints {
		fmt.Printf("%v|%d|%x|%X|%T\n", i, i, i, i, i)
	}
	fmt.Printf("%d %d %d %d %d\n", int8(-128), int16(-300), int32(1e9), uint8(200), uint64(1<<64-1))
	fmt.Printf("%x %X %x %x\n", uint8(255), uint16(0xbeef), uint32(0xdeadbeef), uintptr(0x1000))
	fmt.Printf("%c%c%c %c %c\n", 'G', 'o', '!', 0x4e16, 0x1F600)
	fmt.Printf("%q %q %q\n", "hello", "tab\there", "quote\"s and \\ and \n and é and \x01")
	fmt.Printf("%t %t %v\n", true, false, true)
	fmt.Printf("%s %v %s\n", "str", "str", []string{"a", "b"})
	fmt.Printf("%x %X %x\n", "hi there", "hi", []byte{1, 171, 255})
	fmt.Printf("%d %v %s\n", Level(3), Level(4), "x")
	fmt.Printf("%T %T %T %T %T %T\n", Level(1), "s", 1.5, float32(1), 'r', byte(1))
	fmt.Printf("100%% sure, %d%%\n", 50)
	fmt.Printf("%v %d\n", []int{1, -2, 3}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint{171, 205})
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%c|%v|%d|%q\n", 'A', 'A', 'A', "A")
	fmt.Printf("%t\n", []bool{true, false})
	fmt.Printf("%s|%s\n", []byte("bytes"), [3]string{"x", "y", "z"})
	var np *int
	var ni interface{}
	fmt.Printf("%v %v %d\n", np, ni, []int(nil))
	fmt.Printf("%v|%s|%d\n", "", "", 0)
	fmt.Printf("%x\n", -255)
	fmt.Printf("%v %v\n", int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%d %d\n", 'x', "not a number")
}
