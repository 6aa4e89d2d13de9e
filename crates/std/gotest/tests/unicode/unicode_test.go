// Compares the bundled unicode with Go's over every code point.
package unicode_test

import (
	"testing"
	"unicode"

	municode "mstd/unicode"
)

func TestAllRunes(t *testing.T) {
	type pred struct {
		name string
		m, g func(rune) bool
	}
	preds := []pred{
		{"IsControl", municode.IsControl, unicode.IsControl}, {"IsDigit", municode.IsDigit, unicode.IsDigit},
		{"IsGraphic", municode.IsGraphic, unicode.IsGraphic}, {"IsLetter", municode.IsLetter, unicode.IsLetter},
		{"IsLower", municode.IsLower, unicode.IsLower}, {"IsMark", municode.IsMark, unicode.IsMark},
		{"IsNumber", municode.IsNumber, unicode.IsNumber}, {"IsPrint", municode.IsPrint, unicode.IsPrint},
		{"IsPunct", municode.IsPunct, unicode.IsPunct}, {"IsSpace", municode.IsSpace, unicode.IsSpace},
		{"IsSymbol", municode.IsSymbol, unicode.IsSymbol}, {"IsTitle", municode.IsTitle, unicode.IsTitle},
		{"IsUpper", municode.IsUpper, unicode.IsUpper},
		{"Han", func(r rune) bool { return municode.Is(municode.Han, r) }, func(r rune) bool { return unicode.Is(unicode.Han, r) }},
		{"Latin", func(r rune) bool { return municode.Is(municode.Latin, r) }, func(r rune) bool { return unicode.Is(unicode.Latin, r) }},
		{"Greek", func(r rune) bool { return municode.In(r, municode.Greek, municode.Cyrillic) }, func(r rune) bool { return unicode.In(r, unicode.Greek, unicode.Cyrillic) }},
		{"Zs", func(r rune) bool { return municode.Is(municode.Zs, r) }, func(r rune) bool { return unicode.Is(unicode.Zs, r) }},
	}
	maps := []struct {
		name string
		m, g func(rune) rune
	}{
		{"ToUpper", municode.ToUpper, unicode.ToUpper}, {"ToLower", municode.ToLower, unicode.ToLower},
		{"ToTitle", municode.ToTitle, unicode.ToTitle}, {"SimpleFold", municode.SimpleFold, unicode.SimpleFold},
		{"TurkishUpper", municode.TurkishCase.ToUpper, unicode.TurkishCase.ToUpper},
		{"TurkishLower", municode.TurkishCase.ToLower, unicode.TurkishCase.ToLower},
	}
	for r := rune(-5); r <= unicode.MaxRune+5; r++ {
		for _, p := range preds {
			if p.m(r) != p.g(r) {
				t.Fatalf("%s(%U) = %v", p.name, r, p.m(r))
			}
		}
		for _, m := range maps {
			if m.m(r) != m.g(r) {
				t.Fatalf("%s(%U) = %U, want %U", m.name, r, m.m(r), m.g(r))
			}
		}
	}
	if municode.Version != unicode.Version || municode.MaxRune != unicode.MaxRune || municode.ReplacementChar != unicode.ReplacementChar {
		t.Fatalf("constants")
	}
}
