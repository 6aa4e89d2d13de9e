// Runtime hooks of package strconv (docs/abi.md §8). Under real Go
// (crates/std/gotest) this file is replaced by rt_gotest.go.

package strconv

import _ "unsafe" // for go:linkname

// ftoa writes the decimal digits of f (finite, > 0) to buf[0:cap] as
// "DIGITSeEXP", meaning 0.DIGITS × 10^EXP, and returns the length written.
// fmt 'e': f rounded to prec+1 significant digits; 'f': to prec digits after
// the decimal point; prec < 0: the shortest digits that read back as f, as a
// float64 ('e') or as a float32 ('s'). See docs/abi.md §8.
//
//go:linkname ftoa runtime.ftoa
//go:noescape
func ftoa(buf *byte, cap int, f float64, fmt byte, prec int) int
