package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

type inner struct {
	A string
	b []int
}
type T struct {
	inner
	P   *inner
	M   map[string]int
	I   any
	E   error
	s   fmt.Stringer
	F   float64
	Arr [2]bool
}
type St struct{ n int }

func (s *St) String() string { return fmt.Sprintf("St<%d>", s.n) }

type Pan int

func (p Pan) String() string {
	if p == 0 {
		panic("boom")
	}
	return "ok"
}

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprint("code ", e.code) }

type rec struct{ k, id int }

func main() {
	t := T{inner: inner{"x", []int{1}}, P: &inner{"p", nil}, M: map[string]int{"z": 1, "a": 2}, I: 3, E: errors.New("e"), s: &St{4}, F: 2.5}
	t.P, t.s = nil, nil // (pointers print as addresses, which differ)
	fmt.Printf("%v\n%+v\n", t, t)
	fmt.Println(&St{1}, St{2}, []*St{{3}}, Pan(0), Pan(1), []Pan{0, 1})
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, myErr{1}})
	fmt.Printf("[%8.3f] [%-8.3f] [%08.3f] [%+.2e] [% d] [%+d] [%x] [% x] [%#x]\n", 3.14159, 2.5, -1.5, 12345.678, 5, 5, "hey", []byte{1, 2}, 255)
	fmt.Printf("%6.2v|%.3s|%5.1q|%t|%v|%p\n", math.E, "abcdef", "xyz", false, uintptr(7), nil)
	var e error = myErr{7}
	var me myErr
	fmt.Println(errors.As(fmt.Errorf("w %w", e), &me), me.code, errors.Is(fmt.Errorf("w %w", e), e))
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Float64(), rand.Intn(1000), r.Perm(5))
	recs := make([]rec, 50)
	for i := range recs {
		recs[i] = rec{r.Intn(5), i}
	}
	sort.Slice(recs, func(i, j int) bool { return recs[i].k < recs[j].k })
	fmt.Println(recs)
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].id%3 < recs[j].id%3 })
	fmt.Println(recs[:10])
	fmt.Println(math.Exp(1.5), math.Log(10), math.Pow(2, 0.5), math.Sin(1e10), math.Atan2(1, -1), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Println(bits.OnesCount64(0xF0F0), bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.Len(255), bits.RotateLeft64(1, -1), bits.Reverse8(1))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.RuneLen('世'), unicode.IsUpper('Ä'), unicode.ToLower('Σ'), strings.Title("hello world"), strings.EqualFold("Straße", "STRASSE"))
	fmt.Println(strings.Fields("  a b\t c\n"), strings.TrimSpace("  x "), strings.Map(unicode.ToUpper, "abc"), strings.NewReplacer("a", "1", "b", "2").Replace("abcab"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	fmt.Println(sb.String(), sb.Len())
	var buf bytes.Buffer
	buf.WriteString("line1\nline2\n")
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		fmt.Println("scan:", sc.Text())
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.Flush()
	d := 1500 * time.Millisecond
	fmt.Println(d, time.Duration(123456789), d.Seconds(), time.Hour+2*time.Minute)
	start := time.Now()
	_ = time.Since(start) < time.Second
	var x, y int
	var s string
	n, err := fmt.Sscanf("10 20 abc", "%d %d %s", &x, &y, &s)
	fmt.Println(n, err, x, y, s)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	m := map[float64]string{math.NaN(): "nan", 1: "one", math.Inf(-1): "-inf"}
	fmt.Println(len(m), m[1])
	type key struct{ a, b int }
	fmt.Println(map[key]string{{2, 1}: "x", {1, 2}: "y"}, map[[2]int]bool{{1, 1}: true})
	defer fmt.Println("deferred")
	fmt.Println(os.Args[0] != "", len(os.Args))
}
