// unicode/utf8: RuneCountInString RuneLen DecodeRuneInString, incl. invalid input.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "abc", "héllo", "日本語", "a😀b", "\xff", "a\xffb\xe6\x97", "\xf0\x9f\x98"} {
		fmt.Printf("%q runes=%d len=%d\n", s, utf8.RuneCountInString(s), len(s))
	}
	for _, r := range []rune{'a', 0x7f, 0x80, 'é', 0x7ff, 0x800, '世', 0xffff, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -1, 0xD800} {
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
	s := "aé世😀\xffz"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%q %d %d\n", r, r, size)
		s = s[size:]
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("\xc0\x80")
	fmt.Println(r, size)
	fmt.Println(utf8.RuneError)
	// Manual reverse by runes.
	in := "Hello, 世界!"
	out := make([]byte, 0, len(in))
	for i := len(in); i > 0; {
		j := i - 1
		for j > 0 && in[j]&0xc0 == 0x80 {
			j--
		}
		_, sz := utf8.DecodeRuneInString(in[j:i])
		out = append(out, in[j:j+sz]...)
		i = j
	}
	fmt.Println(string(out), utf8.RuneCountInString(string(out)))
}
