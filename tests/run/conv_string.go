// Conversions: string <-> []byte, string <-> []rune, integer -> string, invalid runes and UTF-8.
package main

import "fmt"

type MyBytes []byte
type MyString string

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(s, string(b)) // the conversion copied
	r[7] = '地'
	fmt.Println(string(r), s)

	// Round trips.
	fmt.Println(string([]byte(s)) == s, string([]rune(s)) == s)
	// Invalid UTF-8 becomes U+FFFD in []rune; string([]rune) re-encodes it.
	bad := "a\xffb\xe6\x97"
	br := []rune(bad)
	fmt.Println(len(bad), len(br), br, string(br), len(string(br)))
	fmt.Printf("%q %q\n", bad, string(br))

	// Integer to string converts a code point.
	for _, n := range []int{65, 0x4e16, 0x1F600, -1, 0x110000, 0xD800, 0} {
		str := string(rune(n))
		fmt.Printf("%d -> %q len %d\n", n, str, len(str))
	}
	var by byte = 'z'
	fmt.Println(string(rune(by)), string(rune(0xe9)))
	var i64 int64 = 0x263A
	fmt.Println(string(rune(i64)))

	// Runes to strings and back.
	runes := []rune{72, 105, 0x1F44B, -5, 0x10FFFF + 1}
	fmt.Printf("%q\n", string(runes))
	fmt.Println([]rune(""), []byte(""), string([]byte(nil)) == "", string([]rune(nil)) == "")

	// Named types.
	mb := MyBytes("named")
	ms := MyString(mb)
	fmt.Println(mb, ms, string(ms+"!"), []byte(ms)[0])

	// Building strings from bytes and runes.
	out := make([]byte, 0, 16)
	for c := byte('a'); c < 'f'; c++ {
		out = append(out, c, c-32)
	}
	fmt.Println(string(out))
	var rs []rune
	for _, c := range "abc日本" {
		rs = append([]rune{c}, rs...)
	}
	fmt.Println(string(rs))
	// append string to []byte.
	bb := append([]byte("x="), "42"...)
	fmt.Println(string(bb))
	// Comparing []byte converted strings.
	fmt.Println(string(b[:3]) == "Hé", string(b[1:3]))
}
