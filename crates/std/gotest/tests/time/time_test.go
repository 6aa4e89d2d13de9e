// Compares the bundled time's Duration and UTC calendar with Go's.
package time_test

import (
	"math"
	"math/rand"
	"testing"
	"time"

	mtime "mstd/time"
)

func TestDuration(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	ds := []int64{0, 1, -1, 999, 1000, 1001, 1e6, 1e9, -1e9, 59e9, 60e9, 3600e9, 1<<63 - 1, -1 << 63, 1500, 1234567890123}
	for i := 0; i < 20000; i++ {
		ds = append(ds, r.Int63()>>uint(r.Intn(63))*int64(r.Intn(3)-1))
	}
	for _, d := range ds {
		md, gd := mtime.Duration(d), time.Duration(d)
		if md.String() != gd.String() || md.Seconds() != gd.Seconds() || md.Minutes() != gd.Minutes() ||
			md.Hours() != gd.Hours() || md.Milliseconds() != gd.Milliseconds() || md.Microseconds() != gd.Microseconds() ||
			md.Nanoseconds() != gd.Nanoseconds() || int64(md.Abs()) != int64(gd.Abs()) {
			t.Fatalf("Duration(%d): %s vs %s", d, md, gd)
		}
		for _, m := range []int64{0, 1, 7, 1000, 1e9, -5, 3600e9} {
			if int64(md.Round(mtime.Duration(m))) != int64(gd.Round(time.Duration(m))) ||
				int64(md.Truncate(mtime.Duration(m))) != int64(gd.Truncate(time.Duration(m))) {
				t.Fatalf("Duration(%d).Round/Truncate(%d)", d, m)
			}
		}
	}
	if mtime.Hour != mtime.Duration(time.Hour) || mtime.Minute != mtime.Duration(time.Minute) ||
		mtime.Second != mtime.Duration(time.Second) || mtime.Millisecond != mtime.Duration(time.Millisecond) ||
		mtime.Microsecond != mtime.Duration(time.Microsecond) || mtime.Nanosecond != mtime.Duration(time.Nanosecond) {
		t.Fatalf("constants")
	}
}

func TestCalendar(t *testing.T) {
	r := rand.New(rand.NewSource(15))
	for i := 0; i < 20000; i++ {
		sec := r.Int63n(1<<36) - 1<<35
		nsec := r.Int63n(2e9) - 5e8
		if i%3 == 0 {
			nsec = r.Int63n(1e9)
		}
		m, g := mtime.Unix(sec, nsec), time.Unix(sec, nsec).UTC()
		y1, mo1, d1 := m.Date()
		y2, mo2, d2 := g.Date()
		h1, mi1, s1 := m.Clock()
		h2, mi2, s2 := g.Clock()
		if y1 != y2 || mo1.String() != mo2.String() || d1 != d2 || h1 != h2 || mi1 != mi2 || s1 != s2 ||
			m.Weekday().String() != g.Weekday().String() || m.Unix() != g.Unix() || m.Nanosecond() != g.Nanosecond() ||
			(g.Year() > 0 && g.Year() < 10000 && m.String() != g.String()) {
			t.Fatalf("Unix(%d, %d): %v vs %v", sec, nsec, m, g)
		}
		if sec > -1<<33 && sec < 1<<33 && (m.UnixNano() != g.UnixNano() || m.UnixMilli() != g.UnixMilli() || m.UnixMicro() != g.UnixMicro()) {
			t.Fatalf("UnixNano(%d, %d)", sec, nsec)
		}
		d := mtime.Duration(r.Int63() >> uint(r.Intn(63)))
		if m.Add(d).Sub(m) != d && d < math.MaxInt64/2 {
			t.Fatalf("Add/Sub")
		}
		if m.Add(d).UnixNano() != g.Add(time.Duration(d)).UnixNano() && sec > -1<<30 && sec < 1<<30 {
			t.Fatalf("Add(%d)", d)
		}
		for _, rd := range []mtime.Duration{mtime.Second, mtime.Hour, 7 * mtime.Millisecond} {
			if m.Round(rd).UnixNano() != g.Round(time.Duration(rd)).UnixNano() && sec > -1<<30 && sec < 1<<30 {
				t.Fatalf("Round")
			}
			if m.Truncate(rd).UnixNano() != g.Truncate(time.Duration(rd)).UnixNano() && sec > -1<<30 && sec < 1<<30 {
				t.Fatalf("Truncate")
			}
		}
	}
}

func TestZero(t *testing.T) {
	var m mtime.Time
	var g time.Time
	if m.String() != g.String() || !m.IsZero() || m.Unix() != g.Unix() || m.Year() != g.Year() {
		t.Fatalf("zero Time: %v (%d) vs %v (%d)", m, m.Unix(), g, g.Unix())
	}
	if m.Add(mtime.Hour).String() != g.Add(time.Hour).String() || mtime.Unix(0, 0).IsZero() {
		t.Fatalf("zero Time arithmetic")
	}
}

func TestNowSinceSleep(t *testing.T) {
	start := mtime.Now()
	mtime.Sleep(2 * mtime.Millisecond)
	el := mtime.Since(start)
	if el < 2*mtime.Millisecond || el > 2*mtime.Second {
		t.Fatalf("Since after Sleep(2ms) = %v", el)
	}
	if mtime.Until(start) > 0 || !start.Before(mtime.Now()) || start.After(mtime.Now()) || !start.Equal(start) {
		t.Fatalf("monotonic comparisons")
	}
	wall := mtime.Now().UnixNano()
	real := time.Now().UnixNano()
	if d := wall - real; d > 1e9 || d < -1e9 {
		t.Fatalf("wall clock off by %d ns", d)
	}
	s := mtime.Now().String()
	if len(s) < 30 || s[len(s)-1] < '0' {
		t.Fatalf("Now().String() = %q", s)
	}
}
