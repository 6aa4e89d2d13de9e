package fmt_test

import (
	"fmt"
	"strings"
	"testing"

	mfmt "mstd/fmt"
	mstrings "mstd/strings"
)

type myU16 uint16
type myF32 float32
type myBS []byte

type targets struct {
	i   int
	i8  int8
	u   uint
	u8  uint8
	f   float64
	f32 float32
	s   string
	b   bool
	bs  []byte
	r   rune
	mi  myInt
	mu  myU16
	mf  myF32
	ms  myStr
	mb  myBool
	mbs myBS
}

func (t *targets) ptrs(which string) []any {
	var out []any
	for _, c := range which {
		switch c {
		case 'i':
			out = append(out, &t.i)
		case 'j':
			out = append(out, &t.i8)
		case 'u':
			out = append(out, &t.u)
		case 'v':
			out = append(out, &t.u8)
		case 'f':
			out = append(out, &t.f)
		case 'g':
			out = append(out, &t.f32)
		case 's':
			out = append(out, &t.s)
		case 'b':
			out = append(out, &t.b)
		case 'y':
			out = append(out, &t.bs)
		case 'r':
			out = append(out, &t.r)
		case 'I':
			out = append(out, &t.mi)
		case 'U':
			out = append(out, &t.mu)
		case 'F':
			out = append(out, &t.mf)
		case 'S':
			out = append(out, &t.ms)
		case 'B':
			out = append(out, &t.mb)
		case 'Y':
			out = append(out, &t.mbs)
		case 'x':
			out = append(out, 5) // not a pointer
		}
	}
	return out
}

func errStr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func TestScan(t *testing.T) {
	type tc struct {
		format, input, which string
	}
	cases := []tc{
		{"", "42", "i"}, {"", "1 2 3", "iuv"}, {"", "-12 3.5 hello true", "ifsb"}, {"", "x", "i"}, {"", "", "i"},
		{"", "300", "j"}, {"", "-1", "u"}, {"", "256", "v"}, {"", "0x1F 0b101 017 1_000", "iiii"}, {"", "1e3 -0.5 Inf nan", "ffff"},
		{"", "3.4e39", "g"}, {"", "abc def", "sy"}, {"", "7 8 2.5 str T", "IUFSB"}, {"", "bytes", "Y"}, {"", "1", "x"},
		{"", "1\n2", "ii"}, {"", "  \n 5 \n\n 6", "ii"}, {"", "tru", "b"}, {"", "99999999999999999999", "i"},
		{"%d %s", "5 abc", "is"}, {"%d,%d", "1,2", "ii"}, {"%d, %d", "1,  2", "ii"}, {"%x %o %b", "ff 17 101", "iii"},
		{"%c%c", "héllo", "rr"}, {"%q", `"quoted \"s\""`, "s"}, {"%5s%d", "abcdefg12", "si"}, {"%3d%3d", "123456", "ii"},
		{"%v %v %v", "1 2.5 x", "ifs"}, {"%t", "false", "b"}, {"%d %%", "5 %", "i"}, {"%d", "z", "i"}, {"%s\n%s", "a\nb", "ss"},
		{"%d %d", "1", "ii"}, {"%e %g %f", "1.5 2e2 -3", "fff"}, {"%x", "deadbeef", "s"}, {"%X", "414243", "y"},
		{"%d", "+7", "i"}, {"%U", "U+0041", "r"}, {"%d%s", "12ab", "is"}, {"%s", "", "s"}, {"abc%d", "abc9", "i"},
		{"abc%d", "abd9", "i"}, {"%d\n", "5\n", "i"}, {"%d %d\n", "1 2\n3", "ii"},
	}
	for _, c := range cases {
		var mt, gt targets
		var mn, gn int
		var me, ge error
		switch c.format {
		case "":
			mn, me = mfmt.Sscan(c.input, mt.ptrs(c.which)...)
			gn, ge = fmt.Sscan(c.input, gt.ptrs(c.which)...)
		default:
			mn, me = mfmt.Sscanf(c.input, c.format, mt.ptrs(c.which)...)
			gn, ge = fmt.Sscanf(c.input, c.format, gt.ptrs(c.which)...)
		}
		got := fmt.Sprintf("%d %s %+v", mn, errStr(me), mt)
		want := fmt.Sprintf("%d %s %+v", gn, errStr(ge), gt)
		if got != want {
			t.Errorf("scan(%q, %q, %s):\n got %s\nwant %s", c.format, c.input, c.which, got, want)
		}
		if c.format == "" {
			var mt, gt targets
			mn, me := mfmt.Sscanln(c.input, mt.ptrs(c.which)...)
			gn, ge := fmt.Sscanln(c.input, gt.ptrs(c.which)...)
			got := fmt.Sprintf("%d %s %+v", mn, errStr(me), mt)
			want := fmt.Sprintf("%d %s %+v", gn, errStr(ge), gt)
			if got != want {
				t.Errorf("Sscanln(%q, %s):\n got %s\nwant %s", c.input, c.which, got, want)
			}
		}
	}
	// Fscan over an io.Reader that is not a RuneScanner, repeatedly.
	in := "1 2\n3 four\n5.5"
	var a, b, c int
	var d string
	var e float64
	mr := mstrings.NewReader(in)
	mfmt.Fscan(mr, &a, &b)
	mfmt.Fscanln(mr, &c, &d)
	mfmt.Fscanf(mr, "%g", &e)
	gr := strings.NewReader(in)
	var a2, b2, c2 int
	var d2 string
	var e2 float64
	fmt.Fscan(gr, &a2, &b2)
	fmt.Fscanln(gr, &c2, &d2)
	fmt.Fscanf(gr, "%g", &e2)
	if a != a2 || b != b2 || c != c2 || d != d2 || e != e2 {
		t.Errorf("Fscan sequence: %v %v %v %v %v", a, b, c, d, e)
	}
}
