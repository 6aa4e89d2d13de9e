// Strings: len, indexing bytes, slicing, concatenation, comparison operators, immutability.
package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7], string(s[7]), s[len(s)-1])
	fmt.Println(s[:5], "|", s[7:], "|", s[3:8], "|", s[:], "|", s[5:5], "|", len(s[12:]))
	t := s[7:]
	t2 := t[1:3]
	fmt.Println(t, t2, len(t2))

	u := "héllo, 世界"
	fmt.Println(len(u), u[1], u[2], u[:3], u[8:11])

	// Concatenation.
	a := "foo"
	b := a + "bar"
	a += "baz"
	fmt.Println(a, b, a+b+a, len(a+b))
	acc := ""
	for i := 0; i < 10; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, len(acc))
	empty := ""
	fmt.Println(empty+empty == "", len(empty), empty+"x"+empty)

	// Comparison operators.
	words := []string{"", "a", "ab", "abc", "b", "B", "aa", "a\x00", "\xff", "é"}
	for _, x := range words {
		for _, y := range []string{"a", "ab", "b"} {
			fmt.Printf("%q vs %q: == %v != %v < %v <= %v > %v >= %v\n", x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
		}
	}
	// Equality of strings built differently.
	p := "hel" + "lo"
	q := s[:5]
	fmt.Println(p == q, p == "hello", q == "hell", q > "hell")

	// Byte loop and reverse.
	rev := ""
	for i := len(b) - 1; i >= 0; i-- {
		rev += b[i : i+1]
	}
	fmt.Println(rev)
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'o' || s[i] == 'l' {
			count++
		}
	}
	fmt.Println("o/l count", count)

	// Escapes and raw strings.
	esc := "tab\there\nnl \"q\" \\ \u00e9 \U0001F600 \x41"
	raw := `raw\n "string"`
	fmt.Println(esc)
	fmt.Println(raw, len(raw), len(esc))
	multi := `line1
line2`
	fmt.Println(multi)
}
