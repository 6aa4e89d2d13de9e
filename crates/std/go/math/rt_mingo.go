// Runtime hooks of package math (docs/abi.md §8). Under real Go
// (crates/std/gotest) this file is replaced by rt_gotest.go.

package math

import _ "unsafe" // for go:linkname

// x86HasFMA reports whether the CPU (and OS) support AVX and FMA, which is
// when Go's math.Exp uses its FMA code path (internal/cpu: HasAVX && HasFMA).
//
//go:linkname x86HasFMA runtime.x86HasFMA
func x86HasFMA() bool
