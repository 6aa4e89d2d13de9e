// Runtime hooks of internal/reflectlite (docs/abi.md §8).

package reflectlite

import "unsafe"

//go:linkname unsafe_New runtime.newobject
func unsafe_New(t *rtype) unsafe.Pointer

//go:linkname mapiterinit runtime.mapiterinit
func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter)

//go:linkname mapiternext runtime.mapiternext
func mapiternext(it *hiter)

//go:linkname getitab runtime.getitab
func getitab(inter *rtype, typ *rtype, canfail bool) *itab
