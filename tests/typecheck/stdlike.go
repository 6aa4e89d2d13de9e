package main

import (
	"errors"
	"unsafe"
)

// --- strconv-like ---

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

var ErrSyntax = errors.New("invalid syntax")
var ErrRange = errors.New("value out of range")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func FormatInt(i int64, base int) string {
	if i == 0 {
		return "0"
	}
	var a [64 + 1]byte
	neg := i < 0
	u := uint64(i)
	if neg {
		u = -u
	}
	pos := len(a)
	b := uint64(base)
	for u >= b {
		pos--
		q := u / b
		a[pos] = digits[uint(u-q*b)]
		u = q
	}
	pos--
	a[pos] = digits[uint(u)]
	if neg {
		pos--
		a[pos] = '-'
	}
	return string(a[pos:])
}

func Itoa(i int) string { return FormatInt(int64(i), 10) }

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fnParseInt = "ParseInt"
	if s == "" {
		return 0, &NumError{fnParseInt, s, ErrSyntax}
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	var n uint64
	for _, c := range []byte(s) {
		var d byte
		switch {
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= c && c <= 'z':
			d = c - 'a' + 10
		default:
			return 0, &NumError{fnParseInt, s, ErrSyntax}
		}
		if int(d) >= base {
			return 0, &NumError{fnParseInt, s, ErrSyntax}
		}
		n = n*uint64(base) + uint64(d)
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && n >= cutoff {
		return int64(cutoff - 1), &NumError{fnParseInt, s, ErrRange}
	}
	i = int64(n)
	if neg {
		i = -i
	}
	return
}

func Quote(s string) string {
	buf := make([]byte, 0, 3*len(s)/2)
	buf = append(buf, '"')
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r == '"' || r == '\\' {
			buf = append(buf, '\\', byte(r))
			continue
		}
		buf = append(buf, byte(r))
	}
	buf = append(buf, '"')
	return string(buf)
}

// --- sort-like ---

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func Sort(data Interface) { insertionSort(data, 0, data.Len()) }

type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

func Slice(x []string, less func(i, j int) bool) {
	ls := lessSwap{less, func(i, j int) { x[i], x[j] = x[j], x[i] }}
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && ls.Less(j, j-1); j-- {
			ls.Swap(j, j-1)
		}
	}
}

// --- fmt-like ---

type Stringer interface{ String() string }

type pp struct {
	buf []byte
}

func (p *pp) printArg(arg any, verb rune) {
	switch f := arg.(type) {
	case nil:
		p.buf = append(p.buf, "<nil>"...)
	case bool:
		if f {
			p.buf = append(p.buf, "true"...)
		} else {
			p.buf = append(p.buf, "false"...)
		}
	case int:
		p.buf = append(p.buf, Itoa(f)...)
	case int8, int16, int32, int64:
		p.buf = append(p.buf, '?')
	case uint8:
		p.buf = append(p.buf, FormatInt(int64(f), 10)...)
	case string:
		if verb == 'q' {
			p.buf = append(p.buf, Quote(f)...)
			return
		}
		p.buf = append(p.buf, f...)
	case []byte:
		p.buf = append(p.buf, f...)
	case error:
		p.buf = append(p.buf, f.Error()...)
	case Stringer:
		p.buf = append(p.buf, f.String()...)
	default:
		p.buf = append(p.buf, "%!v(?)"...)
	}
}

func Sprint(a ...any) string {
	p := &pp{}
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	return string(p.buf)
}

// --- unsafe & bits ---

type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

func dataOf(x any) unsafe.Pointer { return (*eface)(unsafe.Pointer(&x)).data }

func OnesCount64(x uint64) int {
	const m0 = 0x5555555555555555
	const m1 = 0x3333333333333333
	const m2 = 0x0f0f0f0f0f0f0f0f
	const m = 1<<64 - 1
	x = x>>1&(m0&m) + x&(m0&m)
	x = x>>2&(m1&m) + x&(m1&m)
	x = (x>>4 + x) & (m2 & m)
	x += x >> 8
	x += x >> 16
	x += x >> 32
	return int(x) & (1<<7 - 1)
}

func RotateLeft64(x uint64, k int) uint64 {
	const n = 64
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
)

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func main() {
	n, err := ParseInt("-123", 10, 64)
	if err != nil {
		var ne *NumError
		_ = ne
		println(err.Error())
	}
	s := IntSlice{3, 1, 2}
	Sort(s)
	names := []string{"b", "a"}
	Slice(names, func(i, j int) bool { return names[i] < names[j] })
	println(Sprint(1, "x", true, nil, []byte("b"), err, uint8(7), int8(1)), n, OnesCount64(255), RotateLeft64(1, 3), Second.Seconds())
	_ = dataOf(1)
	println(unsafe.Sizeof(s), Quote("a\"b"))
}
