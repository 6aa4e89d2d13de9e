// This program is compiled twice with -gcflags=-m by gotest/run.sh: against
// Go's standard library and against the bundled one (imports rewritten to
// mstd/...). gc's inlining and escape decisions for the calls below must be the
// same, so that mingo (which follows gc's rules) reports what gc reports.
// Lines marked "intrinsic" call functions gc compiles to instructions when they
// come from its own math and math/bits (no "inlining call" line for them); they
// are left out of the comparison, and mingo must treat them the same way.
package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

type point struct{ X, Y int }

func (p point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

type byX []point

func (b byX) Len() int           { return len(b) }
func (b byX) Less(i, j int) bool { return b[i].X < b[j].X }
func (b byX) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

var sink any

func useStrings(s, t string) {
	sink = strings.HasPrefix(s, t)
	sink = strings.HasSuffix(s, t)
	sink = strings.Contains(s, t)
	sink = strings.ContainsRune(s, 'x')
	sink = strings.ContainsAny(s, t)
	sink = strings.Index(s, t)
	sink = strings.IndexByte(s, 'x')
	sink = strings.IndexRune(s, 'é')
	sink = strings.LastIndex(s, t)
	sink = strings.Count(s, t)
	sink = strings.Split(s, t)
	sink = strings.SplitN(s, t, 2)
	sink = strings.Fields(s)
	sink = strings.Join([]string{s, t}, ",")
	sink = strings.Repeat(s, 3)
	sink = strings.TrimSpace(s)
	sink = strings.Trim(s, t)
	sink = strings.TrimLeft(s, t)
	sink = strings.TrimRight(s, t)
	sink = strings.TrimPrefix(s, t)
	sink = strings.TrimSuffix(s, t)
	sink = strings.ToUpper(s)
	sink = strings.ToLower(s)
	sink = strings.ReplaceAll(s, t, "x")
	sink = strings.Replace(s, t, "x", 1)
	sink = strings.EqualFold(s, t)
	sink = strings.Compare(s, t)
	sink = strings.Title(s)
	before, after, found := strings.Cut(s, t)
	sink, sink, sink = before, after, found
	sink = strings.Map(unicode.ToUpper, s)
	var b strings.Builder
	b.Grow(10)
	b.WriteString(s)
	b.WriteByte('x')
	b.WriteRune('é')
	sink = b.Len()
	sink = b.Cap()
	sink = b.String()
	b.Reset()
	r := strings.NewReplacer("a", "b")
	sink = r.Replace(s)
	rd := strings.NewReader(s)
	sink = rd.Len()
}

func useStrconv(s string, n int, i64 int64, f float64) {
	sink = strconv.Itoa(n)
	sink = strconv.FormatInt(i64, 16)
	sink = strconv.FormatUint(uint64(i64), 10)
	sink = strconv.AppendInt(nil, i64, 10)
	sink = strconv.Quote(s)
	sink = strconv.QuoteRune('x')
	sink = strconv.FormatFloat(f, 'g', -1, 64)
	sink = strconv.FormatBool(true)
	x, err := strconv.Atoi(s)
	sink, sink = x, err
	y, err := strconv.ParseInt(s, 10, 64)
	sink, sink = y, err
	z, err := strconv.ParseFloat(s, 64)
	sink, sink = z, err
	w, err := strconv.ParseBool(s)
	sink, sink = w, err
	u, err := strconv.Unquote(s)
	sink, sink = u, err
}

func useFmt(p point, n int, s string, f float64) {
	fmt.Println("hello", n, s)
	fmt.Printf("%d %s %v %.2f\n", n, s, p, f)
	sink = fmt.Sprintf("%v", p)
	sink = fmt.Sprint(n, s)
	sink = fmt.Sprintln(n)
	fmt.Print(s)
	fmt.Fprintln(os.Stderr, "err", n)
	fmt.Fprintf(os.Stdout, "%x\n", n)
	sink = fmt.Errorf("wrap %d: %w", n, errors.New("x"))
}

func useMath(x, y float64, u uint64, u32 uint32, k int) {
	sink = math.Sqrt(x)  // intrinsic
	sink = math.Abs(x)   // intrinsic
	sink = math.Floor(x) // intrinsic
	sink = math.Ceil(x)  // intrinsic
	sink = math.Trunc(x) // intrinsic
	sink = math.Round(x)
	sink = math.Max(x, y)
	sink = math.Min(x, y)
	sink = math.Mod(x, y)
	sink = math.Pow(x, y)
	sink = math.Exp(x)
	sink = math.Log(x)
	sink = math.Log2(x)
	sink = math.Log10(x)
	sink = math.Sin(x)
	sink = math.Cos(x)
	sink = math.Tan(x)
	sink = math.Atan(x)
	sink = math.Atan2(x, y)
	sink = math.Hypot(x, y)
	sink = math.Inf(1)
	sink = math.NaN()
	sink = math.IsNaN(x)
	sink = math.IsInf(x, 0)
	sink = math.Signbit(x)
	sink = math.Copysign(x, y) // intrinsic
	sink = math.Float64bits(x)
	sink = math.Float64frombits(u)
	sink = math.Float32bits(float32(x))
	sink = math.FMA(x, y, x)            // intrinsic
	sink = bits.OnesCount64(u)          // intrinsic
	sink = bits.OnesCount(uint(u))      // intrinsic
	sink = bits.LeadingZeros64(u)       // intrinsic
	sink = bits.TrailingZeros64(u)      // intrinsic
	sink = bits.Len64(u)                // intrinsic
	sink = bits.Len(uint(u))            // intrinsic
	sink = bits.RotateLeft64(u, k)      // intrinsic
	sink = bits.RotateLeft32(u32, k)    // intrinsic
	sink = bits.Reverse64(u)            // intrinsic (its inlined body calls ReverseBytes64)
	sink = bits.ReverseBytes64(u)       // intrinsic
	sink = bits.OnesCount32(u32)        // intrinsic
	sink = bits.LeadingZeros32(u32)     // intrinsic
	sink = bits.TrailingZeros32(u32)    // intrinsic
	hi, lo := bits.Mul64(u, u)          // intrinsic
	sum, carry := bits.Add64(u, u, 0)   // intrinsic
	diff, borrow := bits.Sub64(u, u, 0) // intrinsic
	q, r := bits.Div64(0, u, u|1)       // intrinsic
	sink, sink, sink, sink, sink, sink, sink, sink = hi, lo, sum, carry, diff, borrow, q, r
}

func useOthers(s string, xs []int, ps []point, b []byte, r rune) {
	sort.Ints(xs)
	sort.Strings([]string{s})
	sort.Float64s([]float64{1})
	sort.Slice(ps, func(i, j int) bool { return ps[i].X < ps[j].X })
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Y < ps[j].Y })
	sort.Sort(byX(ps))
	sort.Stable(byX(ps))
	sink = sort.SearchInts(xs, 3)
	sink = sort.Search(len(xs), func(i int) bool { return xs[i] >= 3 })
	sink = sort.IntsAreSorted(xs)
	sink = utf8.RuneCountInString(s)
	sink = utf8.RuneLen(r)
	sink = utf8.ValidString(s)
	rr, size := utf8.DecodeRuneInString(s)
	sink, sink = rr, size
	rr, size = utf8.DecodeLastRuneInString(s)
	sink, sink = rr, size
	sink = utf8.EncodeRune(b, r)
	sink = utf8.AppendRune(b, r)
	sink = unicode.IsSpace(r)
	sink = unicode.IsDigit(r)
	sink = unicode.IsLetter(r)
	sink = unicode.IsUpper(r)
	sink = unicode.IsLower(r)
	sink = unicode.ToUpper(r)
	sink = unicode.ToLower(r)
	e := errors.New(s)
	sink = errors.Is(e, e)
	sink = errors.Unwrap(e)
	start := time.Now()
	d := time.Since(start)
	sink = d.Seconds()
	sink = d.Milliseconds()
	sink = d.String()
	sink = time.Duration(5) * time.Millisecond
	sink = len(os.Args)
	if s == "exit" {
		os.Exit(3)
	}
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func useExtras(s string, b []byte) {
	sink = rand.Intn(10)
	sink = rand.Float64()
	r := rand.New(rand.NewSource(42))
	sink = r.Intn(5)
	sink = r.Perm(3)
	w := bufio.NewWriter(os.Stdout)
	w.WriteString(s)
	w.WriteByte('x')
	w.Flush()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		sink = sc.Text()
	}
	rd := bufio.NewReader(os.Stdin)
	line, err := rd.ReadString('\n')
	sink, sink = line, err
	var buf bytes.Buffer
	buf.WriteString(s)
	buf.WriteByte('y')
	sink = buf.String()
	sink = buf.Len()
	sink = bytes.Equal(b, b)
	sink = bytes.Contains(b, b)
	sink = bytes.IndexByte(b, 'x')
	h := &intHeap{3, 1}
	heap.Init(h)
	heap.Push(h, 2)
	sink = heap.Pop(h)
}

func main() {
	useExtras("e", []byte("b"))
	useStrings("a", "b")
	useStrconv("1", 1, 2, 3)
	useFmt(point{1, 2}, 1, "s", 2.5)
	useMath(1, 2, 3, 4, 5)
	useOthers("x", []int{3, 1}, []point{{2, 1}}, make([]byte, 4), 'x')
}
