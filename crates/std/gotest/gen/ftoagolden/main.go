// Command ftoagolden writes crates/std/testdata/ftoa.txt, test vectors for the
// runtime's runtime.ftoa hook (docs/abi.md §8) computed with Go 1.19's strconv:
//
//	<float64 bits, hex> <fmt> <prec> <expected output>
//
// fmt is 'e', 'f' or 's' as in the hook; the expected output is "DIGITSeEXP"
// (0.DIGITS × 10^EXP, no leading or trailing zeros; "e0" for zero).
// Run from crates/std: go run ./gotest/gen/ftoagolden/main.go > testdata/ftoa.txt
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

// ftoa is the reference implementation of the hook.
func ftoa(f float64, mode byte, prec int) string {
	var s string
	switch mode {
	case 'e':
		s = strconv.FormatFloat(f, 'e', prec, 64)
	case 's':
		s = strconv.FormatFloat(f, 'e', -1, 32)
	case 'f':
		s = strconv.FormatFloat(f, 'f', prec, 64)
	}
	mant, exp := s, 0
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		mant = s[:i]
		exp, _ = strconv.Atoi(s[i+1:])
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	digits := intPart + frac
	dp := len(intPart) + exp
	for len(digits) > 0 && digits[0] == '0' {
		digits = digits[1:]
		dp--
	}
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		return "e0"
	}
	return digits + "e" + strconv.Itoa(dp)
}

func main() {
	r := rand.New(rand.NewSource(1))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	emit := func(f float64, mode byte, prec int) {
		if !(f > 0) || math.IsInf(f, 0) {
			return // the hook is only called for finite f > 0
		}
		fmt.Fprintf(w, "%016x %c %d %s\n", math.Float64bits(f), mode, prec, ftoa(f, mode, prec))
	}
	specials := []float64{5e-324, 1e-323, 2.2250738585072009e-308, 2.2250738585072014e-308, math.MaxFloat64,
		1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 0.25, 0.125, 1.5, 2.5, 9.5, 99.5, 0.05, 0.005, 1.005, 1e21, 1e22,
		1e23, 5e22, 9007199254740993, 123456789, 1e-7, 1e-4, 1e-5, 1e15, 1e16, 1e17, 8.41e21, 4.35e-10, 100, 1234.5,
		float64(float32(0.1)), float64(math.MaxFloat32), float64(float32(1e-45)), float64(float32(16777217))}
	for _, f := range specials {
		emit(f, 'e', -1)
		emit(float64(float32(f)), 's', -1)
		for _, p := range []int{0, 1, 2, 5, 16, 17, 20, 30} {
			emit(f, 'e', p)
			emit(f, 'f', p)
		}
	}
	emit(5e-324, 'e', 800)
	emit(5e-324, 'f', 1100)
	emit(math.MaxFloat64, 'f', 3)
	for i := 0; i < 6000; i++ {
		var f float64
		switch i % 4 {
		case 0:
			f = math.Abs(math.Float64frombits(r.Uint64()))
		case 1:
			f = math.Abs(r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20)))
		case 2:
			f = float64(r.Intn(1000000)) / math.Pow(10, float64(r.Intn(8)))
		case 3:
			f = math.Float64frombits(r.Uint64() & 0x000FFFFFFFFFFFFF)
		}
		if f == 0 || math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		switch i % 5 {
		case 0:
			emit(f, 'e', -1)
		case 1:
			emit(float64(float32(f)), 's', -1)
		case 2:
			emit(f, 'e', r.Intn(25))
		case 3:
			emit(f, 'f', r.Intn(25))
		case 4:
			emit(f, 'e', r.Intn(120))
		}
	}
}
