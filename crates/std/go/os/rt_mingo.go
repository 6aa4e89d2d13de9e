// Runtime hooks of package os (docs/abi.md §8). Under real Go (crates/std/gotest)
// this file is replaced by rt_gotest.go.

package os

import _ "unsafe" // for go:linkname

// write performs one write(2) system call: bytes written, or -errno.
//
//go:linkname write runtime.write
//go:noescape
func write(fd int, p []byte) int

// read performs one read(2) system call: bytes read (0 at end of file), or -errno.
//
//go:linkname read runtime.read
//go:noescape
func read(fd int, p []byte) int

// exit terminates the process immediately with the given status.
//
//go:linkname exit runtime.exit
func exit(code int)

// argc returns the number of command-line arguments (argv[0] included).
//
//go:linkname argc runtime.argc
func argc() int

// argv returns command-line argument i (0 <= i < argc()).
//
//go:linkname argv runtime.argv
func argv(i int) string

// envc returns the number of environment entries.
//
//go:linkname envc runtime.envc
func envc() int

// envv returns environment entry i ("KEY=value").
//
//go:linkname envv runtime.envv
func envv(i int) string
