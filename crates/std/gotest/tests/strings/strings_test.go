// Compares the bundled strings with Go's on random strings over small alphabets
// (so that searches find matches) and on Unicode text.
package strings_test

import (
	"bytes"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"

	mstrings "mstd/strings"
	municode "mstd/unicode"
)

func randStr(r *rand.Rand) string {
	alpha := []string{"a", "b", "ab", " ", "\t", "\n", "é", "世", "Σ", "ς", "σ", "ǅ", "İ", "ı", "K", "\u212a", "\xff", ",", "ß", "ﬀ", "\u00a0", "\u2028", "A"}
	n := r.Intn(12)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(alpha[r.Intn(len(alpha))])
	}
	return b.String()
}

func TestFunctions(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	n := 20000
	if testing.Short() {
		n = 3000
	}
	eq := func(name string, a, b any, args ...any) {
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%s%q: got %#v, want %#v", name, args, a, b)
		}
	}
	for i := 0; i < n; i++ {
		s, u := randStr(r), randStr(r)
		if i%5 == 0 {
			u = ""
		}
		if i%3 == 0 && len(s) > 0 {
			j := r.Intn(len(s))
			u = s[j : j+r.Intn(len(s)-j+1)]
		}
		k := r.Intn(5) - 1
		eq("Contains", mstrings.Contains(s, u), strings.Contains(s, u), s, u)
		eq("ContainsAny", mstrings.ContainsAny(s, u), strings.ContainsAny(s, u), s, u)
		eq("Count", mstrings.Count(s, u), strings.Count(s, u), s, u)
		eq("Index", mstrings.Index(s, u), strings.Index(s, u), s, u)
		eq("LastIndex", mstrings.LastIndex(s, u), strings.LastIndex(s, u), s, u)
		eq("IndexAny", mstrings.IndexAny(s, u), strings.IndexAny(s, u), s, u)
		eq("LastIndexAny", mstrings.LastIndexAny(s, u), strings.LastIndexAny(s, u), s, u)
		eq("HasPrefix", mstrings.HasPrefix(s, u), strings.HasPrefix(s, u), s, u)
		eq("HasSuffix", mstrings.HasSuffix(s, u), strings.HasSuffix(s, u), s, u)
		eq("Split", mstrings.Split(s, u), strings.Split(s, u), s, u)
		eq("SplitN", mstrings.SplitN(s, u, k), strings.SplitN(s, u, k), s, u, k)
		eq("SplitAfter", mstrings.SplitAfter(s, u), strings.SplitAfter(s, u), s, u)
		eq("SplitAfterN", mstrings.SplitAfterN(s, u, k), strings.SplitAfterN(s, u, k), s, u, k)
		eq("Fields", mstrings.Fields(s), strings.Fields(s), s)
		eq("FieldsFunc", mstrings.FieldsFunc(s, municode.IsLetter), strings.FieldsFunc(s, unicode.IsLetter), s)
		eq("Join", mstrings.Join([]string{s, u, s}, u), strings.Join([]string{s, u, s}, u), s, u)
		eq("Repeat", mstrings.Repeat(s, k+1), strings.Repeat(s, k+1), s, k)
		eq("Replace", mstrings.Replace(s, u, "<"+u+">", k), strings.Replace(s, u, "<"+u+">", k), s, u, k)
		eq("ReplaceAll", mstrings.ReplaceAll(s, u, "#"), strings.ReplaceAll(s, u, "#"), s, u)
		eq("ToUpper", mstrings.ToUpper(s), strings.ToUpper(s), s)
		eq("ToLower", mstrings.ToLower(s), strings.ToLower(s), s)
		eq("ToTitle", mstrings.ToTitle(s), strings.ToTitle(s), s)
		eq("Title", mstrings.Title(s), strings.Title(s), s)
		eq("ToValidUTF8", mstrings.ToValidUTF8(s, u), strings.ToValidUTF8(s, u), s, u)
		eq("TrimSpace", mstrings.TrimSpace(s), strings.TrimSpace(s), s)
		eq("Trim", mstrings.Trim(s, u), strings.Trim(s, u), s, u)
		eq("TrimLeft", mstrings.TrimLeft(s, u), strings.TrimLeft(s, u), s, u)
		eq("TrimRight", mstrings.TrimRight(s, u), strings.TrimRight(s, u), s, u)
		eq("TrimPrefix", mstrings.TrimPrefix(s, u), strings.TrimPrefix(s, u), s, u)
		eq("TrimSuffix", mstrings.TrimSuffix(s, u), strings.TrimSuffix(s, u), s, u)
		eq("TrimFunc", mstrings.TrimFunc(s, municode.IsSpace), strings.TrimFunc(s, unicode.IsSpace), s)
		eq("EqualFold", mstrings.EqualFold(s, u), strings.EqualFold(s, u), s, u)
		eq("EqualFold2", mstrings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, strings.ToUpper(s)), s)
		eq("Compare", mstrings.Compare(s, u), strings.Compare(s, u), s, u)
		eq("Map", mstrings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s), strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s), s)
		if len(u) > 0 {
			eq("IndexByte", mstrings.IndexByte(s, u[0]), strings.IndexByte(s, u[0]), s, u)
			eq("LastIndexByte", mstrings.LastIndexByte(s, u[0]), strings.LastIndexByte(s, u[0]), s, u)
			ru := []rune(u)[0]
			eq("IndexRune", mstrings.IndexRune(s, ru), strings.IndexRune(s, ru), s, u)
			eq("ContainsRune", mstrings.ContainsRune(s, ru), strings.ContainsRune(s, ru), s, u)
		}
		b1, a1, f1 := mstrings.Cut(s, u)
		b2, a2, f2 := strings.Cut(s, u)
		eq("Cut", []any{b1, a1, f1}, []any{b2, a2, f2}, s, u)
		eq("Clone", mstrings.Clone(s), strings.Clone(s), s)
	}
	// Long strings exercise Index's Rabin-Karp and IndexByte-skipping paths.
	for i := 0; i < 300; i++ {
		var b strings.Builder
		for j := 0; j < 200+r.Intn(300); j++ {
			b.WriteByte("aab"[r.Intn(3)])
		}
		s := b.String()
		for _, l := range []int{1, 2, 5, 20, 40, 64, 70, 100} {
			j := r.Intn(len(s) - l)
			u := s[j : j+l]
			if r.Intn(3) == 0 {
				u = u[:l-1] + "c"
			}
			eq("Index(long)", mstrings.Index(s, u), strings.Index(s, u), l)
			eq("LastIndex(long)", mstrings.LastIndex(s, u), strings.LastIndex(s, u), l)
			eq("Count(long)", mstrings.Count(s, u), strings.Count(s, u), l)
		}
	}
}

func TestBuilder(t *testing.T) {
	var b mstrings.Builder
	var w strings.Builder
	for i := 0; i < 1000; i++ {
		switch i % 5 {
		case 0:
			b.WriteString("héllo")
			w.WriteString("héllo")
		case 1:
			b.WriteByte('x')
			w.WriteByte('x')
		case 2:
			b.WriteRune(rune(i * 37))
			w.WriteRune(rune(i * 37))
		case 3:
			b.Write([]byte{1, 2})
			w.Write([]byte{1, 2})
		case 4:
			b.Grow(i)
			w.Grow(i)
		}
		if b.String() != w.String() || b.Len() != w.Len() {
			t.Fatalf("Builder differs at %d", i)
		}
	}
	b.Reset()
	if b.Len() != 0 || b.String() != "" || b.Cap() != 0 {
		t.Fatalf("Reset")
	}
	defer func() {
		if recover() == nil {
			t.Fatalf("copied Builder did not panic")
		}
	}()
	b.WriteString("a")
	c := b
	c.WriteString("b")
}

func TestReplacerAndReader(t *testing.T) {
	pairs := [][]string{{"a", "1", "b", "2"}, {"ab", "X"}, {"a", "", "aa", "y"}, {"", "-"}, {"&", "&amp;", "<", "&lt;", ">", "&gt;"}, {"é", "e", "世界", "world"}}
	inputs := []string{"", "abc", "aabbab", "<a&b>", "héllo 世界", "aaaa"}
	for _, p := range pairs {
		m, g := mstrings.NewReplacer(p...), strings.NewReplacer(p...)
		for _, s := range inputs {
			if a, b := m.Replace(s), g.Replace(s); a != b {
				t.Errorf("Replacer%q.Replace(%q) = %q, want %q", p, s, a, b)
			}
			var b1, b2 bytes.Buffer
			m.WriteString(&b1, s)
			g.WriteString(&b2, s)
			if b1.String() != b2.String() {
				t.Errorf("Replacer.WriteString differs")
			}
		}
	}
	rd := mstrings.NewReader("héllo, world")
	buf := make([]byte, 3)
	var out []byte
	for {
		n, err := rd.Read(buf)
		out = append(out, buf[:n]...)
		if err != nil {
			break
		}
	}
	if string(out) != "héllo, world" || rd.Len() != 0 || rd.Size() != int64(len("héllo, world")) {
		t.Errorf("Reader: %q", out)
	}
}
