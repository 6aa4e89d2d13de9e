// floatfmt prints seeded random float64 values through fmt and strconv, one line per
// value: the value's bits in hex, then every format separated by '|'.
//
// Compiled by mingo, its output is compared with Go 1.19's (tests/float/harness.rs).
// The golden file holds one FNV-1a hash per block of lines, written by this same
// program run with real Go:
//
//	go run tests/float/floatfmt.go -hash > tests/float/floatfmt.golden
//
// `-block K` prints only block K's lines (the harness asks real Go for them to show the
// first differing value).
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
)

const (
	count     = 100000
	blockSize = 250
)

// splitmix64: a seeded generator identical under every compiler.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
	math.MaxFloat32, math.SmallestNonzeroFloat32, 1, -1, 0.1, 0.5, 1.5, 2.5, 1e21, 1e20, 1e-4,
	1e-5, 123456789, 9007199254740992, 9007199254740993, 5e-324, 1.7976931348623157e308,
	0.3, 2.675, 1.005, 100, 1e6, 1e7, 999999.5, 0.000123456,
}

// value draws one float64 from a mix of distributions.
func value(r *rng, i int) float64 {
	if i < len(specials) {
		return specials[i]
	}
	switch r.intn(10) {
	case 0, 1: // any bit pattern (NaNs, infinities and subnormals included)
		return math.Float64frombits(r.next())
	case 2: // subnormal
		return math.Float64frombits(r.next() & (1<<52 - 1) >> uint(r.intn(52)))
	case 3: // integer
		n := int64(r.next() >> uint(r.intn(64)))
		if r.intn(2) == 0 {
			n = -n
		}
		return float64(n)
	case 4: // small integer or half-integer
		return float64(r.intn(20001)-10000) / float64(1+r.intn(2))
	case 5: // decimal with few digits: rounding ties in %f/%e
		d := float64(r.intn(1000000))
		return d / math.Pow(10, float64(r.intn(12)))
	case 6: // uniform in [0, 1)
		return float64(r.next()>>11) / (1 << 53)
	case 7: // float32 value
		return float64(math.Float32frombits(uint32(r.next())))
	case 8: // wide exponent range
		m := float64(r.next()>>11) / (1 << 53)
		return m * math.Pow(10, float64(r.intn(640)-320))
	default: // near a power of two or ten
		p := math.Pow(10, float64(r.intn(40)-20))
		if r.intn(2) == 0 {
			p = math.Ldexp(1, r.intn(200)-100)
		}
		return math.Float64frombits(math.Float64bits(p) + uint64(r.intn(5)) - 2)
	}
}

// line formats f in every way the test covers.
func line(f float64) string {
	f32 := float32(f)
	b := make([]byte, 0, 512)
	b = strconv.AppendUint(b, math.Float64bits(f), 16)
	add := func(s string) {
		b = append(b, '|')
		b = append(b, s...)
	}
	add(fmt.Sprintf("%v %e %g %f %.3f %10.4g %-12.2e %+.0f %08.3f %.10g %E %G", f, f, f, f, f, f, f, f, f, f, f, f))
	add(fmt.Sprint(f, f32))
	add(fmt.Sprintf("%v %.3e %g %.5f", f32, f32, f32, f32))
	add(strconv.FormatFloat(f, 'g', -1, 64))
	add(strconv.FormatFloat(f, 'e', -1, 64))
	add(strconv.FormatFloat(f, 'f', -1, 64))
	add(strconv.FormatFloat(f, 'e', 16, 64))
	add(strconv.FormatFloat(f, 'g', 5, 64))
	add(strconv.FormatFloat(f, 'f', 2, 64))
	add(strconv.FormatFloat(f, 'e', 0, 64))
	add(strconv.FormatFloat(f, 'g', 17, 64))
	add(strconv.FormatFloat(f, 'g', -1, 32))
	add(strconv.FormatFloat(f, 'e', -1, 32))
	add(strconv.FormatFloat(f, 'f', 4, 32))
	// ParseFloat round trips: shortest form back to the same bits, both sizes.
	if g, err := strconv.ParseFloat(strconv.FormatFloat(f, 'g', -1, 64), 64); err != nil {
		add("err64 " + err.Error())
	} else if math.Float64bits(g) != math.Float64bits(f) && !(f != f && g != g) {
		add("roundtrip64 " + strconv.FormatUint(math.Float64bits(g), 16))
	}
	if g, err := strconv.ParseFloat(strconv.FormatFloat(f, 'e', -1, 32), 32); err != nil {
		add("err32 " + err.Error())
	} else if float32(g) != f32 && !(f32 != f32 && g != g) {
		add("roundtrip32 " + strconv.FormatFloat(g, 'g', -1, 64))
	}
	// Parsing a long decimal (17 significant digits, then %e text) must round correctly.
	g, err := strconv.ParseFloat(fmt.Sprintf("%.25e", f), 64)
	add(strconv.FormatFloat(g, 'g', -1, 64))
	if err != nil {
		add(err.Error())
	}
	return string(b)
}

// fnv1a64 hashes a block's bytes (lines with their newlines); the harness uses the same.
func fnv1a64(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	mode, block := "", -1
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	if mode == "-block" && len(os.Args) > 2 {
		block, _ = strconv.Atoi(os.Args[2])
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	r := &rng{s: 20240601}
	h := uint64(14695981039346656037)
	for i := 0; i < count; i++ {
		s := line(value(r, i)) + "\n"
		switch mode {
		case "-hash":
			h = fnv1a64(h, s)
			if (i+1)%blockSize == 0 {
				fmt.Fprintf(w, "%016x\n", h)
				h = 14695981039346656037
			}
		case "-block":
			if i/blockSize == block {
				w.WriteString(s)
			}
		default:
			w.WriteString(s)
		}
	}
}
