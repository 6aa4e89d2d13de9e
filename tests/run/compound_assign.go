// Every op-assignment operator, ++/--, &^, on several types and through pointers/indexes.
package main

import "fmt"

type S struct {
	N int
	A [3]uint8
}

func main() {
	x := 100
	x += 5
	fmt.Print(x, " ")
	x -= 10
	fmt.Print(x, " ")
	x *= 3
	fmt.Print(x, " ")
	x /= 4
	fmt.Print(x, " ")
	x %= 13
	fmt.Print(x, " ")
	x &= 0xe
	fmt.Print(x, " ")
	x |= 0x30
	fmt.Print(x, " ")
	x ^= 0xff
	fmt.Print(x, " ")
	x <<= 3
	fmt.Print(x, " ")
	x >>= 2
	fmt.Print(x, " ")
	x &^= 0x0f
	fmt.Print(x, " ")
	x++
	x++
	x--
	fmt.Println(x)

	u := uint8(250)
	u += 10
	u *= 3
	u ^= 0x0f
	u &^= 0x03
	u <<= 1
	fmt.Println(u, 0xf0&^0x3c, 6&^3)

	s := &S{N: 1}
	s.N += 41
	s.A[1] += 200
	s.A[1] += 100
	s.A[2]--
	fmt.Println(s.N, s.A)
	m := map[string]int{}
	m["a"] += 5
	m["a"] *= 3
	m["b"]++
	m["b"]++
	m["c"]--
	fmt.Println(m["a"], m["b"], m["c"], len(m))
	arr := []float64{1, 2}
	arr[0] /= 4
	arr[1] -= 0.5
	fmt.Println(arr)
	str := "a"
	str += "b"
	str += str
	fmt.Println(str)
	// Index expressions evaluated once in op-assignment.
	calls := 0
	idx := func() int { calls++; return 1 }
	vals := []int{0, 10, 0}
	vals[idx()] += 5
	vals[idx()]++
	fmt.Println(vals, calls)
	// Pointer targets.
	n := 7
	p := &n
	*p *= 6
	*p++
	fmt.Println(n)
	f := float32(1.5)
	f *= 2
	f -= 0.25
	fmt.Println(f)
}
