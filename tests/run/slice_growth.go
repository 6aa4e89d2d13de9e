// append growth: cap after each append for several element sizes (Go 1.19 growth and size classes).
package main

import "fmt"

type Rec struct {
	A, B int64
	C    int32
}

type Big struct {
	Data [100]byte
}

func main() {
	var ints []int
	fmt.Print("[]int:")
	for i := 0; i < 40; i++ {
		ints = append(ints, i)
		fmt.Print(" ", cap(ints))
	}
	fmt.Println()
	last := cap(ints)
	fmt.Print("[]int changes:")
	for i := 40; i < 5000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Print(" ", len(ints), "->", last)
		}
	}
	fmt.Println()

	var bs []byte
	fmt.Print("[]byte:")
	last = -1
	for i := 0; i < 3000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			fmt.Print(" ", len(bs), "->", last)
		}
	}
	fmt.Println()

	var ss []string
	fmt.Print("[]string:")
	for i := 0; i < 40; i++ {
		ss = append(ss, "x")
		fmt.Print(" ", cap(ss))
	}
	fmt.Println()

	var rs []Rec
	fmt.Print("[]Rec:")
	for i := 0; i < 40; i++ {
		rs = append(rs, Rec{int64(i), 1, 2})
		fmt.Print(" ", cap(rs))
	}
	fmt.Println()

	var bigs []Big
	fmt.Print("[]Big:")
	for i := 0; i < 20; i++ {
		bigs = append(bigs, Big{})
		fmt.Print(" ", cap(bigs))
	}
	fmt.Println()

	// Appending several elements at once.
	var m []int
	for _, n := range []int{3, 5, 1, 17, 2, 100} {
		add := make([]int, n)
		m = append(m, add...)
		fmt.Println("len", len(m), "cap", cap(m))
	}
	b2 := append([]byte("hello"), " world, how are you"...)
	fmt.Println(len(b2), cap(b2), string(b2))
	// append to a slice with spare capacity does not reallocate.
	base := make([]int, 2, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x, y, cap(x), cap(y))
	// make with cap.
	z := make([]int32, 0, 5)
	for i := 0; i < 12; i++ {
		z = append(z, int32(i))
		fmt.Print(cap(z), " ")
	}
	fmt.Println()
	var u16 []uint16
	for i := 0; i < 30; i++ {
		u16 = append(u16, 1)
		fmt.Print(cap(u16), " ")
	}
	fmt.Println()
}
