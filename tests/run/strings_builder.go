// strings.Builder: WriteString, WriteByte, WriteRune, String, Len, Reset, Grow; building large strings.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune('界')
	b.WriteRune(0x1F600)
	fmt.Println(b.String(), b.Len())
	n, err := b.WriteString("!!")
	fmt.Println(n, err, b.Len())
	n, err = b.WriteRune('é')
	fmt.Println(n, err)
	s1 := b.String()
	b.WriteString(" more")
	fmt.Println(s1, "|", b.String()) // earlier String results are unaffected
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(100)
	fmt.Println(b.Len())
	for i := 0; i < 10; i++ {
		b.WriteString(fmt.Sprintf("%d,", i))
	}
	fmt.Println(b.String())

	// A large string built piece by piece.
	var big strings.Builder
	for i := 0; i < 10000; i++ {
		big.WriteString("ab")
		if i%1000 == 0 {
			big.WriteByte('\n')
		}
	}
	s := big.String()
	fmt.Println(len(s), strings.Count(s, "\n"), s[:6] == "\nababa", strings.Count(s, "ab"))

	// Builder passed by pointer.
	var out strings.Builder
	writeList(&out, []string{"x", "y", "z"})
	fmt.Println(out.String())
	// WriteRune with invalid code point writes U+FFFD.
	var r strings.Builder
	r.WriteRune(-1)
	r.WriteRune(0x110000)
	fmt.Printf("%q %d\n", r.String(), r.Len())
}

func writeList(b *strings.Builder, items []string) {
	b.WriteString("[")
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(it)
	}
	b.WriteString("]")
}
