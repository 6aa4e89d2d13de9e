// Runtime hooks of package internal/bytealg (docs/abi.md §8). Under real Go
// (crates/std/gotest) this file is replaced by shim/internal/bytealg/rt_gotest.go.

package bytealg

import _ "unsafe" // for go:linkname

// indexByteString returns the index of the first c in s, or -1 (SSE2 in the
// runtime, as gc's assembly).
//
//go:linkname indexByteString runtime.indexbytestring
//go:noescape
func indexByteString(s string, c byte) int

// indexByte returns the index of the first c in b, or -1.
//
//go:linkname indexByte runtime.indexbyte
//go:noescape
func indexByte(b []byte, c byte) int
