// Runtime hooks of package time (docs/abi.md §8). Under real Go
// (crates/std/gotest) this file is replaced by rt_gotest.go.

package time

import _ "unsafe" // for go:linkname

// runtimeNano returns the current value of the monotonic clock in nanoseconds
// (clock_gettime(CLOCK_MONOTONIC)).
//
//go:linkname runtimeNano runtime.nanotime
func runtimeNano() int64

// walltime returns the current time as seconds and nanoseconds since the Unix
// epoch (clock_gettime(CLOCK_REALTIME)).
//
//go:linkname walltime runtime.walltime
func walltime() (sec int64, nsec int32)

// timeSleep suspends the program for ns nanoseconds (nanosleep, restarted
// after interruptions until the time has passed).
//
//go:linkname timeSleep runtime.timeSleep
func timeSleep(ns int64)
