// Compares the bundled fmt (mstd/fmt) with Go's fmt on every verb, flag, width
// and precision over values of every kind.
package fmt_test

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"unsafe"

	mfmt "mstd/fmt"
	mstrings "mstd/strings"
)

type point struct{ X, Y int }
type inner struct {
	A string
	b []int
}
type outer struct {
	In  inner
	P   *point
	M   map[string]int
	I   any
	E   error
	S   fmt.Stringer
	s   stringer
	F   float64
	hid point
}
type embed struct {
	point
	*inner
	Z int
}

type stringer int

func (s stringer) String() string { return fmt.Sprintf("S<%d>", int(s)) }

type ptrStringer struct{ n int }

func (p *ptrStringer) String() string { return fmt.Sprintf("P<%d>", p.n) }

type myErr struct{ msg string }

func (e myErr) Error() string { return "myErr: " + e.msg }

type panicky int

func (p panicky) String() string {
	if p == 0 {
		panic("boom")
	}
	return "ok"
}

type nilPanicky struct{ x int }

func (p *nilPanicky) String() string { return fmt.Sprint(p.x) }

type goStr int

func (g goStr) GoString() string { return "GoStr!" }

type formatter int

func (f formatter) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	if !wok {
		w = -1 // the value is unspecified (stale) when not set
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(s, "F[%c %d %v %d %v %v%v%v%v%v]", verb, w, wok, p, pok,
		s.Flag('-'), s.Flag('+'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
}

type mformatter int

func (f mformatter) Format(s mfmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	if !wok {
		w = -1 // the value is unspecified (stale) when not set
	}
	if !pok {
		p = -1
	}
	mfmt.Fprintf(s, "F[%c %d %v %d %v %v%v%v%v%v]", verb, w, wok, p, pok,
		s.Flag('-'), s.Flag('+'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
}

type myInt int
type myStr string
type myBytes []byte
type myFloat float64
type myMap map[string]bool
type mySlice []point
type myArr [2]bool
type myBool bool
type myUint8 uint8

type rec struct {
	Name string
	Kids []*rec
}

func f1(int) string { return "" }

var (
	gp     = &point{1, 2}
	gi     = 7
	gpp    = &gp
	nilPtr *point
	nilMap map[string]int
	nilSl  []int
	nilErr error
	nilIf  fmt.Stringer
	nilFn  func()
)

// values are printed with every verb; each is a "normal" value whose
// printing is deterministic.
func values() []any {
	return []any{
		nil, true, false,
		0, 1, -1, 42, -42, math.MaxInt64, math.MinInt64,
		int8(-128), int8(127), int16(-32768), int32(math.MaxInt32), int64(-7),
		uint(0), uint(7), uint8(255), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xdead),
		'x', 'é', '\n', rune(0x1F600), rune(-1), rune(0x110000),
		0.0, math.Copysign(0, -1), 1.0, -1.5, 3.14159265358979, 1e6, 1e21, 1e20, 1e-7, 1e-4, 123456.789,
		2.0 / 3, 100.0, 0.1, 1.0 / 3e10, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 1.7976931348623157e308, 9.999999, 0.000123456789,
		float32(0.1), float32(1e10), float32(3.4e38), float32(-2.5), float32(1) / 3, float32(16777216),
		"", "hello", "héllo, 世界", "tab\there", "quote\"back`slash\\", "\x00\x7f\xff", "bad\xffutf8",
		"\u2028 line sep", "日本語", "a\u0301",
		[]byte("bytes"), []byte{}, []byte(nil), [3]byte{1, 2, 255}, myBytes("named"),
		point{1, 2}, &point{-3, 4}, []point{{1, 2}, {3, 4}}, []*point{gp, nil},
		inner{"a", []int{1, 2}}, &inner{"b", nil},
		outer{In: inner{"x", []int{3}}, P: gp, M: map[string]int{"z": 26, "a": 1, "m": 13},
			I: 5, E: errors.New("bad"), S: stringer(3), s: stringer(4), F: 2.5, hid: point{9, 9}},
		outer{}, &outer{},
		embed{point{1, 2}, &inner{"e", []int{5}}, 3}, embed{},
		[]int{1, 2, 3}, []int{}, nilSl, [4]int{1, 2}, [0]int{}, [][]int{{1}, {2, 3}, nil},
		[]string{"a", "b c", ""}, []any{1, "a", nil, 2.5, []int{1}}, []float64{1, 2.5, math.NaN()},
		[]bool{true, false}, [2][2]string{{"a", "b"}, {"c", "d"}}, []uint8{1, 2}, []int8{-1, 2},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "neg", 2: "b"},
		map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, 0: 4}, map[bool]int{true: 1, false: 0},
		map[point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}, map[[2]int]bool{{2, 1}: true, {1, 9}: false},
		map[string][]int{"x": {1}, "a": nil}, map[string]map[string]int{"o": {"i": 1}},
		map[any]int{1: 1, 2: 2, "a": 3, "b": 4, 2.5: 5, nil: 0}, map[*point]int{gp: 1},
		map[int8]bool{-3: true, 5: false}, map[uint]int{10: 1, 2: 2}, nilMap, map[string]int{},
		map[stringer]int{3: 1, 1: 2}, map[myStr]myInt{"k": 7},
		stringer(5), &ptrStringer{6}, ptrStringer{7}, myErr{"oops"}, &myErr{"ptr"},
		[]stringer{1, 2}, []fmt.Stringer{stringer(1), &ptrStringer{2}, nil}, []error{errors.New("e1"), nil},
		map[string]fmt.Stringer{"s": stringer(9)}, [2]stringer{8, 9},
		panicky(0), panicky(1), (*nilPanicky)(nil), goStr(3), []goStr{1},
		myInt(-5), myStr("named string"), myFloat(2.5), myMap{"t": true}, mySlice{{5, 6}}, myArr{true, false},
		myBool(true), myUint8(200), []myUint8{1, 2}, [2]myUint8{3, 4},
		gpp, &gi, nilPtr, nilErr, nilIf, &nilSl, &nilMap, &[]int{1}, &map[string]int{"a": 1}, &[2]int{1, 2},
		&rec{"root", []*rec{{"kid", nil}}}, []*rec{{"a", nil}},
		f1, nilFn, unsafe.Pointer(gp), unsafe.Pointer(nil),
		struct{}{}, struct{ A, B any }{1, nil}, struct {
			a int
			B string
		}{1, "x"},
		[]struct{ X int }{{1}, {2}}, map[string]struct{}{"k": {}},
		errors.New("plain error"), fmt.Errorf("wrapped: %w", errors.New("inner")),
	}
}

var verbs = []string{"v", "+v", "#v", "T", "d", "s", "q", "x", "X", "c", "t", "f", "F", "e", "E", "g", "G", "b", "o", "O", "U", "p", "w", "z"}

var flagSets = []string{"", "+", "-", "#", " ", "0", "+#", "-0", "+ ", "#0", "-#"}
var widths = []string{"", "1", "8", "25"}
var precs = []string{"", ".0", ".1", ".3", ".10"}

func TestVerbsFlagsWidths(t *testing.T) {
	vals := values()
	fails := 0
	fs, ws, ps := flagSets, widths, precs
	if testing.Short() {
		fs, ws, ps = []string{"", "+", "-", "#", " ", "0"}, []string{"", "8"}, []string{"", ".3"}
	}
	for _, v := range vals {
		for _, verb := range verbs {
			for _, fl := range fs {
				for _, w := range ws {
					for _, p := range ps {
						format := "%" + fl + w + p + verb
						want := fmt.Sprintf(format, v)
						got := mfmt.Sprintf(format, v)
						if got != want {
							fails++
							if fails <= 40 {
								t.Errorf("Sprintf(%q, %T %#v):\n got %q\nwant %q", format, v, v, got, want)
							}
						}
					}
				}
			}
		}
	}
	if fails > 40 {
		t.Errorf("... %d failures in all", fails)
	}
}

type keyS struct{ A, B int }
type keyM int

func (keyM) M1() {}
func (keyM) M2() {}

type keyP struct{ X int }

func (*keyP) M() {}

// Keys of different dynamic types in one map are ordered as gc lays out their
// type descriptors (fmtsort's typeCompare).
func TestMixedInterfaceKeys(t *testing.T) {
	p1 := &keyP{1}
	var c chan int
	ms := []map[any]int{
		{"a": 1, 2: 2, 3.5: 3, true: 4, keyS{1, 2}: 5, myStr("s"): 6, int8(3): 7, uint(4): 8, 'r': 9, [1]int{1}: 10},
		{keyM(1): 1, myInt(2): 2, 3: 3, struct{}{}: 4, [2]string{"a"}: 5, p1: 6, struct{ A int }{1}: 7, float32(1): 8},
		{uint8(1): 1, uint16(1): 2, uint32(1): 3, uint64(1): 4, int16(1): 5, int64(1): 6, uintptr(1): 7, [0]int{}: 8, c: 9},
		{myBool(true): 1, point{1, 2}: 2, stringer(3): 3, myErr{"e"}: 4, ptrStringer{5}: 5, [3]byte{}: 6, goStr(1): 7},
	}
	for _, m := range ms {
		if got, want := mfmt.Sprint(m), fmt.Sprint(m); got != want {
			t.Errorf("mixed keys:\n got %s\nwant %s", got, want)
		}
	}
}

func TestFormatterState(t *testing.T) {
	for _, format := range []string{"%v", "%-8.3x", "%+#0 10d", "%s", "%[1]*d", "%.*[1]d"} {
		want := fmt.Sprintf(format, formatter(1))
		got := mfmt.Sprintf(format, mformatter(1))
		if format == "%[1]*d" || format == "%.*[1]d" {
			want = fmt.Sprintf(format, 5, formatter(1))
			got = mfmt.Sprintf(format, 5, mformatter(1))
		}
		if got != want {
			t.Errorf("Sprintf(%q, formatter): got %q, want %q", format, got, want)
		}
	}
}

// Printf-level behaviour: argument errors, indexes, star widths, EXTRA.
func TestPrintfArgs(t *testing.T) {
	cases := []struct {
		format string
		args   []any
	}{
		{"%d", nil},
		{"%d %d", []any{1}},
		{"%d", []any{1, 2, "x"}},
		{"no verbs", []any{1, nil, "s"}},
		{"%!", nil}, {"%", nil}, {"abc%", []any{1}}, {"%-", []any{1}}, {"%.", []any{3}},
		{"%[2]d %[1]d", []any{1, 2}},
		{"%[3]d", []any{1, 2}},
		{"%[0]d", []any{1}}, {"%[x]d", []any{1}}, {"%[1]", []any{1}}, {"%[2]*[1]d", []any{12, 5}},
		{"%[1]d %d", []any{1, 2}}, {"%[5]d %d", []any{1, 2}},
		{"%*d", []any{5, 42}}, {"%-*d|", []any{5, 42}}, {"%*d", []any{-5, 42}}, {"%.*f", []any{2, 3.14159}},
		{"%*d", []any{"x", 42}}, {"%.*d", []any{-1, 42}}, {"%*d", []any{int64(3), 1}}, {"%*d", []any{uint8(3), 1}},
		{"%*d", []any{10000000, 1}}, {"%.*d", []any{uint64(1 << 63), 1}},
		{"%3.2[1]d", []any{7}}, {"%[1]2d", []any{7}}, {"%[1].2d", []any{7}},
		{"%d %s", []any{"str", 5}},
		{"%!d(string=hi)", nil},
		{"%v %v", []any{nil, []any{nil}}},
		{"%s", []any{nil}}, {"%d", []any{nil}}, {"%T", []any{nil}}, {"%p", []any{nil}},
		{"%10T|%-10T|", []any{1, "s"}},
		{"%x %X", []any{"hello", []byte("hi")}},
		{"% x|% X|%# x|%#X", []any{"abc", "abc", "abc", []byte{1, 171}}},
		{"%c|%-4c|%4c", []any{'A', 'B', '世'}},
		{"%q %+q %#q %#+q", []any{"é\n", "é\n", "back`tick", "é"}},
		{"%U %#U %#U", []any{'x', '世', rune(0x7)}},
		{"%5t|%-7t|", []any{true, false}},
		{"%08.3f|%-8.2f|%+.1e|% g", []any{3.14159, 2.5, 12345.678, 1e-7}},
		{"%#v %#v %#v", []any{1.0, float32(2), 1e6}},
		{"%#g %#.3g %#e", []any{1.0, 100.0, 2.0}},
		{"%x %X %#x %.3x", []any{1.5, -0.1, 3.0, 1.0 / 3}},
		{"%b %b", []any{1.5, float32(0.25)}},
		{"%o %O %#o %b %#b", []any{8, 8, 8, 5, 5}},
		{"%x %X %#x %#X", []any{-255, 255, uint8(10), int64(-1)}},
		{"%.0d|%.0d|%5.0d|", []any{0, 1, 0}},
		{"%010d|%-010d|%+010d|% 010d|%010.3d", []any{-42, 42, 42, 42, 42}},
		{"%6.2v|%v|%.1v", []any{3.14159, "s", "str"}},
		{"%.2s|%.10s|%5.1s|%.0s", []any{"héllo", "hi", "xyz", "abc"}},
		{"%.3q|%.1x", []any{"abcdef", "abc"}},
		{"%w", []any{errors.New("e")}},
		{"%v%%%v", []any{1, 2}},
		{"%-5%|%5%", nil},
		{"%d%", []any{1}},
		{"%é", []any{1}},
		{"%\xff", []any{1}},
	}
	for _, c := range cases {
		want := fmt.Sprintf(c.format, c.args...)
		got := mfmt.Sprintf(c.format, c.args...)
		if got != want {
			t.Errorf("Sprintf(%q, %#v):\n got %q\nwant %q", c.format, c.args, got, want)
		}
	}
}

func TestPrintAndPrintln(t *testing.T) {
	lists := [][]any{
		nil, {1}, {1, 2}, {"a", "b"}, {"a", 1, "b"}, {1, "a", 2}, {1, 2, "x", 3, 4},
		{nil, nil}, {"", ""}, {myStr("x"), myStr("y")}, {3.5, true, []int{1}}, {errors.New("e"), 1},
		{stringer(1), stringer(2)}, {point{1, 2}, "s", &point{3, 4}},
	}
	for _, a := range lists {
		if got, want := mfmt.Sprint(a...), fmt.Sprint(a...); got != want {
			t.Errorf("Sprint(%#v): got %q, want %q", a, got, want)
		}
		if got, want := mfmt.Sprintln(a...), fmt.Sprintln(a...); got != want {
			t.Errorf("Sprintln(%#v): got %q, want %q", a, got, want)
		}
		if got, want := string(mfmt.Append([]byte("pre:"), a...)), string(fmt.Append([]byte("pre:"), a...)); got != want {
			t.Errorf("Append(%#v): got %q, want %q", a, got, want)
		}
		if got, want := string(mfmt.Appendln(nil, a...)), string(fmt.Appendln(nil, a...)); got != want {
			t.Errorf("Appendln(%#v): got %q, want %q", a, got, want)
		}
	}
	if got, want := string(mfmt.Appendf([]byte("x"), "%d-%s", 1, "a")), string(fmt.Appendf([]byte("x"), "%d-%s", 1, "a")); got != want {
		t.Errorf("Appendf: got %q, want %q", got, want)
	}
}

func TestFprint(t *testing.T) {
	var a, b bytes.Buffer
	n1, e1 := mfmt.Fprintf(&a, "%d %s\n", 1, "x")
	n2, e2 := fmt.Fprintf(&b, "%d %s\n", 1, "x")
	m1, _ := mfmt.Fprintln(&a, "y", 2)
	m2, _ := fmt.Fprintln(&b, "y", 2)
	k1, _ := mfmt.Fprint(&a, "z", 3, 4)
	k2, _ := fmt.Fprint(&b, "z", 3, 4)
	if a.String() != b.String() || n1 != n2 || e1 != e2 || m1 != m2 || k1 != k2 {
		t.Errorf("Fprint*: got %q %d %d %d, want %q %d %d %d", a.String(), n1, m1, k1, b.String(), n2, m2, k2)
	}
	// The bundled strings.Builder is an io.Writer too.
	var sb mstrings.Builder
	mfmt.Fprintf(&sb, "%05.1f|%x", 3.14159, "hi")
	if got, want := sb.String(), fmt.Sprintf("%05.1f|%x", 3.14159, "hi"); got != want {
		t.Errorf("Fprintf(&strings.Builder): got %q, want %q", got, want)
	}
}

func TestErrorf(t *testing.T) {
	base := errors.New("base")
	cases := []struct {
		format string
		args   []any
	}{
		{"plain %d", []any{1}},
		{"wrap: %w", []any{base}},
		{"wrap %v: %w", []any{1, base}},
		{"two %w %w", []any{base, base}},
		{"not error %w", []any{1}},
		{"nil %w", []any{nil}},
		{"%w", []any{myErr{"m"}}},
	}
	for _, c := range cases {
		want := fmt.Errorf(c.format, c.args...)
		got := mfmt.Errorf(c.format, c.args...)
		if got.Error() != want.Error() {
			t.Errorf("Errorf(%q): got %q, want %q", c.format, got.Error(), want.Error())
		}
		wu, gu := errors.Unwrap(want), errors.Unwrap(got)
		if (wu == nil) != (gu == nil) || wu != nil && wu != gu {
			t.Errorf("Errorf(%q): Unwrap got %v, want %v", c.format, gu, wu)
		}
		if got, want := fmt.Sprintf("%T", got), fmt.Sprintf("%T", want); strings.TrimPrefix(got, "*") != strings.TrimPrefix(want, "*") {
			t.Errorf("Errorf(%q): type %s, want %s", c.format, got, want)
		}
	}
}

// Deep and self-referential structures print like Go's (pointers below the
// top level as addresses).
func TestNested(t *testing.T) {
	type node struct {
		V    int
		Next *node
	}
	n := &node{1, nil}
	n.Next = n
	for _, v := range []any{n, *n, []*node{n}, map[string]*node{"n": n}, [][]any{{n, 1}}} {
		for _, f := range []string{"%v", "%+v", "%#v", "%s", "%d"} {
			if got, want := mfmt.Sprintf(f, v), fmt.Sprintf(f, v); got != want {
				t.Errorf("Sprintf(%q, %T): got %q, want %q", f, v, got, want)
			}
		}
	}
}

// Sprintf inside String methods (re-entrant printers).
type reentrant struct{ depth int }

func (r reentrant) String() string {
	if r.depth == 0 {
		return "leaf"
	}
	return mfmt.Sprintf("(%d %v %v)", r.depth, reentrant{r.depth - 1}, []reentrant{{r.depth - 1}})
}

type reentrantGo struct{ depth int }

func (r reentrantGo) String() string {
	if r.depth == 0 {
		return "leaf"
	}
	return fmt.Sprintf("(%d %v %v)", r.depth, reentrantGo{r.depth - 1}, []reentrantGo{{r.depth - 1}})
}

func TestReentrant(t *testing.T) {
	if got, want := mfmt.Sprint(reentrant{4}), fmt.Sprint(reentrantGo{4}); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
