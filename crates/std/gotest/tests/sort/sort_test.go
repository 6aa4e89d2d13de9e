// Compares the bundled sort (mstd/sort) with Go's: unstable sorts must leave
// equal elements in exactly the order Go's pdqsort leaves them.
package sort_test

import (
	"math"
	"math/rand"
	"reflect"
	"sort"
	"testing"

	msort "mstd/sort"
)

type rec struct {
	key int
	id  int
}

// inputs returns slices of keys of many shapes and sizes (pdqsort has
// different paths for short, sorted, reversed, patterned and duplicate-heavy input).
func inputs(r *rand.Rand, short bool) [][]int {
	sizes := []int{0, 1, 2, 3, 5, 8, 11, 12, 13, 20, 33, 50, 51, 100, 129, 257, 1000, 4096}
	if !short {
		sizes = append(sizes, 10000, 50000)
	}
	var out [][]int
	for _, n := range sizes {
		for shape := 0; shape < 9; shape++ {
			a := make([]int, n)
			for i := range a {
				switch shape {
				case 0:
					a[i] = r.Intn(1 << 30)
				case 1:
					a[i] = r.Intn(4) // many duplicates
				case 2:
					a[i] = i // sorted
				case 3:
					a[i] = n - i // reversed
				case 4:
					a[i] = i % 7 // sawtooth
				case 5:
					a[i] = i
					if r.Intn(20) == 0 {
						a[i] = r.Intn(n + 1) // nearly sorted
					}
				case 6:
					a[i] = 5 // all equal
				case 7:
					if i < n/2 {
						a[i] = i
					} else {
						a[i] = n - i // organ pipe
					}
				case 8:
					a[i] = r.Intn(n/10 + 1)
				}
			}
			out = append(out, a)
		}
	}
	return out
}

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type mbyKey []rec

func (b mbyKey) Len() int           { return len(b) }
func (b mbyKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b mbyKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func recs(keys []int) []rec {
	rs := make([]rec, len(keys))
	for i, k := range keys {
		rs[i] = rec{k, i}
	}
	return rs
}

func TestSorts(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for _, keys := range inputs(r, testing.Short()) {
		// sort.Slice / SliceStable with a key-only comparison.
		a, b := recs(keys), recs(keys)
		sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
		msort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("Slice(n=%d): permutation differs from Go's", len(keys))
		}
		a, b = recs(keys), recs(keys)
		sort.SliceStable(a, func(i, j int) bool { return a[i].key < a[j].key })
		msort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("SliceStable(n=%d) differs", len(keys))
		}
		// Sort / Stable on an Interface.
		a, b = recs(keys), recs(keys)
		sort.Sort(byKey(a))
		msort.Sort(mbyKey(b))
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("Sort(n=%d) differs", len(keys))
		}
		a, b = recs(keys), recs(keys)
		sort.Stable(byKey(a))
		msort.Stable(mbyKey(b))
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("Stable(n=%d) differs", len(keys))
		}
		a, b = recs(keys), recs(keys)
		sort.Sort(sort.Reverse(byKey(a)))
		msort.Sort(msort.Reverse(mbyKey(b)))
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("Sort(Reverse(n=%d)) differs", len(keys))
		}
		if sort.IsSorted(byKey(a)) != msort.IsSorted(mbyKey(b)) {
			t.Fatalf("IsSorted differs")
		}
		// Ints and SearchInts.
		x, y := append([]int(nil), keys...), append([]int(nil), keys...)
		if sort.IntsAreSorted(x) != msort.IntsAreSorted(y) {
			t.Fatalf("IntsAreSorted differs")
		}
		sort.Ints(x)
		msort.Ints(y)
		if !reflect.DeepEqual(x, y) || !msort.IntsAreSorted(y) {
			t.Fatalf("Ints(n=%d) differs", len(keys))
		}
		for _, v := range []int{-1, 0, 3, 5, 1 << 29, 1 << 31} {
			if sort.SearchInts(x, v) != msort.SearchInts(y, v) {
				t.Fatalf("SearchInts differs")
			}
		}
		if sort.SliceIsSorted(a, func(i, j int) bool { return a[i].id < a[j].id }) !=
			msort.SliceIsSorted(b, func(i, j int) bool { return b[i].id < b[j].id }) {
			t.Fatalf("SliceIsSorted differs")
		}
	}
}

func TestFloat64sAndStrings(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for n := 0; n < 300; n += 1 + n/3 {
		f := make([]float64, n)
		s := make([]string, n)
		for i := range f {
			switch r.Intn(6) {
			case 0:
				f[i] = math.NaN()
			case 1:
				f[i] = math.Copysign(0, -1)
			case 2:
				f[i] = 0
			case 3:
				f[i] = math.Inf(r.Intn(2)*2 - 1)
			default:
				f[i] = r.NormFloat64()
			}
			s[i] = string(rune('a'+r.Intn(5))) + string(rune('a'+r.Intn(3)))
		}
		f2 := append([]float64(nil), f...)
		sort.Float64s(f)
		msort.Float64s(f2)
		for i := range f {
			if math.Float64bits(f[i]) != math.Float64bits(f2[i]) && !(math.IsNaN(f[i]) && math.IsNaN(f2[i])) {
				t.Fatalf("Float64s(n=%d) differs at %d: %v vs %v", n, i, f2[i], f[i])
			}
		}
		if sort.Float64sAreSorted(f) != msort.Float64sAreSorted(f2) {
			t.Fatalf("Float64sAreSorted differs")
		}
		s2 := append([]string{}, s...)
		sort.Strings(s)
		msort.Strings(s2)
		if !reflect.DeepEqual(s, s2) || !msort.StringsAreSorted(s2) {
			t.Fatalf("Strings differs: %q vs %q", s2, s)
		}
		for _, q := range []string{"", "a", "bb", "zz"} {
			if sort.SearchStrings(s, q) != msort.SearchStrings(s2, q) {
				t.Fatalf("SearchStrings differs")
			}
		}
		for _, q := range []float64{-1, 0, 1, math.Inf(1)} {
			if sort.SearchFloat64s(f, q) != msort.SearchFloat64s(f2, q) {
				t.Fatalf("SearchFloat64s differs")
			}
		}
		// IntSlice/StringSlice/Float64Slice methods.
		is := msort.IntSlice{3, 1, 2}
		is.Sort()
		if !reflect.DeepEqual([]int(is), []int{1, 2, 3}) || is.Search(2) != 1 {
			t.Fatalf("IntSlice methods")
		}
	}
}

func TestSearch(t *testing.T) {
	for n := 0; n < 100; n++ {
		for target := -1; target <= n+1; target++ {
			if sort.Search(n, func(i int) bool { return i >= target }) != msort.Search(n, func(i int) bool { return i >= target }) {
				t.Fatalf("Search(%d, >= %d) differs", n, target)
			}
		}
	}
	a := []int{1, 3, 5, 7}
	for _, v := range []int{0, 1, 2, 7, 8} {
		wi, wf := sort.Find(len(a), func(i int) int { return v - a[i] })
		gi, gf := msort.Find(len(a), func(i int) int { return v - a[i] })
		if wi != gi || wf != gf {
			t.Fatalf("Find differs")
		}
	}
}

// Slices of element types of every size go through the reflectlite Swapper.
func TestSliceElemSizes(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	type big struct {
		k int
		s string
		b [3]byte
	}
	n := 200
	b1 := make([]big, n)
	i8 := make([]int8, n)
	i16 := make([]int16, n)
	i32 := make([]int32, n)
	ps := make([]*int, n)
	ss := make([]string, n)
	for i := range b1 {
		b1[i] = big{r.Intn(10), string(rune('a' + i%26)), [3]byte{byte(i)}}
		i8[i], i16[i], i32[i] = int8(r.Intn(256)), int16(r.Intn(9)), int32(r.Intn(9))
		v := r.Intn(5)
		ps[i] = &v
		ss[i] = string(rune('a' + r.Intn(4)))
	}
	check := func(name string, x any, less func(x any) func(i, j int) bool) {
		y := reflect.New(reflect.TypeOf(x)).Elem()
		y.Set(reflect.MakeSlice(reflect.TypeOf(x), reflect.ValueOf(x).Len(), reflect.ValueOf(x).Len()))
		reflect.Copy(y, reflect.ValueOf(x))
		yi := y.Interface()
		sort.Slice(x, less(x))
		msort.Slice(yi, less(yi))
		if !reflect.DeepEqual(x, yi) {
			t.Errorf("Slice of %s differs", name)
		}
	}
	check("big", b1, func(x any) func(i, j int) bool { s := x.([]big); return func(i, j int) bool { return s[i].k < s[j].k } })
	check("int8", i8, func(x any) func(i, j int) bool {
		s := x.([]int8)
		return func(i, j int) bool { return s[i]/16 < s[j]/16 }
	})
	check("int16", i16, func(x any) func(i, j int) bool { s := x.([]int16); return func(i, j int) bool { return s[i] < s[j] } })
	check("int32", i32, func(x any) func(i, j int) bool { s := x.([]int32); return func(i, j int) bool { return s[i] < s[j] } })
	check("ptr", ps, func(x any) func(i, j int) bool { s := x.([]*int); return func(i, j int) bool { return *s[i] < *s[j] } })
	check("string", ss, func(x any) func(i, j int) bool { s := x.([]string); return func(i, j int) bool { return s[i] < s[j] } })
}
