package reflectlite

import (
	"fmt"
	"math"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// ---- test values ----

type Point struct{ X, Y int }
type inner struct {
	a string
	B []byte
}
type Outer struct {
	Point
	*inner
	hidden inner
	I      any
	E      error
	S      fmt.Stringer
	M      map[string]int
	F      func()
	P      *Outer
	Arr    [2]float32
	u8     uint8
	U      uintptr
	UP     unsafe.Pointer
}

type myErr struct{ Code int }

func (e myErr) Error() string { return "e" }

type strg int

func (s strg) String() string { return "s" }

type onePtr struct{ p *int }
type oneArr [1]*int
type named []string
type Ü struct{ Ä int }

func testValues() []any {
	n := 5
	o := &Outer{Point: Point{1, 2}, inner: &inner{"in", []byte("b")}, hidden: inner{"h", nil}, I: 3.5,
		E: myErr{7}, S: strg(1), M: map[string]int{"a": 1, "b": 2}, F: dummyEqual, Arr: [2]float32{1.5, -2}, u8: 9, U: 77}
	o.P = o
	return []any{
		true, 0, -5, int8(-8), int16(300), int32(-70000), int64(math.MinInt64), uint(3), uint8(255), uint16(9),
		uint32(1 << 31), uint64(math.MaxUint64), uintptr(12), float32(1.25), math.Pi, math.NaN(), "", "héllo",
		[]int{1, 2, 3}, []int(nil), []int{}, [3]string{"a", "b", "c"}, [0]int{}, []byte("bytes"), named{"x", "y"},
		Point{3, 4}, &Point{5, 6}, (*Point)(nil), o, *o, []any{1, "a", nil, Point{}}, []error{myErr{1}, nil},
		map[string]int{"x": 1, "y": 2}, map[Point][]string{{1, 2}: {"a"}, {0, 0}: nil}, map[int]any{1: "one", 2: nil},
		(map[string]bool)(nil), onePtr{&n}, oneArr{&n}, [2]*int{&n, nil}, struct{}{}, struct{ a, B int }{1, 2},
		Ü{3}, struct {
			Point `json:"p"`
			Z     int
		}{Point{1, 1}, 2},
		map[float64]string{math.NaN(): "nan", 1: "one", -1: "minus", math.Inf(1): "inf"},
		map[[2]bool]int{{true, false}: 1, {false, true}: 2, {false, false}: 3},
		map[bool]uint8{true: 1, false: 0}, map[int8]int{-3: 1, 5: 2, 0: 3},
		dummyEqual, (func())(nil), unsafe.Pointer(&n), unsafe.Pointer(nil),
	}
}

func TestDescriptors(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // fake anys must not meet the collector
	for _, x := range testValues() {
		want := dumpR(reflect.ValueOf(x), 0)
		fx := fakeAny(x)
		got := dumpL(ValueOf(fx), 0)
		if got != want {
			t.Errorf("%T:\n got %s\nwant %s", x, got, want)
			continue
		}
		if TypeOf(fx).String() != reflect.TypeOf(x).String() || TypeOf(fx).Kind() != Kind(reflect.TypeOf(x).Kind()) {
			t.Errorf("TypeOf(%T)", x)
		}
		if tt := TypeOf(fx); tt.Comparable() != reflect.TypeOf(x).Comparable() || tt.Size() != reflect.TypeOf(x).Size() {
			t.Errorf("Comparable/Size(%T)", x)
		}
		// Interface() round trips through a fake any.
		v := ValueOf(fx)
		if got2 := dumpL(ValueOf(v.Interface()), 0); got2 != got {
			t.Errorf("Interface round trip %T:\n got %s\nwant %s", x, got2, got)
		}
		// Every field/element reached with CanInterface can be re-wrapped.
		walk(t, v, 0)
	}
}

func walk(t *testing.T, v Value, depth int) {
	if !v.IsValid() || depth > 2 {
		return
	}
	if v.CanInterface() {
		if a, b := dumpL(ValueOf(v.Interface()), 1), dumpL(v, 1); v.Kind() != Interface && a != b {
			t.Errorf("Interface() of %s:\n got %s\nwant %s", v.Type(), a, b)
		}
	}
	switch v.Kind() {
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			walk(t, v.Field(i), depth+1)
		}
	case Slice, Array:
		for i := 0; i < v.Len(); i++ {
			walk(t, v.Index(i), depth+1)
		}
	case Pointer, Interface:
		walk(t, v.Elem(), depth+1)
	}
}

func TestSwapper(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	type big struct {
		A int
		S string
		B [3]byte
	}
	for _, x := range []any{[]int{1, 2, 3}, []int8{1, 2, 3}, []int16{1, 2, 3}, []int32{1, 2, 3}, []string{"a", "b", "c"},
		[]*int{new(int), nil, new(int)}, []big{{1, "a", [3]byte{1}}, {2, "b", [3]byte{2}}, {3, "c", [3]byte{3}}},
		[][2]int32{{1, 2}, {3, 4}, {5, 6}}, []Point{{1, 2}, {3, 4}, {5, 6}}} {
		fx := fakeAny(x)
		sw := Swapper(fx)
		sw(0, 2)
		sw(1, 0)
		// Expected: the same swaps on a real copy.
		rv := reflect.ValueOf(x)
		rsw := reflect.Swapper(x)
		rsw(0, 2)
		rsw(1, 0)
		if got, want := dumpL(ValueOf(fx), 0), dumpR(rv, 0); got != want {
			t.Errorf("Swapper(%T):\n got %s\nwant %s", x, got, want)
		}
	}
}

type stringerI interface{ String() string }

func TestImplementsSet(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	errT := Type{descOf(reflect.TypeOf((*error)(nil)).Elem())}
	strT := Type{descOf(reflect.TypeOf((*stringerI)(nil)).Elem())}
	anyT := Type{descOf(reflect.TypeOf((*any)(nil)).Elem())}
	for _, c := range []struct {
		x    any
		err  bool
		strg bool
	}{{myErr{1}, true, false}, {strg(2), false, true}, {3, false, false}, {&myErr{}, true, false}} {
		tt := TypeOf(fakeAny(c.x))
		if tt.Implements(errT) != c.err || tt.Implements(strT) != c.strg || !tt.Implements(anyT) ||
			tt.AssignableTo(errT) != c.err || !tt.AssignableTo(tt) {
			t.Errorf("Implements(%T)", c.x)
		}
	}
	// errors.As's Set: into *error, *any and a concrete *myErr.
	var e error
	pe := fakeAny(&e)
	ValueOf(pe).Elem().Set(ValueOf(fakeAny(myErr{42})))
	got := dumpL(ValueOf(pe).Elem(), 0)
	if !strings.Contains(got, "Code/true/false=int:int:ci=true:42") || !strings.HasPrefix(got, "interface:error") {
		t.Errorf("Set(error) = %s", got)
	}
	var a any
	pa := fakeAny(&a)
	ValueOf(pa).Elem().Set(ValueOf(fakeAny(Point{1, 2})))
	if got := dumpL(ValueOf(pa).Elem().Elem(), 0); got != dumpR(reflect.ValueOf(Point{1, 2}), 0) {
		t.Errorf("Set(any) = %s", got)
	}
	var me myErr
	pm := fakeAny(&me)
	ValueOf(pm).Elem().Set(ValueOf(fakeAny(myErr{9})))
	if got := dumpL(ValueOf(pm).Elem(), 0); got != dumpR(reflect.ValueOf(myErr{9}), 0) {
		t.Errorf("Set(myErr) = %s", got)
	}
}

type myI8 int8
type myBytes []byte

func TestSetters(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	var (
		b   bool
		i8  myI8
		i   int
		u16 uint16
		up  uintptr
		f32 float32
		f   float64
		s   string
		bs  myBytes
	)
	vb, vi8, vi := ValueOf(fakeAny(&b)).Elem(), ValueOf(fakeAny(&i8)).Elem(), ValueOf(fakeAny(&i)).Elem()
	vu16, vup := ValueOf(fakeAny(&u16)).Elem(), ValueOf(fakeAny(&up)).Elem()
	vf32, vf, vs, vbs := ValueOf(fakeAny(&f32)).Elem(), ValueOf(fakeAny(&f)).Elem(), ValueOf(fakeAny(&s)).Elem(), ValueOf(fakeAny(&bs)).Elem()
	vb.SetBool(true)
	vi8.SetInt(-300) // truncates like reflect
	vi.SetInt(-5)
	vu16.SetUint(70000)
	vup.SetUint(9)
	vf32.SetFloat(0.1)
	vf.SetFloat(2.5)
	vs.SetString("set")
	vbs.SetBytes([]byte("xy"))
	if !vb.Bool() || vi8.Int() != -44 || vi.Int() != -5 || vu16.Uint() != 70000&0xffff || vup.Uint() != 9 ||
		vf32.Float() != float64(float32(0.1)) || vf.Float() != 2.5 || vs.String() != "set" || string(vbs.Bytes()) != "xy" {
		t.Errorf("setters: %v %v %v %v %v %v %v %q %q", vb.Bool(), vi8.Int(), vi.Int(), vu16.Uint(), vup.Uint(), vf32.Float(), vf.Float(), vs.String(), vbs.Bytes())
	}
	if vi8.Type().Bits() != 8 || vu16.Type().Bits() != 16 || vf.Type().Bits() != 64 || vi.Type().Bits() != 64 {
		t.Errorf("Bits")
	}
	defer func() {
		if recover() == nil {
			t.Errorf("SetInt on a non-addressable value did not panic")
		}
	}()
	ValueOf(fakeAny(5)).SetInt(3)
}

func TestIsExported(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		name := string(r) + "x"
		want := unicode.IsUpper(r)
		if !utf8.ValidRune(r) {
			want = false // decodes as RuneError
		}
		if got := isExported(name); got != want {
			t.Fatalf("isExported(%q) = %v, want %v", name, got, want)
		}
	}
}
