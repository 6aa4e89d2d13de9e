// mingo implementation of reflectlite's Type over the compiler's type
// descriptors (docs/abi.md §4). Replaced by a reflect-based shim under real Go.

package reflectlite

import (
	"unicode/utf8"
	"unsafe"
)

// rtype is a type descriptor, laid out exactly as docs/abi.md §4 specifies.
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer // func(*T, *T) bool; nil if not comparable
	gcdata     *byte
	str        string
	elem       *rtype
	key        *rtype
	len        uintptr
	fields     []structField
	methods    []method
	name       string
	pkgpath    string
	ptrToThis  *rtype
}

// structField is a StructField entry of a descriptor (40 bytes).
type structField struct {
	name     string
	typ      *rtype
	offset   uintptr
	embedded uintptr
}

// method is a Method entry of a descriptor (32 bytes).
type method struct {
	name string
	mtyp *rtype
	ifn  unsafe.Pointer
}

// itab is the method table of a non-empty interface (abi.md §4).
type itab struct {
	inter *rtype
	typ   *rtype
	hash  uint32
	_     uint32
	fun   [1]unsafe.Pointer
}

// eface is the layout of an empty interface, iface of a non-empty one.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

type iface struct {
	tab  *itab
	data unsafe.Pointer
}

const (
	kindDirectIface = 1 << 5
	kindMask        = (1 << 5) - 1
)

// A Type is a Go type (the zero Type is no type: TypeOf(nil)).
type Type struct {
	t *rtype
}

// TypeOf returns the dynamic type of i.
func TypeOf(i any) Type {
	e := (*eface)(unsafe.Pointer(&i))
	return Type{e.typ}
}

func (t *rtype) Kind() Kind { return Kind(t.kind & kindMask) }

func (t *rtype) direct() bool { return t.kind&kindDirectIface != 0 }

// Kind returns the kind of t (Invalid for the zero Type).
func (t Type) Kind() Kind {
	if t.t == nil {
		return Invalid
	}
	return t.t.Kind()
}

// String returns the type as %T prints it.
func (t Type) String() string {
	if t.t == nil {
		return "<nil>"
	}
	return t.t.str
}

// Name returns a named type's name, "" otherwise.
func (t Type) Name() string { return t.t.name }

// PkgPath returns a named type's package path.
func (t Type) PkgPath() string { return t.t.pkgpath }

// Elem returns the element type of a pointer, slice, array, chan or map type.
func (t Type) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return Type{t.t.elem}
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// Key returns a map type's key type.
func (t Type) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return Type{t.t.key}
}

// Len returns an array type's length.
func (t Type) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int(t.t.len)
}

// Bits returns the size of a numeric type in bits.
func (t Type) Bits() int {
	switch t.Kind() {
	case Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
		Float32, Float64, Complex64, Complex128:
		return int(t.t.size) * 8
	}
	panic("reflect: Bits of non-arithmetic Type " + t.String())
}

// Size returns the number of bytes a value of the type occupies.
func (t Type) Size() uintptr { return t.t.size }

// NumField returns a struct type's field count.
func (t Type) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return len(t.t.fields)
}

// Field returns a struct type's i'th field.
func (t Type) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	f := &t.t.fields[i]
	sf := StructField{Name: f.name, Embedded: f.embedded != 0}
	if !isExported(f.name) {
		sf.PkgPath = t.t.pkgpath
		if sf.PkgPath == "" {
			sf.PkgPath = "?"
		}
	}
	return sf
}

// NumMethod returns the number of methods in the type's method set
// (for an interface type: its methods).
func (t Type) NumMethod() int { return len(t.t.methods) }

// Comparable reports whether values of the type are comparable.
func (t Type) Comparable() bool { return t.t.equal != nil }

// ID returns an identity of the type usable for ordering (the descriptor address).
func (t Type) ID() uintptr { return uintptr(unsafe.Pointer(t.t)) }

// Implements reports whether the type implements the interface type u.
func (t Type) Implements(u Type) bool {
	if u.t == nil || u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	if t.t == nil {
		return false
	}
	return implements(u.t, t.t)
}

// AssignableTo reports whether a value of the type is assignable to type u.
func (t Type) AssignableTo(u Type) bool {
	if u.t == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	if t.t == u.t {
		return true
	}
	if u.Kind() == Interface {
		return implements(u.t, t.t)
	}
	return false
}

// implements reports whether V's method set contains every method of interface T.
// Both method lists are sorted by name (abi.md §4), so one pass suffices.
func implements(T, V *rtype) bool {
	if len(T.methods) == 0 {
		return true
	}
	j := 0
	for i := range T.methods {
		tm := &T.methods[i]
		for {
			if j >= len(V.methods) {
				return false
			}
			vm := &V.methods[j]
			j++
			// The runtime's own types (its error values) have method types
			// described by the runtime: equal type strings mean identical types.
			if vm.name == tm.name && (vm.mtyp == tm.mtyp || vm.mtyp.str == tm.mtyp.str) {
				break
			}
		}
	}
	return true
}

// isExported reports whether name starts with an upper-case letter.
func isExported(name string) bool {
	if name == "" {
		return false
	}
	c := name[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(name)
	return isUpper(r)
}

// isUpper is unicode.IsUpper for r >= 0x80 (without importing package unicode:
// upper.go holds the table of category Lu).
func isUpper(r rune) bool {
	if r <= 0xFFFF {
		return inRanges16(upper16[:], uint16(r))
	}
	return inRanges32(upper32[:], uint32(r))
}

func inRanges16(t []uint16, r uint16) bool {
	lo, hi := 0, len(t)/3
	for lo < hi {
		m := lo + (hi-lo)/2
		if r < t[3*m] {
			hi = m
		} else if r > t[3*m+1] {
			lo = m + 1
		} else {
			return t[3*m+2] == 1 || (r-t[3*m])%t[3*m+2] == 0
		}
	}
	return false
}

func inRanges32(t []uint32, r uint32) bool {
	lo, hi := 0, len(t)/3
	for lo < hi {
		m := lo + (hi-lo)/2
		if r < t[3*m] {
			hi = m
		} else if r > t[3*m+1] {
			lo = m + 1
		} else {
			return t[3*m+2] == 1 || (r-t[3*m])%t[3*m+2] == 0
		}
	}
	return false
}
