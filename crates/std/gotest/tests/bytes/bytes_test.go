package bytes_test

import (
	"bytes"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"

	mbytes "mstd/bytes"
	municode "mstd/unicode"
)

func randBytes(r *rand.Rand) []byte {
	alpha := []string{"a", "b", "ab", " ", "\n", "é", "世", "Σ", "\xff", ","}
	var b strings.Builder
	for i := r.Intn(10); i > 0; i-- {
		b.WriteString(alpha[r.Intn(len(alpha))])
	}
	return []byte(b.String())
}

func TestFunctions(t *testing.T) {
	r := rand.New(rand.NewSource(16))
	eq := func(name string, a, b any) {
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%s: got %#v, want %#v", name, a, b)
		}
	}
	for i := 0; i < 5000; i++ {
		s, u := randBytes(r), randBytes(r)
		if i%3 == 0 && len(s) > 0 {
			j := r.Intn(len(s))
			u = s[j : j+r.Intn(len(s)-j+1)]
		}
		eq("Contains", mbytes.Contains(s, u), bytes.Contains(s, u))
		eq("Count", mbytes.Count(s, u), bytes.Count(s, u))
		eq("Index", mbytes.Index(s, u), bytes.Index(s, u))
		eq("LastIndex", mbytes.LastIndex(s, u), bytes.LastIndex(s, u))
		eq("Equal", mbytes.Equal(s, u), bytes.Equal(s, u))
		eq("Compare", mbytes.Compare(s, u), bytes.Compare(s, u))
		eq("Split", mbytes.Split(s, u), bytes.Split(s, u))
		eq("Fields", mbytes.Fields(s), bytes.Fields(s))
		eq("FieldsFunc", mbytes.FieldsFunc(s, municode.IsLetter), bytes.FieldsFunc(s, unicode.IsLetter))
		eq("ToUpper", mbytes.ToUpper(s), bytes.ToUpper(s))
		eq("ToLower", mbytes.ToLower(s), bytes.ToLower(s))
		eq("TrimSpace", mbytes.TrimSpace(s), bytes.TrimSpace(s))
		eq("Trim", mbytes.Trim(s, string(u)), bytes.Trim(s, string(u)))
		eq("Replace", mbytes.ReplaceAll(s, u, []byte("#")), bytes.ReplaceAll(s, u, []byte("#")))
		eq("EqualFold", mbytes.EqualFold(s, u), bytes.EqualFold(s, u))
		eq("HasPrefix", mbytes.HasPrefix(s, u), bytes.HasPrefix(s, u))
		eq("Join", mbytes.Join([][]byte{s, u}, []byte(",")), bytes.Join([][]byte{s, u}, []byte(",")))
		eq("Runes", mbytes.Runes(s), bytes.Runes(s))
		if len(u) > 0 {
			eq("IndexByte", mbytes.IndexByte(s, u[0]), bytes.IndexByte(s, u[0]))
		}
	}
}

func TestBuffer(t *testing.T) {
	var m mbytes.Buffer
	var g bytes.Buffer
	for i := 0; i < 2000; i++ {
		switch i % 7 {
		case 0:
			m.WriteString("héllo ")
			g.WriteString("héllo ")
		case 1:
			m.WriteByte('x')
			g.WriteByte('x')
		case 2:
			m.WriteRune(rune(i))
			g.WriteRune(rune(i))
		case 3:
			b1, b2 := make([]byte, i%13), make([]byte, i%13)
			n1, e1 := m.Read(b1)
			n2, e2 := g.Read(b2)
			if n1 != n2 || e1 != e2 && (e1 == nil || e2 == nil) || string(b1) != string(b2) {
				t.Fatalf("Read differs")
			}
		case 4:
			r1, s1, _ := m.ReadRune()
			r2, s2, _ := g.ReadRune()
			if r1 != r2 || s1 != s2 {
				t.Fatalf("ReadRune differs")
			}
		case 5:
			l1, _ := m.ReadString(' ')
			l2, _ := g.ReadString(' ')
			if l1 != l2 {
				t.Fatalf("ReadString differs")
			}
		case 6:
			m.Grow(i)
			g.Grow(i)
		}
		if m.String() != g.String() || m.Len() != g.Len() {
			t.Fatalf("Buffer differs at %d", i)
		}
	}
	m.Reset()
	m.Truncate(0)
	if m.Len() != 0 {
		t.Fatalf("Reset")
	}
}
