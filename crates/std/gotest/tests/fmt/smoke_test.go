package fmt_test

import (
	"fmt"
	"testing"

	mfmt "mstd/fmt"
)

type point struct{ X, Y int }

func TestSmoke(t *testing.T) {
	cases := []struct {
		format string
		args   []any
	}{
		{"%d %s %v", []any{42, "hi", point{1, 2}}},
		{"%+v %v %v", []any{point{1, 2}, []int{1, 2, 3}, &point{3, 4}}},
		{"%v %v", []any{map[string]int{"b": 2, "a": 1}, nil}},
		{"%v %.2f %g %e", []any{3.14, 2.0 / 3, 1e21, 123456.789}},
	}
	for _, c := range cases {
		want := fmt.Sprintf(c.format, c.args...)
		got := mfmt.Sprintf(c.format, c.args...)
		if got != want {
			t.Errorf("Sprintf(%q): got %q, want %q", c.format, got, want)
		}
	}
}
