// Compares the bundled math/bits with Go's.
package bits_test

import (
	"math/bits"
	"math/rand"
	"testing"

	mbits "mstd/math/bits"
)

func inputs() []uint64 {
	r := rand.New(rand.NewSource(11))
	xs := []uint64{0, 1, 2, 3, 0xFF, 0x100, 0x8000, 0xFFFF, 1 << 31, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, ^uint64(0), 0x0123456789ABCDEF}
	for i := 0; i < 64; i++ {
		xs = append(xs, 1<<uint(i), 1<<uint(i)-1)
	}
	for i := 0; i < 20000; i++ {
		xs = append(xs, r.Uint64()>>uint(r.Intn(64)))
	}
	return xs
}

func TestAll(t *testing.T) {
	xs := inputs()
	for i, x := range xs {
		y := xs[len(xs)-1-i]
		x8, x16, x32 := uint8(x), uint16(x), uint32(x)
		chk := func(name string, got, want any) {
			if got != want {
				t.Fatalf("%s(%#x): got %v, want %v", name, x, got, want)
			}
		}
		chk("OnesCount", mbits.OnesCount(uint(x)), bits.OnesCount(uint(x)))
		chk("OnesCount8", mbits.OnesCount8(x8), bits.OnesCount8(x8))
		chk("OnesCount16", mbits.OnesCount16(x16), bits.OnesCount16(x16))
		chk("OnesCount32", mbits.OnesCount32(x32), bits.OnesCount32(x32))
		chk("OnesCount64", mbits.OnesCount64(x), bits.OnesCount64(x))
		chk("LeadingZeros", mbits.LeadingZeros(uint(x)), bits.LeadingZeros(uint(x)))
		chk("LeadingZeros8", mbits.LeadingZeros8(x8), bits.LeadingZeros8(x8))
		chk("LeadingZeros16", mbits.LeadingZeros16(x16), bits.LeadingZeros16(x16))
		chk("LeadingZeros32", mbits.LeadingZeros32(x32), bits.LeadingZeros32(x32))
		chk("LeadingZeros64", mbits.LeadingZeros64(x), bits.LeadingZeros64(x))
		chk("TrailingZeros", mbits.TrailingZeros(uint(x)), bits.TrailingZeros(uint(x)))
		chk("TrailingZeros8", mbits.TrailingZeros8(x8), bits.TrailingZeros8(x8))
		chk("TrailingZeros16", mbits.TrailingZeros16(x16), bits.TrailingZeros16(x16))
		chk("TrailingZeros32", mbits.TrailingZeros32(x32), bits.TrailingZeros32(x32))
		chk("TrailingZeros64", mbits.TrailingZeros64(x), bits.TrailingZeros64(x))
		chk("Len", mbits.Len(uint(x)), bits.Len(uint(x)))
		chk("Len8", mbits.Len8(x8), bits.Len8(x8))
		chk("Len16", mbits.Len16(x16), bits.Len16(x16))
		chk("Len32", mbits.Len32(x32), bits.Len32(x32))
		chk("Len64", mbits.Len64(x), bits.Len64(x))
		chk("Reverse", mbits.Reverse(uint(x)), bits.Reverse(uint(x)))
		chk("Reverse8", mbits.Reverse8(x8), bits.Reverse8(x8))
		chk("Reverse16", mbits.Reverse16(x16), bits.Reverse16(x16))
		chk("Reverse32", mbits.Reverse32(x32), bits.Reverse32(x32))
		chk("Reverse64", mbits.Reverse64(x), bits.Reverse64(x))
		chk("ReverseBytes", mbits.ReverseBytes(uint(x)), bits.ReverseBytes(uint(x)))
		chk("ReverseBytes16", mbits.ReverseBytes16(x16), bits.ReverseBytes16(x16))
		chk("ReverseBytes32", mbits.ReverseBytes32(x32), bits.ReverseBytes32(x32))
		chk("ReverseBytes64", mbits.ReverseBytes64(x), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 3, 8, 31, 32, 63, 64, 65, -1, -9, int(y % 200)} {
			chk("RotateLeft", mbits.RotateLeft(uint(x), k), bits.RotateLeft(uint(x), k))
			chk("RotateLeft8", mbits.RotateLeft8(x8, k), bits.RotateLeft8(x8, k))
			chk("RotateLeft16", mbits.RotateLeft16(x16, k), bits.RotateLeft16(x16, k))
			chk("RotateLeft32", mbits.RotateLeft32(x32, k), bits.RotateLeft32(x32, k))
			chk("RotateLeft64", mbits.RotateLeft64(x, k), bits.RotateLeft64(x, k))
		}
		for _, c := range []uint64{0, 1} { // (carry must be 0 or 1)
			s1, c1 := mbits.Add64(x, y, c)
			s2, c2 := bits.Add64(x, y, c)
			chk("Add64", [2]uint64{s1, c1}, [2]uint64{s2, c2})
			d1, b1 := mbits.Sub64(x, y, c)
			d2, b2 := bits.Sub64(x, y, c)
			chk("Sub64", [2]uint64{d1, b1}, [2]uint64{d2, b2})
			a1, a2 := mbits.Add32(x32, uint32(y), uint32(c))
			a3, a4 := bits.Add32(x32, uint32(y), uint32(c))
			chk("Add32", [2]uint32{a1, a2}, [2]uint32{a3, a4})
			u1, u2 := mbits.Sub32(x32, uint32(y), uint32(c))
			u3, u4 := bits.Sub32(x32, uint32(y), uint32(c))
			chk("Sub32", [2]uint32{u1, u2}, [2]uint32{u3, u4})
			q1, q2 := mbits.Add(uint(x), uint(y), uint(c))
			q3, q4 := bits.Add(uint(x), uint(y), uint(c))
			chk("Add", [2]uint{q1, q2}, [2]uint{q3, q4})
		}
		h1, l1 := mbits.Mul64(x, y)
		h2, l2 := bits.Mul64(x, y)
		chk("Mul64", [2]uint64{h1, l1}, [2]uint64{h2, l2})
		m1, m2 := mbits.Mul32(x32, uint32(y))
		m3, m4 := bits.Mul32(x32, uint32(y))
		chk("Mul32", [2]uint32{m1, m2}, [2]uint32{m3, m4})
		if y != 0 {
			hi := x % y // hi < y: no overflow
			q1, r1 := mbits.Div64(hi, x^y, y)
			q2, r2 := bits.Div64(hi, x^y, y)
			chk("Div64", [2]uint64{q1, r1}, [2]uint64{q2, r2})
			chk("Rem64", mbits.Rem64(x, x^y, y), bits.Rem64(x, x^y, y))
			if uint32(y) != 0 {
				d1, e1 := mbits.Div32(uint32(hi)%uint32(y), x32, uint32(y))
				d2, e2 := bits.Div32(uint32(hi)%uint32(y), x32, uint32(y))
				chk("Div32", [2]uint32{d1, e1}, [2]uint32{d2, e2})
			}
		}
	}
	if mbits.UintSize != bits.UintSize {
		t.Fatalf("UintSize")
	}
}

func panicText(f func()) (s string) {
	defer func() {
		if e := recover(); e != nil {
			s = e.(error).Error()
		}
	}()
	f()
	return ""
}

func TestDivPanics(t *testing.T) {
	if got, want := panicText(func() { mbits.Div64(1, 2, 0) }), panicText(func() { bits.Div64(1, 2, 0) }); got != want {
		t.Errorf("Div64 by zero: %q, want %q", got, want)
	}
	if got, want := panicText(func() { mbits.Div64(5, 2, 3) }), panicText(func() { bits.Div64(5, 2, 3) }); got != want {
		t.Errorf("Div64 overflow: %q, want %q", got, want)
	}
}
