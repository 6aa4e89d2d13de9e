// Ranging over strings by rune: multi-byte runes, invalid UTF-8, index positions.
package main

import "fmt"

func dump(s string) {
	fmt.Printf("%q len=%d:", s, len(s))
	for i, r := range s {
		fmt.Print(" ", i, ":", r)
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	idx := []int{}
	for i := range s {
		idx = append(idx, i)
	}
	fmt.Println("  runes", n, "indices", idx)
}

func main() {
	dump("")
	dump("abc")
	dump("héllo")
	dump("日本語")
	dump("a😀b")
	dump("\xff")
	dump("a\xffb")
	dump("\xe6\x97")         // truncated 3-byte sequence
	dump("\xe6\x97\xa5x")    // complete
	dump("\xc0\x80")         // overlong encoding
	dump("\xed\xa0\x80")     // surrogate
	dump("\xf4\x90\x80\x80") // above U+10FFFF
	dump("\xf0\x9f\x98")     // truncated 4-byte
	dump("z\u00e9\U0010FFFF")

	// Runes printed as characters.
	for _, r := range "Go→λ" {
		fmt.Printf("%c(%d) ", r, r)
	}
	fmt.Println()
	// Modifying the loop variable does not affect iteration.
	s := "xyz"
	for i, r := range s {
		r++
		i += 10
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	// Counting by runes vs bytes.
	words := []string{"naïve", "café", "日本", "plain"}
	for _, w := range words {
		runes := 0
		for range w {
			runes++
		}
		fmt.Println(w, len(w), runes)
	}
}
