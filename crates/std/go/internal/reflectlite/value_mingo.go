// mingo implementation of reflectlite's Value over the compiler's type
// descriptors and the runtime's maps (docs/abi.md §4, §8). Replaced by a
// reflect-based shim under real Go.

package reflectlite

import "unsafe"

// hiter is the map iteration state shared with the runtime (abi.md §8):
// 12 words, zeroed before mapiterinit; key and elem point at the current
// entry, key == nil when the iteration is over.
type hiter struct {
	key  unsafe.Pointer
	elem unsafe.Pointer
	rest [10]uintptr
}

type flag uintptr

const (
	flagIndir    flag = 1 << 0 // ptr points at the value (else ptr is the pointer-shaped value itself)
	flagAddr     flag = 1 << 1 // the value is addressable (reached through a pointer or slice)
	flagStickyRO flag = 1 << 2 // reached through an unexported non-embedded field
	flagEmbedRO  flag = 1 << 3 // reached through an unexported embedded field
	flagRO       flag = flagStickyRO | flagEmbedRO
)

// ro returns flagStickyRO if f is read-only, as reflect does: what is reached
// from a read-only value is read-only, except that the exported fields of an
// unexported embedded struct stay accessible (Field does not keep flagEmbedRO).
func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// A Value is a value of some Go type.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// ValueOf returns a Value holding the dynamic value of i (the zero Value for nil).
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	return unpackEface(e.typ, e.data)
}

func unpackEface(t *rtype, data unsafe.Pointer) Value {
	if t == nil {
		return Value{}
	}
	if t.direct() {
		return Value{t, data, 0}
	}
	return Value{t, data, flagIndir}
}

func (v Value) mustBe(k Kind, method string) {
	if v.Kind() != k {
		panic(&ValueError{Method: "reflect.Value." + method, Kind: v.Kind()})
	}
}

// pointer returns the word of a pointer-shaped value.
func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// IsValid reports whether v holds a value.
func (v Value) IsValid() bool { return v.typ != nil }

// Kind returns v's kind (Invalid for the zero Value).
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{Method: "reflect.Value.Type", Kind: Invalid})
	}
	return Type{v.typ}
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return *(*bool)(v.ptr)
}

// Int returns v's underlying value, for any signed integer kind.
func (v Value) Int() int64 {
	p := v.ptr
	switch v.Kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{Method: "reflect.Value.Int", Kind: v.Kind()})
}

// Uint returns v's underlying value, for any unsigned integer kind.
func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{Method: "reflect.Value.Uint", Kind: v.Kind()})
}

// Float returns v's underlying value, for float32 and float64.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{Method: "reflect.Value.Float", Kind: v.Kind()})
}

// String returns a string value; for other kinds "<T Value>" as reflect does.
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

// Len returns the length of an array, slice, string or map.
func (v Value) Len() int {
	switch v.Kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case Array:
		return int(v.typ.len)
	case String:
		return (*stringHeader)(v.ptr).len
	case Map:
		// The runtime's hmap starts with its count (abi.md: maps).
		if m := v.pointer(); m != nil {
			return *(*int)(m)
		}
		return 0
	case Chan:
		return 0
	}
	panic(&ValueError{Method: "reflect.Value.Len", Kind: v.Kind()})
}

// Index returns the i'th element of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem
		// If v is not indirect it is a one-element pointer-shaped array and i is 0.
		p := unsafe.Add(v.ptr, uintptr(i)*et.size)
		return Value{et, p, v.flag&(flagIndir|flagAddr) | v.flag.ro()}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem
		p := unsafe.Add(s.data, uintptr(i)*et.size)
		return Value{et, p, flagIndir | flagAddr | v.flag.ro()}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type(), unsafe.Add(s.data, i), flagIndir | v.flag.ro()}
	}
	panic(&ValueError{Method: "reflect.Value.Index", Kind: v.Kind()})
}

var uint8Sample uint8

func uint8Type() *rtype { return TypeOf(uint8Sample).t }

// NumField returns the number of fields of a struct.
func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return len(v.typ.fields)
}

// Field returns the i'th field of a struct.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "Field")
	if uint(i) >= uint(len(v.typ.fields)) {
		panic("reflect: Field index out of range")
	}
	f := &v.typ.fields[i]
	fl := v.flag & (flagStickyRO | flagIndir | flagAddr)
	if !isExported(f.name) {
		if f.embedded != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	// If v is not indirect it is a one-field pointer-shaped struct and the offset is 0.
	return Value{f.typ, unsafe.Add(v.ptr, f.offset), fl}
}

// Elem returns the value a pointer points to or an interface contains
// (the zero Value for nil).
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := v.pointer()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, flagIndir | flagAddr | v.flag&flagRO}
	case Interface:
		var t *rtype
		var data unsafe.Pointer
		if len(v.typ.methods) == 0 {
			e := (*eface)(v.ptr)
			t, data = e.typ, e.data
		} else {
			e := (*iface)(v.ptr)
			if e.tab != nil {
				t = e.tab.typ
			}
			data = e.data
		}
		x := unpackEface(t, data)
		if x.typ != nil {
			x.flag |= v.flag.ro()
		}
		return x
	}
	panic(&ValueError{Method: "reflect.Value.Elem", Kind: v.Kind()})
}

// IsNil reports whether a chan, func, interface, map, pointer or slice is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.pointer() == nil
	case Interface, Slice:
		// Both start with a word that is nil exactly when the value is nil.
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{Method: "reflect.Value.IsNil", Kind: v.Kind()})
}

// Pointer returns the value of a pointer-like value as a uintptr
// (for a func: its code pointer, for a slice: its data pointer).
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Chan, Map, Pointer, UnsafePointer:
		return uintptr(v.pointer())
	case Func:
		p := v.pointer()
		if p != nil {
			// A func value points at its closure; the first word is the code.
			p = *(*unsafe.Pointer)(p)
		}
		return uintptr(p)
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).data)
	}
	panic(&ValueError{Method: "reflect.Value.Pointer", Kind: v.Kind()})
}

// Bytes returns a []byte (or named byte slice) value's underlying slice.
func (v Value) Bytes() []byte {
	if v.Kind() != Slice || v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	return *(*[]byte)(v.ptr)
}

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{Method: "reflect.Value.CanInterface", Kind: Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's value as an any.
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{Method: "reflect.Value.Interface", Kind: Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.Kind() == Interface {
		x := v.Elem()
		if x.typ == nil {
			return nil
		}
		return x.packEface()
	}
	return v.packEface()
}

func (v Value) packEface() any {
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	t := v.typ
	if t.direct() {
		e.data = v.pointer()
	} else {
		p := v.ptr
		if v.flag&flagAddr != 0 {
			// The value may change later: the interface gets its own copy.
			c := unsafe_New(t)
			typedmemmove(t, c, p)
			p = c
		}
		e.data = p
	}
	e.typ = t
	return i
}

// Set assigns x to v, which must be addressable; x must be assignable to v's type.
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	if x.typ == nil {
		panic("reflect: reflect.Value.Set using zero Value argument")
	}
	if !(Type{x.typ}).AssignableTo(Type{v.typ}) {
		panic("reflect.Set: value of type " + x.typ.str + " is not assignable to type " + v.typ.str)
	}
	if v.typ == x.typ {
		if x.flag&flagIndir != 0 {
			typedmemmove(v.typ, v.ptr, x.ptr)
		} else {
			*(*unsafe.Pointer)(v.ptr) = x.ptr
		}
		return
	}
	// v is an interface and x a (concrete or interface) value implementing it.
	if x.Kind() == Interface {
		x = x.Elem()
		if x.typ == nil {
			*(*[2]unsafe.Pointer)(v.ptr) = [2]unsafe.Pointer{}
			return
		}
	}
	var data unsafe.Pointer
	if x.typ.direct() {
		data = x.pointer()
	} else {
		c := unsafe_New(x.typ)
		typedmemmove(x.typ, c, x.ptr)
		data = c
	}
	if len(v.typ.methods) == 0 {
		*(*eface)(v.ptr) = eface{x.typ, data}
	} else {
		*(*iface)(v.ptr) = iface{getitab(v.typ, x.typ, false), data}
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.flag&flagAddr == 0 || v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

// SetBool sets v's underlying value (v must be addressable).
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe(Bool, "SetBool")
	*(*bool)(v.ptr) = x
}

// SetInt sets v's underlying value, for any signed integer kind.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	p := v.ptr
	switch v.Kind() {
	case Int:
		*(*int)(p) = int(x)
	case Int8:
		*(*int8)(p) = int8(x)
	case Int16:
		*(*int16)(p) = int16(x)
	case Int32:
		*(*int32)(p) = int32(x)
	case Int64:
		*(*int64)(p) = x
	default:
		panic(&ValueError{Method: "reflect.Value.SetInt", Kind: v.Kind()})
	}
}

// SetUint sets v's underlying value, for any unsigned integer kind.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	p := v.ptr
	switch v.Kind() {
	case Uint:
		*(*uint)(p) = uint(x)
	case Uint8:
		*(*uint8)(p) = uint8(x)
	case Uint16:
		*(*uint16)(p) = uint16(x)
	case Uint32:
		*(*uint32)(p) = uint32(x)
	case Uint64:
		*(*uint64)(p) = x
	case Uintptr:
		*(*uintptr)(p) = uintptr(x)
	default:
		panic(&ValueError{Method: "reflect.Value.SetUint", Kind: v.Kind()})
	}
}

// SetFloat sets v's underlying value, for float32 and float64.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{Method: "reflect.Value.SetFloat", Kind: v.Kind()})
	}
}

// SetString sets v's underlying value.
func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe(String, "SetString")
	*(*string)(v.ptr) = x
}

// SetBytes sets the underlying value of v, a slice of bytes.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe(Slice, "SetBytes")
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// A MapIter iterates over a map (see Value.MapRange).
type MapIter struct {
	m       Value
	started bool
	it      hiter
}

// MapRange returns an iterator over the map v.
func (v Value) MapRange() *MapIter {
	v.mustBe(Map, "MapRange")
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if !it.started {
		it.started = true
		m := it.m.pointer()
		if m == nil {
			return false
		}
		mapiterinit(it.m.typ, m, &it.it)
	} else {
		if it.it.key == nil {
			return false
		}
		mapiternext(&it.it)
	}
	return it.it.key != nil
}

// Key returns a copy of the current entry's key.
func (it *MapIter) Key() Value {
	if it.it.key == nil {
		panic("MapIter.Key called on exhausted iterator")
	}
	return copyVal(it.m.typ.key, it.m.flag.ro(), it.it.key)
}

// Value returns a copy of the current entry's value.
func (it *MapIter) Value() Value {
	if it.it.key == nil {
		panic("MapIter.Value called on exhausted iterator")
	}
	return copyVal(it.m.typ.elem, it.m.flag.ro(), it.it.elem)
}

func copyVal(t *rtype, fl flag, p unsafe.Pointer) Value {
	if t.direct() {
		return Value{t, *(*unsafe.Pointer)(p), fl}
	}
	c := unsafe_New(t)
	typedmemmove(t, c, p)
	return Value{t, c, fl | flagIndir}
}

// typedmemmove copies a value of type t from src to dst (non-overlapping).
// The collector is stop-the-world and needs no write barriers.
func typedmemmove(t *rtype, dst, src unsafe.Pointer) {
	n := t.size
	if n == 0 || dst == src {
		return
	}
	if n&7 == 0 && uintptr(dst)&7 == 0 && uintptr(src)&7 == 0 {
		for i := uintptr(0); i < n; i += 8 {
			*(*uintptr)(unsafe.Add(dst, i)) = *(*uintptr)(unsafe.Add(src, i))
		}
		return
	}
	for i := uintptr(0); i < n; i++ {
		*(*byte)(unsafe.Add(dst, i)) = *(*byte)(unsafe.Add(src, i))
	}
}

// Swapper returns a function that swaps the elements i and j of the slice.
// It panics if slice is not a slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	// Fast path for slices of size 0 and 1. Nothing to swap.
	switch v.Len() {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	t := v.typ.elem
	size := t.size
	if t.ptrdata != 0 {
		if size == 8 {
			ps := *(*[]unsafe.Pointer)(v.ptr)
			return func(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
		}
		if t.Kind() == String {
			ss := *(*[]string)(v.ptr)
			return func(i, j int) { ss[i], ss[j] = ss[j], ss[i] }
		}
	} else {
		switch size {
		case 8:
			is := *(*[]int64)(v.ptr)
			return func(i, j int) { is[i], is[j] = is[j], is[i] }
		case 4:
			is := *(*[]int32)(v.ptr)
			return func(i, j int) { is[i], is[j] = is[j], is[i] }
		case 2:
			is := *(*[]int16)(v.ptr)
			return func(i, j int) { is[i], is[j] = is[j], is[i] }
		case 1:
			is := *(*[]int8)(v.ptr)
			return func(i, j int) { is[i], is[j] = is[j], is[i] }
		}
	}
	s := (*sliceHeader)(v.ptr)
	tmp := unsafe_New(t) // swap scratch space
	return func(i, j int) {
		if uint(i) >= uint(s.len) || uint(j) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		val1 := unsafe.Add(s.data, uintptr(i)*size)
		val2 := unsafe.Add(s.data, uintptr(j)*size)
		typedmemmove(t, tmp, val1)
		typedmemmove(t, val1, val2)
		typedmemmove(t, val2, tmp)
	}
}
