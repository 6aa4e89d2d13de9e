// Package reflectlite is the small run-time type inspection layer the bundled
// library uses instead of package reflect (which mingo does not have): fmt prints
// arbitrary values with it, internal/fmtsort sorts map keys, errors implements
// Is/As and sort.Slice swaps elements.
//
// Two implementations share this file's API: *_mingo.go reads the compiler's
// type descriptors (docs/abi.md §4) with unsafe; under real Go (crates/std/gotest)
// a shim over package reflect replaces them, so that everything above this
// package can be tested against Go's own standard library.
//
// API (both implementations):
//
//	TypeOf(any) Type       ValueOf(any) Value      Swapper(slice any) func(i, j int)
//	Type:  Kind String Name PkgPath Elem Key Len Size Bits NumField Field NumMethod
//	       Comparable Implements AssignableTo ID
//	Value: IsValid Kind Type Bool Int Uint Float String Len Index NumField Field
//	       Elem IsNil Pointer Bytes CanInterface Interface MapRange
//	       Set SetBool SetInt SetUint SetFloat SetString SetBytes
//	MapIter: Next Key Value
package reflectlite

// A Kind represents the specific kind of type that a Type represents.
// The numbering is reflect's (and docs/abi.md §4's).
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name     string // field name; for an embedded field, the type's name
	PkgPath  string // empty for exported fields
	Embedded bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func itoa(i int) string {
	var b [24]byte
	n := len(b)
	neg := i < 0
	u := uint(i)
	if neg {
		u = -u
	}
	for u >= 10 {
		n--
		b[n] = byte('0' + u%10)
		u /= 10
	}
	n--
	b[n] = byte('0' + u)
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
