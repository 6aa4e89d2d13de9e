// The math/bits and math intrinsics on edge cases and pseudo-random inputs,
// compared with plain Go versions (loops, shifts, integer conversions) and with
// calls through function values (the library's own Go bodies). tests/run/FLAGS
// builds it at every GOAMD64 level: the output must not change.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

var state uint64 = 0x853c49e6748fea9b

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// A value with a random number of leading and trailing zero bits.
func sample() uint64 {
	v := next()
	switch next() % 4 {
	case 0:
		v >>= next() % 64
	case 1:
		v <<= next() % 64
	case 2:
		v = 1 << (next() % 64)
	}
	return v
}

func popSW(x uint64) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n += int(x & 1)
	}
	return n
}

func lenSW(x uint64) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

func tzSW(x uint64, w int) int {
	if x == 0 {
		return w
	}
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

func rotSW(x uint64, k int, w uint) uint64 {
	s := uint(k) % w
	mask := uint64(1)<<w - 1
	if w == 64 {
		mask = ^uint64(0)
	}
	x &= mask
	return (x<<s | x>>(w-s)) & mask
}

var (
	fOnes64  = bits.OnesCount64
	fOnes32  = bits.OnesCount32
	fLead16  = bits.LeadingZeros16
	fTrail8  = bits.TrailingZeros8
	fRot64   = bits.RotateLeft64
	fFloor   = math.Floor
	fCeil    = math.Ceil
	fTrunc   = math.Trunc
	fSqrt    = math.Sqrt
	fFMA     = math.FMA
	mismatch = 0
)

func report(what string, x interface{}, got, want interface{}) {
	if mismatch < 20 {
		fmt.Printf("MISMATCH %s(%v) = %v, want %v\n", what, x, got, want)
	}
	mismatch++
}

func checkBits(x uint64) {
	x8, x16, x32 := uint8(x), uint16(x), uint32(x)
	if got, want := bits.OnesCount64(x), popSW(x); got != want {
		report("OnesCount64", x, got, want)
	}
	if got, want := bits.OnesCount(uint(x)), popSW(x); got != want {
		report("OnesCount", x, got, want)
	}
	if got, want := bits.OnesCount32(x32), popSW(uint64(x32)); got != want {
		report("OnesCount32", x32, got, want)
	}
	if got, want := bits.OnesCount16(x16), popSW(uint64(x16)); got != want {
		report("OnesCount16", x16, got, want)
	}
	if got, want := bits.OnesCount8(x8), popSW(uint64(x8)); got != want {
		report("OnesCount8", x8, got, want)
	}
	if got, want := bits.LeadingZeros64(x), 64-lenSW(x); got != want {
		report("LeadingZeros64", x, got, want)
	}
	if got, want := bits.LeadingZeros(uint(x)), 64-lenSW(x); got != want {
		report("LeadingZeros", x, got, want)
	}
	if got, want := bits.LeadingZeros32(x32), 32-lenSW(uint64(x32)); got != want {
		report("LeadingZeros32", x32, got, want)
	}
	if got, want := bits.LeadingZeros16(x16), 16-lenSW(uint64(x16)); got != want {
		report("LeadingZeros16", x16, got, want)
	}
	if got, want := bits.LeadingZeros8(x8), 8-lenSW(uint64(x8)); got != want {
		report("LeadingZeros8", x8, got, want)
	}
	if got, want := bits.Len64(x), lenSW(x); got != want {
		report("Len64", x, got, want)
	}
	if got, want := bits.Len(uint(x)), lenSW(x); got != want {
		report("Len", x, got, want)
	}
	if got, want := bits.Len32(x32), lenSW(uint64(x32)); got != want {
		report("Len32", x32, got, want)
	}
	if got, want := bits.Len16(x16), lenSW(uint64(x16)); got != want {
		report("Len16", x16, got, want)
	}
	if got, want := bits.Len8(x8), lenSW(uint64(x8)); got != want {
		report("Len8", x8, got, want)
	}
	if got, want := bits.TrailingZeros64(x), tzSW(x, 64); got != want {
		report("TrailingZeros64", x, got, want)
	}
	if got, want := bits.TrailingZeros(uint(x)), tzSW(x, 64); got != want {
		report("TrailingZeros", x, got, want)
	}
	if got, want := bits.TrailingZeros32(x32), tzSW(uint64(x32), 32); got != want {
		report("TrailingZeros32", x32, got, want)
	}
	if got, want := bits.TrailingZeros16(x16), tzSW(uint64(x16), 16); got != want {
		report("TrailingZeros16", x16, got, want)
	}
	if got, want := bits.TrailingZeros8(x8), tzSW(uint64(x8), 8); got != want {
		report("TrailingZeros8", x8, got, want)
	}
	k := int(next()%200) - 100
	if got, want := bits.RotateLeft64(x, k), rotSW(x, k, 64); got != want {
		report("RotateLeft64", x, got, want)
	}
	if got, want := bits.RotateLeft(uint(x), k), uint(rotSW(x, k, 64)); got != want {
		report("RotateLeft", x, got, want)
	}
	if got, want := bits.RotateLeft32(x32, k), uint32(rotSW(uint64(x32), k, 32)); got != want {
		report("RotateLeft32", x32, got, want)
	}
	if got, want := bits.RotateLeft16(x16, k), uint16(rotSW(uint64(x16), k, 16)); got != want {
		report("RotateLeft16", x16, got, want)
	}
	if got, want := bits.RotateLeft8(x8, k), uint8(rotSW(uint64(x8), k, 8)); got != want {
		report("RotateLeft8", x8, got, want)
	}
	// constant rotations
	if got, want := bits.RotateLeft64(x, 7), rotSW(x, 7, 64); got != want {
		report("RotateLeft64 7", x, got, want)
	}
	if got, want := bits.RotateLeft32(x32, -5), uint32(rotSW(uint64(x32), -5, 32)); got != want {
		report("RotateLeft32 -5", x32, got, want)
	}
	// through function values: the Go bodies
	if fOnes64(x) != bits.OnesCount64(x) || fOnes32(x32) != bits.OnesCount32(x32) ||
		fLead16(x16) != bits.LeadingZeros16(x16) || fTrail8(x8) != bits.TrailingZeros8(x8) ||
		fRot64(x, k) != bits.RotateLeft64(x, k) {
		report("function values", x, "", "")
	}
}

// Floor, Ceil, Trunc in plain Go (for |x| < 2^52 through int64).
func truncSW(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1<<52 {
		return x
	}
	t := float64(int64(x))
	if t == 0 {
		return math.Copysign(0, x)
	}
	return t
}

func floorSW(x float64) float64 {
	t := truncSW(x)
	if t > x {
		return t - 1
	}
	return t
}

func ceilSW(x float64) float64 {
	t := truncSW(x)
	if t < x {
		t++
	}
	if t == 0 {
		return math.Copysign(0, x)
	}
	return t
}

func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || (math.IsNaN(a) && math.IsNaN(b))
}

var hash uint64

func mix(f float64) {
	b := math.Float64bits(f)
	if math.IsNaN(f) {
		b = 0x7ff8000000000001 // any NaN
	}
	hash = (hash ^ b) * 0x100000001b3
}

func checkFloat(x, y, z float64) {
	if got, want := math.Floor(x), floorSW(x); !same(got, want) {
		report("Floor", x, got, want)
	}
	if got, want := math.Ceil(x), ceilSW(x); !same(got, want) {
		report("Ceil", x, got, want)
	}
	if got, want := math.Trunc(x), truncSW(x); !same(got, want) {
		report("Trunc", x, got, want)
	}
	s := math.Sqrt(x)
	if x >= 0 && !math.IsInf(x, 0) && x > 1e-300 && x < 1e300 {
		// the correctly rounded root: s*s brackets x within one ulp of s
		lo, hi := math.Nextafter(s, 0), math.Nextafter(s, math.Inf(1))
		if !(lo*lo <= x && x <= hi*hi) {
			report("Sqrt", x, s, "")
		}
	}
	f := math.FMA(x, y, z)
	if !same(fFloor(x), math.Floor(x)) || !same(fCeil(x), math.Ceil(x)) ||
		!same(fTrunc(x), math.Trunc(x)) || !same(fSqrt(x), s) || !same(fFMA(x, y, z), f) {
		report("function values", x, "", "")
	}
	mix(math.Floor(x))
	mix(math.Ceil(x))
	mix(math.Trunc(x))
	mix(s)
	mix(f)
	mix(math.Abs(x))
}

func randFloat() float64 {
	switch next() % 4 {
	case 0: // small, with fractions
		return float64(int64(next()%2000)-1000) / 8
	case 1: // near 2^52, where rounding tricks break
		return math.Ldexp(float64(next()%(1<<12))/(1<<12)+1, 51+int(next()%3)) * float64(1-2*int(next()%2))
	case 2: // any finite number
		for {
			f := math.Float64frombits(next())
			if !math.IsNaN(f) && !math.IsInf(f, 0) {
				return f
			}
		}
	default: // moderate magnitudes
		return (float64(next()>>11)/(1<<53) - 0.5) * math.Ldexp(1, int(next()%80)-20)
	}
}

func main() {
	edges := []uint64{0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000,
		0x7fffffff, 0x80000000, 0xffffffff, 1 << 32, 1<<63 - 1, 1 << 63, ^uint64(0),
		0x5555555555555555, 0xaaaaaaaaaaaaaaaa, 0x0123456789abcdef}
	for _, x := range edges {
		checkBits(x)
		fmt.Println(x, bits.OnesCount64(x), bits.LeadingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)),
			bits.Len8(uint8(x)), bits.RotateLeft64(x, 13), bits.RotateLeft8(uint8(x), -3))
	}
	sum := 0
	for i := 0; i < 20000; i++ {
		x := sample()
		checkBits(x)
		sum += bits.OnesCount64(x) + bits.LeadingZeros64(x)*3 + bits.TrailingZeros32(uint32(x))*5
	}
	fmt.Println("bits sum", sum)

	fedges := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
		-0.49999999999999994, 1<<52 - 0.5, -(1<<52 - 0.5), 1 << 52, 1<<53 + 1, 1e300, -1e300,
		math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), 2, 3, 1e-310}
	for _, x := range fedges {
		checkFloat(x, 3, -1)
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Sqrt(x), math.FMA(x, 3, -1), math.Abs(x))
	}
	// FMA: exact where x*y+z rounds twice differently
	a := 1 + math.Ldexp(1, -30)
	fmt.Println(math.FMA(a, a, -1), a*a-1, math.FMA(0.1, 10, -1), math.FMA(math.MaxFloat64, 2, -math.Inf(1)))
	for i := 0; i < 20000; i++ {
		checkFloat(randFloat(), randFloat(), randFloat())
	}
	fmt.Printf("float hash %#x\n", hash)
	fmt.Println("mismatches", mismatch)
}
