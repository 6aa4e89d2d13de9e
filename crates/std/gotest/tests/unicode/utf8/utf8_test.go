// Compares the bundled unicode/utf8 with Go's.
package utf8_test

import (
	"math/rand"
	"testing"
	"unicode/utf8"

	mutf8 "mstd/unicode/utf8"
)

func TestAll(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	var inputs []string
	for _, s := range []string{"", "a", "é", "世", "\U0001F600", "\xff", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80", "a\xffb"} {
		inputs = append(inputs, s)
	}
	for i := 0; i < 20000; i++ {
		b := make([]byte, r.Intn(10))
		for j := range b {
			if r.Intn(2) == 0 {
				b[j] = byte(0x80 + r.Intn(0x80))
			} else {
				b[j] = byte(r.Intn(256))
			}
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		b := []byte(s)
		r1, n1 := mutf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRuneInString(s)
		r3, n3 := mutf8.DecodeRune(b)
		r4, n4 := mutf8.DecodeLastRuneInString(s)
		r5, n5 := utf8.DecodeLastRuneInString(s)
		r6, n6 := mutf8.DecodeLastRune(b)
		if r1 != r2 || n1 != n2 || r3 != r2 || n3 != n2 || r4 != r5 || n4 != n5 || r6 != r5 || n6 != n5 {
			t.Fatalf("Decode*(%q)", s)
		}
		if mutf8.RuneCountInString(s) != utf8.RuneCountInString(s) || mutf8.RuneCount(b) != utf8.RuneCount(b) ||
			mutf8.ValidString(s) != utf8.ValidString(s) || mutf8.Valid(b) != utf8.Valid(b) ||
			mutf8.FullRuneInString(s) != utf8.FullRuneInString(s) || mutf8.FullRune(b) != utf8.FullRune(b) ||
			(len(b) > 0 && mutf8.RuneStart(b[0]) != utf8.RuneStart(b[0])) {
			t.Fatalf("Count/Valid/Full(%q)", s)
		}
	}
	for rr := rune(-3); rr <= utf8.MaxRune+3; rr += 1 + rr/1000 {
		var b1, b2 [4]byte
		n1, n2 := mutf8.EncodeRune(b1[:], rr), utf8.EncodeRune(b2[:], rr)
		if n1 != n2 || b1 != b2 || mutf8.RuneLen(rr) != utf8.RuneLen(rr) || mutf8.ValidRune(rr) != utf8.ValidRune(rr) ||
			string(mutf8.AppendRune([]byte("x"), rr)) != string(utf8.AppendRune([]byte("x"), rr)) {
			t.Fatalf("Encode(%U)", rr)
		}
	}
	if mutf8.RuneError != utf8.RuneError || mutf8.UTFMax != utf8.UTFMax || mutf8.RuneSelf != utf8.RuneSelf || mutf8.MaxRune != utf8.MaxRune {
		t.Fatalf("constants")
	}
}
