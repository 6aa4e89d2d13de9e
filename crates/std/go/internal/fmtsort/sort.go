// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE-GO file (crates/std).
// mingo: adapted from Go 1.19 src/internal/fmtsort/sort.go.

// Package fmtsort provides a general stable ordering mechanism
// for maps, on behalf of the fmt and text/template packages.
// It is not guaranteed to be efficient and works only for types
// that are valid map keys.
package fmtsort

import (
	"internal/reflectlite"
	"sort"
)

// Note: Throughout this package we avoid calling reflectlite.Value.Interface as
// it is not always legal to do so and it's easier to avoid the issue than to face it.

// SortedMap represents a map's keys and values. The keys and values are
// aligned in index order: Value[i] is the value in the map corresponding to Key[i].
type SortedMap struct {
	Key   []reflectlite.Value
	Value []reflectlite.Value
}

func (o *SortedMap) Len() int           { return len(o.Key) }
func (o *SortedMap) Less(i, j int) bool { return compare(o.Key[i], o.Key[j]) < 0 }
func (o *SortedMap) Swap(i, j int) {
	o.Key[i], o.Key[j] = o.Key[j], o.Key[i]
	o.Value[i], o.Value[j] = o.Value[j], o.Value[i]
}

// Sort accepts a map and returns a SortedMap that has the same keys and
// values but in a stable sorted order according to the keys, modulo issues
// raised by unorderable key values such as NaNs.
//
// The ordering rules are more general than with Go's < operator:
//
//   - when applicable, nil compares low
//   - ints, floats, and strings order by <
//   - NaN compares less than non-NaN floats
//   - bool compares false before true
//   - complex compares real, then imag
//   - pointers compare by machine address
//   - channel values compare by machine address
//   - structs compare each field in turn
//   - arrays compare each element in turn.
//     Otherwise identical arrays compare by length.
//   - interface values compare first by reflectlite.Type describing the concrete type
//     and then by concrete value as described in the previous rules.
func Sort(mapValue reflectlite.Value) *SortedMap {
	if mapValue.Type().Kind() != reflectlite.Map {
		return nil
	}
	// Note: this code is arranged to not panic even in the presence
	// of a concurrent map update. The runtime is responsible for
	// yelling loudly if that happens. See issue 33275.
	// mingo: no preallocation (reflectlite has no O(1) map length).
	var key, value []reflectlite.Value
	iter := mapValue.MapRange()
	for iter.Next() {
		key = append(key, iter.Key())
		value = append(value, iter.Value())
	}
	sorted := &SortedMap{
		Key:   key,
		Value: value,
	}
	sort.Stable(sorted)
	return sorted
}

// compare compares two values of the same type. It returns -1, 0, 1
// according to whether a > b (1), a == b (0), or a < b (-1).
// If the types differ, it returns -1.
// See the comment on Sort for the comparison rules.
func compare(aVal, bVal reflectlite.Value) int {
	aType, bType := aVal.Type(), bVal.Type()
	if aType != bType {
		return -1 // No good answer possible, but don't return 0: they're not equal.
	}
	switch aVal.Kind() {
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		a, b := aVal.Int(), bVal.Int()
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		default:
			return 0
		}
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64, reflectlite.Uintptr:
		a, b := aVal.Uint(), bVal.Uint()
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		default:
			return 0
		}
	case reflectlite.String:
		a, b := aVal.String(), bVal.String()
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		default:
			return 0
		}
	case reflectlite.Float32, reflectlite.Float64:
		return floatCompare(aVal.Float(), bVal.Float())
	case reflectlite.Bool:
		a, b := aVal.Bool(), bVal.Bool()
		switch {
		case a == b:
			return 0
		case a:
			return 1
		default:
			return -1
		}
	case reflectlite.Pointer, reflectlite.UnsafePointer:
		a, b := aVal.Pointer(), bVal.Pointer()
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		default:
			return 0
		}
	case reflectlite.Chan:
		if c, ok := nilCompare(aVal, bVal); ok {
			return c
		}
		ap, bp := aVal.Pointer(), bVal.Pointer()
		switch {
		case ap < bp:
			return -1
		case ap > bp:
			return 1
		default:
			return 0
		}
	case reflectlite.Struct:
		for i := 0; i < aVal.NumField(); i++ {
			if c := compare(aVal.Field(i), bVal.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Array:
		for i := 0; i < aVal.Len(); i++ {
			if c := compare(aVal.Index(i), bVal.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Interface:
		if c, ok := nilCompare(aVal, bVal); ok {
			return c
		}
		// Go orders by the address of the type descriptor
		// (reflect.ValueOf(t).Pointer()). gc's linker lays descriptors out
		// sorted by their size, then by symbol name ("type." + the type's
		// string), so mingo compares those, computed as gc would.
		if c := typeCompare(aVal.Elem().Type(), bVal.Elem().Type()); c != 0 {
			return c
		}
		return compare(aVal.Elem(), bVal.Elem())
	default:
		// Certain types cannot appear as keys (maps, funcs, slices), but be explicit.
		panic("bad type in compare: " + aType.String())
	}
}

// nilCompare checks whether either value is nil. If not, the boolean is false.
// If either value is nil, the boolean is true and the integer is the comparison
// value. The comparison is defined to be 0 if both are nil, otherwise the one
// nil value compares low. Both arguments must represent a chan, func,
// interface, map, pointer, or slice.
// typeCompare orders types as gc's linker places their descriptors: by the
// descriptor's size, then by symbol name; identical names (distinct local types)
// fall back to the descriptor address.
func typeCompare(a, b reflectlite.Type) int {
	if a == b {
		return 0
	}
	sa, sb := gcTypeSize(a), gcTypeSize(b)
	switch {
	case sa < sb:
		return -1
	case sa > sb:
		return 1
	}
	na, nb := symName(a), symName(b)
	switch {
	case na < nb:
		return -1
	case na > nb:
		return 1
	}
	ia, ib := a.ID(), b.ID()
	switch {
	case ia < ib:
		return -1
	case ia > ib:
		return 1
	}
	return 0
}

// symName is gc's symbol name for the type's descriptor without the "type."
// prefix: named types are qualified by package path, others spelled as %T
// spells them (exact unless they mention types of packages whose path is not
// their name).
func symName(t reflectlite.Type) string {
	if t.Name() != "" && t.PkgPath() != "" {
		return t.PkgPath() + "." + t.Name()
	}
	return t.String()
}

// gcTypeSize is the size of gc 1.19's descriptor symbol for a type that can be
// a map key's dynamic type: the kind-specific header (rtype is 48 bytes), the
// uncommon section of named types and types with methods (16 bytes + 16 per
// method) and a struct's fields (24 bytes each).
func gcTypeSize(t reflectlite.Type) int {
	n := 48
	switch t.Kind() {
	case reflectlite.Pointer, reflectlite.Slice:
		n = 56
	case reflectlite.Chan:
		n = 64
	case reflectlite.Array:
		n = 72
	case reflectlite.Struct:
		n = 80 + 24*t.NumField()
	case reflectlite.Map:
		n = 88
	case reflectlite.Interface:
		n = 80 + 8*t.NumMethod()
		if t.Name() != "" {
			n += 16
		}
		return n
	}
	if m := t.NumMethod(); t.Name() != "" || m > 0 {
		n += 16 + 16*m
	}
	return n
}

func nilCompare(aVal, bVal reflectlite.Value) (int, bool) {
	if aVal.IsNil() {
		if bVal.IsNil() {
			return 0, true
		}
		return -1, true
	}
	if bVal.IsNil() {
		return 1, true
	}
	return 0, false
}

// floatCompare compares two floating-point values. NaNs compare low.
func floatCompare(a, b float64) int {
	switch {
	case isNaN(a):
		return -1 // No good answer if b is a NaN so don't bother checking.
	case isNaN(b):
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func isNaN(a float64) bool {
	return a != a
}
