// Compares the bundled strconv (mstd/strconv) with Go's strconv.
package strconv_test

import (
	"errors"
	"math"
	"math/rand"
	"strconv"
	"testing"
	"unicode/utf8"

	mstrconv "mstd/strconv"
)

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// randFloat returns float64s of every magnitude, subnormals, specials and short decimals.
func randFloat(r *rand.Rand) float64 {
	switch r.Intn(8) {
	case 0:
		return math.Float64frombits(r.Uint64())
	case 1:
		return float64(r.Intn(2000000)-1000000) / math.Pow(10, float64(r.Intn(12)))
	case 2:
		return math.Float64frombits(r.Uint64() & 0x000FFFFFFFFFFFFF) // subnormal
	case 3:
		return []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5,
			math.MaxFloat64, math.SmallestNonzeroFloat64, 1e21, 1e20, 1e-7, 1e-4, 1e-5, 123456789, 0.1, 2.5, 0.125,
			1.005, 9.5, 99.5, 0.05, 5e-324, 1e23, 8.41e21, 5e22}[r.Intn(27)]
	case 4:
		return float64(float32(r.NormFloat64() * math.Pow(10, float64(r.Intn(60)-30))))
	default:
		return r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20))
	}
}

func TestFormatFloat(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	n := 100000
	if testing.Short() {
		n = 10000
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 5, 6, 8, 10, 15, 16, 17, 18, 20, 25}
	fails := 0
	for i := 0; i < n; i++ {
		f := randFloat(r)
		for _, bitSize := range []int{64, 32} {
			fm := fmts[r.Intn(len(fmts))]
			prec := precs[r.Intn(len(precs))]
			if i%97 == 0 {
				prec = r.Intn(400)
			}
			want := strconv.FormatFloat(f, fm, prec, bitSize)
			got := mstrconv.FormatFloat(f, fm, prec, bitSize)
			if got != want {
				fails++
				if fails < 30 {
					t.Errorf("FormatFloat(%b, %c, %d, %d): got %q, want %q", math.Float64bits(f), fm, prec, bitSize, got, want)
				}
			}
			if i%8 == 0 {
				got := string(mstrconv.AppendFloat([]byte("x"), f, fm, prec, bitSize))
				if got != "x"+want {
					t.Errorf("AppendFloat: got %q, want %q", got, "x"+want)
				}
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d failures", fails)
	}
}

func TestParseFloat(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	inputs := []string{"", "0", "-0", "+0", "1", "1.5", ".5", "5.", "1e10", "1E-10", "1e400", "-1e400", "1e-400",
		"inf", "-Inf", "+INF", "infinity", "nan", "NaN", "nAn", "0x1p-2", "0x1.8p1", "0X1P+3", "0x1p", "0x", "1_000.5",
		"1__0", "_1", "1e", "1e+", "e5", ".", "-", "+", "1.7976931348623157e308", "1.7976931348623159e308",
		"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "0.1", "0.3",
		"123456789012345678901234567890", "1.00000000000000011102230246251565404236316680908203125",
		"1.000000000000000111022302462515654042363166809082031250000001", "3.4028235e38", "3.4028236e38",
		"1e-45", "7e-46", "0x1.fffffep127", "0x1p-149", "0x1p-150", "00001", "1.0000000000000000000000000000000000001",
		"12abc", "1.5.5", "1e1e1", "0b101", "0o17", "1,5", " 1", "1 "}
	for i := 0; i < 20000; i++ {
		f := randFloat(r)
		inputs = append(inputs, strconv.FormatFloat(f, 'g', r.Intn(20)-1, 64))
		if i%4 == 0 {
			inputs = append(inputs, strconv.FormatFloat(f, 'e', r.Intn(30), 64))
		}
	}
	for _, s := range inputs {
		for _, bs := range []int{64, 32} {
			want, werr := strconv.ParseFloat(s, bs)
			got, gerr := mstrconv.ParseFloat(s, bs)
			if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) || errString(gerr) != errString(werr) {
				t.Errorf("ParseFloat(%q, %d): got %v %v, want %v %v", s, bs, got, gerr, want, werr)
			}
		}
	}
}

func TestInts(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	vals := []int64{0, 1, -1, 9, 10, -10, 99, 100, math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, 1 << 40}
	for i := 0; i < 5000; i++ {
		vals = append(vals, r.Int63()>>uint(r.Intn(63)), -r.Int63()>>uint(r.Intn(63)))
	}
	for _, v := range vals {
		if got, want := mstrconv.Itoa(int(v)), strconv.Itoa(int(v)); got != want {
			t.Errorf("Itoa(%d): got %q, want %q", v, got, want)
		}
		for base := 2; base <= 36; base++ {
			if got, want := mstrconv.FormatInt(v, base), strconv.FormatInt(v, base); got != want {
				t.Errorf("FormatInt(%d, %d): got %q, want %q", v, base, got, want)
			}
			if got, want := mstrconv.FormatUint(uint64(v), base), strconv.FormatUint(uint64(v), base); got != want {
				t.Errorf("FormatUint(%d, %d): got %q, want %q", uint64(v), base, got, want)
			}
		}
		if got, want := string(mstrconv.AppendInt([]byte("a"), v, 10)), string(strconv.AppendInt([]byte("a"), v, 10)); got != want {
			t.Errorf("AppendInt: got %q, want %q", got, want)
		}
		if got, want := string(mstrconv.AppendUint(nil, uint64(v), 16)), string(strconv.AppendUint(nil, uint64(v), 16)); got != want {
			t.Errorf("AppendUint: got %q, want %q", got, want)
		}
	}
}

func TestParseInt(t *testing.T) {
	inputs := []string{"", "0", "-0", "+5", "-5", "12345", "-12345", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"0x1F", "0X1f", "0b101", "0o17", "017", "1_000", "0x_1", "1__0", "_1", "1_", "abc", "12a", " 1", "1 ",
		"2147483647", "2147483648", "-2147483649", "127", "128", "-129", "255", "256", "z", "Z", "zz", "-", "+",
		"0x", "0b", "0o", "99999999999999999999999", "-99999999999999999999999", "1e3"}
	bases := []int{0, 2, 8, 10, 16, 36, 1, 37, -1}
	sizes := []int{0, 8, 16, 32, 64, 65}
	for _, s := range inputs {
		for _, b := range bases {
			for _, bs := range sizes {
				w, werr := strconv.ParseInt(s, b, bs)
				g, gerr := mstrconv.ParseInt(s, b, bs)
				if g != w || errString(gerr) != errString(werr) {
					t.Errorf("ParseInt(%q, %d, %d): got %d %v, want %d %v", s, b, bs, g, gerr, w, werr)
				}
				wu, werr := strconv.ParseUint(s, b, bs)
				gu, gerr := mstrconv.ParseUint(s, b, bs)
				if gu != wu || errString(gerr) != errString(werr) {
					t.Errorf("ParseUint(%q, %d, %d): got %d %v, want %d %v", s, b, bs, gu, gerr, wu, werr)
				}
			}
		}
		w, werr := strconv.Atoi(s)
		g, gerr := mstrconv.Atoi(s)
		if g != w || errString(gerr) != errString(werr) {
			t.Errorf("Atoi(%q): got %d %v, want %d %v", s, g, gerr, w, werr)
		}
	}
	// Error values.
	_, err := mstrconv.Atoi("x")
	var ne *mstrconv.NumError
	if !errors.As(err, &ne) || ne.Func != "Atoi" || ne.Num != "x" || ne.Err != mstrconv.ErrSyntax {
		t.Errorf("Atoi(\"x\") error = %#v", err)
	}
	if !errors.Is(err, mstrconv.ErrSyntax) {
		t.Errorf("errors.Is(err, ErrSyntax) = false")
	}
	if got := err.Error(); got != `strconv.Atoi: parsing "x": invalid syntax` {
		t.Errorf("Atoi(\"x\") error text %q", got)
	}
}

func TestBool(t *testing.T) {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "", "yes", "tRUE"} {
		w, werr := strconv.ParseBool(s)
		g, gerr := mstrconv.ParseBool(s)
		if g != w || errString(gerr) != errString(werr) {
			t.Errorf("ParseBool(%q): got %v %v, want %v %v", s, g, gerr, w, werr)
		}
	}
	if mstrconv.FormatBool(true) != "true" || mstrconv.FormatBool(false) != "false" {
		t.Errorf("FormatBool")
	}
	if string(mstrconv.AppendBool([]byte("x"), true)) != "xtrue" {
		t.Errorf("AppendBool")
	}
}

func TestQuote(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	strs := []string{"", "abc", "\a\b\f\n\r\t\v\\\"'", "\x00\x1f\x7f", "héllo", "日本語", "\xff\xfe", "\u2028\u00a0\ufeff",
		"\U0001F600", "\U0010FFFF", "a`b", "tab\t", "\u0300", string(rune(0xe000))}
	for i := 0; i < 3000; i++ {
		b := make([]byte, r.Intn(12))
		for j := range b {
			b[j] = byte(r.Intn(256))
		}
		strs = append(strs, string(b))
		rs := make([]rune, r.Intn(6))
		for j := range rs {
			rs[j] = rune(r.Intn(0x110000))
		}
		strs = append(strs, string(rs))
	}
	for _, s := range strs {
		if got, want := mstrconv.Quote(s), strconv.Quote(s); got != want {
			t.Errorf("Quote(%q): got %s, want %s", s, got, want)
		}
		if got, want := mstrconv.QuoteToASCII(s), strconv.QuoteToASCII(s); got != want {
			t.Errorf("QuoteToASCII(%q): got %s, want %s", s, got, want)
		}
		if got, want := mstrconv.QuoteToGraphic(s), strconv.QuoteToGraphic(s); got != want {
			t.Errorf("QuoteToGraphic(%q): got %s, want %s", s, got, want)
		}
		if got, want := mstrconv.CanBackquote(s), strconv.CanBackquote(s); got != want {
			t.Errorf("CanBackquote(%q): got %v, want %v", s, got, want)
		}
		for _, q := range []string{strconv.Quote(s), "`" + s + "`", "'" + s + "'", s, "\"" + s} {
			g, gerr := mstrconv.Unquote(q)
			w, werr := strconv.Unquote(q)
			if g != w || errString(gerr) != errString(werr) {
				t.Errorf("Unquote(%q): got %q %v, want %q %v", q, g, gerr, w, werr)
			}
		}
		if utf8.RuneCountInString(s) > 0 {
			rr, _ := utf8.DecodeRuneInString(s)
			if got, want := mstrconv.QuoteRune(rr), strconv.QuoteRune(rr); got != want {
				t.Errorf("QuoteRune(%U): got %s, want %s", rr, got, want)
			}
		}
	}
	for rr := rune(-2); rr <= 0x110001; rr++ {
		if got, want := mstrconv.IsPrint(rr), strconv.IsPrint(rr); got != want {
			t.Fatalf("IsPrint(%U): got %v, want %v", rr, got, want)
		}
		if got, want := mstrconv.IsGraphic(rr), strconv.IsGraphic(rr); got != want {
			t.Fatalf("IsGraphic(%U): got %v, want %v", rr, got, want)
		}
		if rr%251 == 0 {
			if got, want := mstrconv.QuoteRuneToASCII(rr), strconv.QuoteRuneToASCII(rr); got != want {
				t.Errorf("QuoteRuneToASCII(%U): got %s, want %s", rr, got, want)
			}
			if got, want := mstrconv.QuoteRuneToGraphic(rr), strconv.QuoteRuneToGraphic(rr); got != want {
				t.Errorf("QuoteRuneToGraphic(%U): got %s, want %s", rr, got, want)
			}
		}
	}
	for _, q := range []string{`'a'`, `'\n'`, `'\x41'`, `'\u00e9'`, `'ab'`, `''`, `'\'`, `'\400'`, `'\377'`, `"\q"`, `"\u12"`, "`a\rb`"} {
		g, gerr := mstrconv.Unquote(q)
		w, werr := strconv.Unquote(q)
		if g != w || errString(gerr) != errString(werr) {
			t.Errorf("Unquote(%q): got %q %v, want %q %v", q, g, gerr, w, werr)
		}
		v1, m1, t1, e1 := mstrconv.UnquoteChar(q[1:], '\'')
		v2, m2, t2, e2 := strconv.UnquoteChar(q[1:], '\'')
		if v1 != v2 || m1 != m2 || t1 != t2 || errString(e1) != errString(e2) {
			t.Errorf("UnquoteChar(%q)", q[1:])
		}
	}
}
