// Test shim: reflectlite over the real reflect package, replacing
// type_mingo.go and value_mingo.go when the bundled library runs under Go 1.19.

package reflectlite

import "reflect"

type Type struct {
	t reflect.Type
}

func TypeOf(i any) Type { return Type{reflect.TypeOf(i)} }

func (t Type) Kind() Kind {
	if t.t == nil {
		return Invalid
	}
	return Kind(t.t.Kind())
}

func (t Type) String() string {
	if t.t == nil {
		return "<nil>"
	}
	return t.t.String()
}

func (t Type) Name() string             { return t.t.Name() }
func (t Type) PkgPath() string          { return t.t.PkgPath() }
func (t Type) Elem() Type               { return Type{t.t.Elem()} }
func (t Type) Key() Type                { return Type{t.t.Key()} }
func (t Type) Len() int                 { return t.t.Len() }
func (t Type) Size() uintptr            { return t.t.Size() }
func (t Type) NumField() int            { return t.t.NumField() }
func (t Type) NumMethod() int           { return t.t.NumMethod() }
func (t Type) Comparable() bool         { return t.t.Comparable() }
func (t Type) ID() uintptr              { return reflect.ValueOf(t.t).Pointer() }
func (t Type) Implements(u Type) bool   { return t.t.Implements(u.t) }
func (t Type) AssignableTo(u Type) bool { return t.t.AssignableTo(u.t) }

func (t Type) Field(i int) StructField {
	f := t.t.Field(i)
	return StructField{Name: f.Name, PkgPath: f.PkgPath, Embedded: f.Anonymous}
}

type Value struct {
	v reflect.Value
}

func ValueOf(i any) Value { return Value{reflect.ValueOf(i)} }

func (v Value) IsValid() bool      { return v.v.IsValid() }
func (v Value) Kind() Kind         { return Kind(v.v.Kind()) }
func (v Value) Type() Type         { return Type{v.v.Type()} }
func (v Value) Bool() bool         { return v.v.Bool() }
func (v Value) Int() int64         { return v.v.Int() }
func (v Value) Uint() uint64       { return v.v.Uint() }
func (v Value) Float() float64     { return v.v.Float() }
func (v Value) String() string     { return v.v.String() }
func (v Value) Len() int           { return v.v.Len() }
func (v Value) Index(i int) Value  { return Value{v.v.Index(i)} }
func (v Value) NumField() int      { return v.v.NumField() }
func (v Value) Field(i int) Value  { return Value{v.v.Field(i)} }
func (v Value) Elem() Value        { return Value{v.v.Elem()} }
func (v Value) IsNil() bool        { return v.v.IsNil() }
func (v Value) Pointer() uintptr   { return v.v.Pointer() }
func (v Value) Bytes() []byte      { return v.v.Bytes() }
func (v Value) CanInterface() bool { return v.v.CanInterface() }
func (v Value) Interface() any     { return v.v.Interface() }
func (v Value) Set(x Value)        { v.v.Set(x.v) }
func (v Value) MapRange() *MapIter { return &MapIter{v.v.MapRange()} }

type MapIter struct {
	it *reflect.MapIter
}

func (it *MapIter) Next() bool   { return it.it.Next() }
func (it *MapIter) Key() Value   { return Value{it.it.Key()} }
func (it *MapIter) Value() Value { return Value{it.it.Value()} }

func Swapper(slice any) func(i, j int) { return reflect.Swapper(slice) }

func (t Type) Bits() int { return t.t.Bits() }

func (v Value) SetBool(x bool)     { v.v.SetBool(x) }
func (v Value) SetInt(x int64)     { v.v.SetInt(x) }
func (v Value) SetUint(x uint64)   { v.v.SetUint(x) }
func (v Value) SetFloat(x float64) { v.v.SetFloat(x) }
func (v Value) SetString(x string) { v.v.SetString(x) }
func (v Value) SetBytes(x []byte)  { v.v.SetBytes(x) }
