// Test hooks for the descriptor test (gotest/desc): the mingo implementation of
// reflectlite runs under real Go over fake abi.md §4 descriptors and values laid
// out as mingo lays them out; these stand in for the runtime's hooks.

package reflectlite

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"unsafe"
)

var allocs [][]unsafe.Pointer // keeps fake allocations reachable

func unsafe_New(t *rtype) unsafe.Pointer {
	p := make([]unsafe.Pointer, t.size/8+1)
	allocs = append(allocs, p)
	return unsafe.Pointer(&p[0])
}

// fakeMap stands for a mingo *hmap: it remembers the real map it was converted from.
type fakeMap struct {
	count int // the runtime's hmap starts with its length
	m     reflect.Value
}

type iterState struct {
	keys, vals []reflect.Value
	i          int
}

var iters = map[*hiter]*iterState{}

func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter) {
	fm := (*fakeMap)(m)
	st := &iterState{}
	for it := fm.m.MapRange(); it.Next(); {
		st.keys = append(st.keys, it.Key())
		st.vals = append(st.vals, it.Value())
	}
	iters[it] = st
	setEntry(it, st)
}

func mapiternext(it *hiter) {
	st := iters[it]
	st.i++
	setEntry(it, st)
}

func setEntry(it *hiter, st *iterState) {
	if st.i >= len(st.keys) {
		it.key, it.elem = nil, nil
		delete(iters, it)
		return
	}
	it.key = convNew(st.keys[st.i])
	it.elem = convNew(st.vals[st.i])
}

func getitab(inter *rtype, typ *rtype, canfail bool) *itab {
	if !implements(inter, typ) {
		if canfail {
			return nil
		}
		panic("getitab: " + typ.str + " does not implement " + inter.str)
	}
	return &itab{inter: inter, typ: typ}
}

// ---- fake descriptors (docs/abi.md §4) built from reflect.Type ----

var descs = map[reflect.Type]*rtype{}
var realOf = map[*rtype]reflect.Type{}

func dummyEqual() {}

func mingoDirect(k reflect.Kind) bool {
	switch k {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return true
	}
	return false
}

func hasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer,
		reflect.Slice, reflect.String, reflect.Interface:
		return true
	case reflect.Array:
		return t.Len() > 0 && hasPointers(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if hasPointers(t.Field(i).Type) {
				return true
			}
		}
	}
	return false
}

func descOf(t reflect.Type) *rtype {
	if d := descs[t]; d != nil {
		return d
	}
	d := &rtype{}
	descs[t] = d
	realOf[d] = t
	d.size = t.Size()
	if hasPointers(t) {
		d.ptrdata = t.Size()
	}
	h := uint32(2166136261)
	for i := 0; i < len(t.String()); i++ {
		h = (h ^ uint32(t.String()[i])) * 16777619
	}
	d.hash = h
	if t.Name() != "" {
		d.tflag |= 4
	}
	d.align, d.fieldAlign = uint8(t.Align()), uint8(t.FieldAlign())
	d.kind = uint8(t.Kind())
	if mingoDirect(t.Kind()) {
		d.kind |= kindDirectIface
	}
	if t.Comparable() {
		f := dummyEqual
		d.equal = *(*unsafe.Pointer)(unsafe.Pointer(&f))
	}
	d.str = t.String()
	switch t.Kind() {
	case reflect.Array, reflect.Chan, reflect.Pointer, reflect.Slice:
		d.elem = descOf(t.Elem())
	case reflect.Map:
		d.elem = descOf(t.Elem())
		d.key = descOf(t.Key())
	}
	if t.Kind() == reflect.Array {
		d.len = uintptr(t.Len())
	}
	if t.Kind() == reflect.Struct {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			e := uintptr(0)
			if f.Anonymous {
				e = 1
			}
			d.fields = append(d.fields, structField{f.Name, descOf(f.Type), f.Offset, e})
		}
	}
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		mt := m.Type
		if t.Kind() != reflect.Interface { // drop the receiver
			var in, out []reflect.Type
			for j := 1; j < mt.NumIn(); j++ {
				in = append(in, mt.In(j))
			}
			for j := 0; j < mt.NumOut(); j++ {
				out = append(out, mt.Out(j))
			}
			mt = reflect.FuncOf(in, out, mt.IsVariadic())
		}
		name := m.Name
		if m.PkgPath != "" {
			name = m.PkgPath + "." + name
		}
		d.methods = append(d.methods, method{name: name, mtyp: descOf(mt)})
	}
	if len(d.methods) > 0 && t.Kind() != reflect.Interface {
		d.tflag |= 1
	}
	d.name, d.pkgpath = t.Name(), t.PkgPath()
	return d
}

// ---- values converted to mingo's memory layout ----

var ptrMemo = map[uintptr]unsafe.Pointer{}

func addrOf(v reflect.Value) unsafe.Pointer {
	if v.CanAddr() {
		return unsafe.Pointer(v.UnsafeAddr())
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return unsafe.Pointer(c.UnsafeAddr())
}

func convNew(v reflect.Value) unsafe.Pointer {
	p := unsafe_New(descOf(v.Type()))
	convInto(p, v)
	return p
}

// word returns the interface data word mingo stores for the pointer-shaped value v.
func word(v reflect.Value) unsafe.Pointer {
	var w unsafe.Pointer
	convInto(unsafe.Pointer(&w), v)
	return w
}

func convInto(dst unsafe.Pointer, v reflect.Value) {
	t := v.Type()
	// Work on an addressable, writable view of v (it may come from an unexported field).
	if !v.CanAddr() {
		c := reflect.New(t).Elem()
		c.Set(v)
		v = c
	} else if !v.CanInterface() {
		v = reflect.NewAt(t, unsafe.Pointer(v.UnsafeAddr())).Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			convInto(unsafe.Add(dst, t.Field(i).Offset), v.Field(i))
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			convInto(unsafe.Add(dst, uintptr(i)*t.Elem().Size()), v.Index(i))
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		n := v.Len()
		var data unsafe.Pointer
		if n > 0 {
			data = unsafe_New(&rtype{size: uintptr(n) * t.Elem().Size()})
			for i := 0; i < n; i++ {
				convInto(unsafe.Add(data, uintptr(i)*t.Elem().Size()), v.Index(i))
			}
		} else {
			data = unsafe_New(&rtype{size: 8})
		}
		*(*sliceHeader)(dst) = sliceHeader{data, n, n}
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		if p, ok := ptrMemo[v.Pointer()]; ok {
			*(*unsafe.Pointer)(dst) = p
			return
		}
		p := unsafe_New(descOf(t.Elem()))
		ptrMemo[v.Pointer()] = p
		convInto(p, v.Elem())
		*(*unsafe.Pointer)(dst) = p
	case reflect.Map:
		if v.IsNil() {
			return
		}
		*(*unsafe.Pointer)(dst) = unsafe.Pointer(&fakeMap{v.Len(), v})
	case reflect.Func:
		if v.IsNil() {
			return
		}
		cell := unsafe_New(&rtype{size: 8})
		*(*uintptr)(cell) = v.Pointer()
		*(*unsafe.Pointer)(dst) = cell
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		e := v.Elem()
		var data unsafe.Pointer
		if mingoDirect(e.Kind()) {
			data = word(e)
		} else {
			data = convNew(e)
		}
		if t.NumMethod() == 0 {
			*(*eface)(dst) = eface{descOf(e.Type()), data}
		} else {
			*(*iface)(dst) = iface{&itab{inter: descOf(t), typ: descOf(e.Type())}, data}
		}
	default: // scalars, strings, unsafe.Pointer: same layout
		src := addrOf(v)
		n := t.Size()
		for i := uintptr(0); i < n; i++ {
			*(*byte)(unsafe.Add(dst, i)) = *(*byte)(unsafe.Add(src, i))
		}
	}
}

// fakeAny returns an any laid out as mingo lays out x: only reflectlite may look at it.
func fakeAny(x any) any {
	v := reflect.ValueOf(x)
	var e eface
	if x != nil {
		e.typ = descOf(v.Type())
		if mingoDirect(v.Kind()) {
			e.data = word(v)
		} else {
			e.data = convNew(v)
		}
	}
	return *(*any)(unsafe.Pointer(&e))
}

// ---- the same dump through reflectlite (mingo) and reflect (Go) ----

func dumpL(v Value, depth int) string {
	if !v.IsValid() {
		return "invalid"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%s:ci=%v:", v.Kind(), v.Type().String(), v.CanInterface())
	switch v.Kind() {
	case Bool:
		fmt.Fprint(&b, v.Bool())
	case Int, Int8, Int16, Int32, Int64:
		fmt.Fprint(&b, v.Int())
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		fmt.Fprint(&b, v.Uint())
	case Float32, Float64:
		fmt.Fprint(&b, math.Float64bits(v.Float()))
	case String:
		fmt.Fprintf(&b, "%q", v.String())
	case Slice, Array:
		if v.Kind() == Slice && v.IsNil() {
			b.WriteString("nil")
			break
		}
		fmt.Fprintf(&b, "len=%d[", v.Len())
		for i := 0; i < v.Len(); i++ {
			b.WriteString(dumpL(v.Index(i), depth) + ",")
		}
		b.WriteString("]")
		if v.Kind() == Slice && v.Type().Elem().Kind() == Uint8 {
			fmt.Fprintf(&b, "bytes=%q", v.Bytes())
		}
	case Struct:
		t := v.Type()
		fmt.Fprintf(&b, "n=%d{", v.NumField())
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			fmt.Fprintf(&b, "%s/%v/%v=%s,", f.Name, f.IsExported(), f.Embedded, dumpL(v.Field(i), depth))
		}
		b.WriteString("}")
	case Pointer:
		if v.IsNil() {
			b.WriteString("nil")
		} else if depth < 3 {
			b.WriteString("&" + dumpL(v.Elem(), depth+1))
		}
	case Interface:
		if v.IsNil() {
			b.WriteString("nil")
		} else {
			b.WriteString("(" + dumpL(v.Elem(), depth) + ")")
		}
	case Map:
		if v.IsNil() {
			b.WriteString("nil")
			break
		}
		var ents []string
		it := v.MapRange()
		for it.Next() {
			ents = append(ents, dumpL(it.Key(), depth)+"=>"+dumpL(it.Value(), depth))
		}
		sort.Strings(ents)
		fmt.Fprintf(&b, "len=%d%v", v.Len(), ents)
	case Func:
		fmt.Fprintf(&b, "nil=%v ptr=%#x", v.IsNil(), v.Pointer())
	case UnsafePointer:
		fmt.Fprintf(&b, "nil=%v", v.IsNil())
	}
	return b.String()
}

func dumpR(v reflect.Value, depth int) string {
	if !v.IsValid() {
		return "invalid"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%s:ci=%v:", Kind(v.Kind()), v.Type().String(), v.CanInterface())
	switch v.Kind() {
	case reflect.Bool:
		fmt.Fprint(&b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Fprint(&b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		fmt.Fprint(&b, v.Uint())
	case reflect.Float32, reflect.Float64:
		fmt.Fprint(&b, math.Float64bits(v.Float()))
	case reflect.String:
		fmt.Fprintf(&b, "%q", v.String())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("nil")
			break
		}
		fmt.Fprintf(&b, "len=%d[", v.Len())
		for i := 0; i < v.Len(); i++ {
			b.WriteString(dumpR(v.Index(i), depth) + ",")
		}
		b.WriteString("]")
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			fmt.Fprintf(&b, "bytes=%q", v.Bytes())
		}
	case reflect.Struct:
		t := v.Type()
		fmt.Fprintf(&b, "n=%d{", v.NumField())
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			fmt.Fprintf(&b, "%s/%v/%v=%s,", f.Name, f.IsExported(), f.Anonymous, dumpR(v.Field(i), depth))
		}
		b.WriteString("}")
	case reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
		} else if depth < 3 {
			b.WriteString("&" + dumpR(v.Elem(), depth+1))
		}
	case reflect.Interface:
		if v.IsNil() {
			b.WriteString("nil")
		} else {
			b.WriteString("(" + dumpR(v.Elem(), depth) + ")")
		}
	case reflect.Map:
		if v.IsNil() {
			b.WriteString("nil")
			break
		}
		var ents []string
		it := v.MapRange()
		for it.Next() {
			ents = append(ents, dumpR(it.Key(), depth)+"=>"+dumpR(it.Value(), depth))
		}
		sort.Strings(ents)
		fmt.Fprintf(&b, "len=%d%v", v.Len(), ents)
	case reflect.Func:
		fmt.Fprintf(&b, "nil=%v ptr=%#x", v.IsNil(), v.Pointer())
	case reflect.UnsafePointer:
		fmt.Fprintf(&b, "nil=%v", v.IsNil())
	}
	return b.String()
}

// Exported for the external fmtsort test.

// FakeAny returns x laid out as mingo lays it out (only reflectlite may look at it).
func FakeAny(x any) any { return fakeAny(x) }

// DumpL describes v as seen through mingo's reflectlite.
func DumpL(v Value) string { return dumpL(v, 0) }

// DumpR describes v as seen through reflect.
func DumpR(v reflect.Value) string { return dumpR(v, 0) }
