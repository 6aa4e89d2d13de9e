// The bundled math/rand produces Go 1.19's sequences.
package rand_test

import (
	"math"
	"math/rand"
	"testing"

	mrand "mstd/math/rand"
)

func TestSequences(t *testing.T) {
	for _, seed := range []int64{1, 0, -1, 42, 1 << 40, math.MaxInt64, math.MinInt64} {
		g := rand.New(rand.NewSource(seed))
		m := mrand.New(mrand.NewSource(seed))
		for i := 0; i < 3000; i++ {
			var a, b any
			switch i % 14 {
			case 0:
				a, b = g.Int63(), m.Int63()
			case 1:
				a, b = g.Uint32(), m.Uint32()
			case 2:
				a, b = g.Uint64(), m.Uint64()
			case 3:
				a, b = g.Int31(), m.Int31()
			case 4:
				a, b = g.Int(), m.Int()
			case 5:
				n := int64(i*i + 1)
				a, b = g.Int63n(n), m.Int63n(n)
			case 6:
				a, b = g.Int31n(int32(i+1)), m.Int31n(int32(i+1))
			case 7:
				a, b = g.Intn(i+1), m.Intn(i+1)
			case 8:
				a, b = math.Float64bits(g.Float64()), math.Float64bits(m.Float64())
			case 9:
				a, b = math.Float32bits(g.Float32()), math.Float32bits(m.Float32())
			case 10:
				a, b = math.Float64bits(g.NormFloat64()), math.Float64bits(m.NormFloat64())
			case 11:
				a, b = math.Float64bits(g.ExpFloat64()), math.Float64bits(m.ExpFloat64())
			case 12:
				p1, p2 := g.Perm(i%20), m.Perm(i%20)
				for j := range p1 {
					if p1[j] != p2[j] {
						t.Fatalf("seed %d: Perm differs", seed)
					}
				}
			case 13:
				x, y := make([]int, 10), make([]int, 10)
				for j := range x {
					x[j], y[j] = j, j
				}
				g.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
				m.Shuffle(len(y), func(i, j int) { y[i], y[j] = y[j], y[i] })
				a, b = x[0]*100+x[9], y[0]*100+y[9]
			}
			if a != b {
				t.Fatalf("seed %d, step %d: got %v, want %v", seed, i, b, a)
			}
		}
		b1, b2 := make([]byte, 13), make([]byte, 13)
		g.Read(b1)
		m.Read(b2)
		if string(b1) != string(b2) {
			t.Fatalf("Read differs")
		}
		z1 := rand.NewZipf(g, 1.5, 2, 100)
		z2 := mrand.NewZipf(m, 1.5, 2, 100)
		for i := 0; i < 100; i++ {
			if z1.Uint64() != z2.Uint64() {
				t.Fatalf("Zipf differs")
			}
		}
	}
}

// The global functions are seeded with 1 unless Seed is called (Go 1.19).
func TestGlobal(t *testing.T) {
	g := rand.New(rand.NewSource(1))
	for i := 0; i < 100; i++ {
		if a, b := mrand.Intn(1000), g.Intn(1000); a != b {
			t.Fatalf("global Intn: %d vs %d", a, b)
		}
	}
	mrand.Seed(7)
	g.Seed(7)
	if mrand.Int63() != g.Int63() || mrand.Float64() != g.Float64() {
		t.Fatalf("Seed")
	}
}
