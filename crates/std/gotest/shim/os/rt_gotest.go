// Test shim: package os's runtime hooks over the real syscall package.

package os

import (
	realos "os"
	"syscall"
)

func write(fd int, p []byte) int {
	n, err := syscall.Write(fd, p)
	if err != nil {
		return -int(err.(syscall.Errno))
	}
	return n
}

func read(fd int, p []byte) int {
	n, err := syscall.Read(fd, p)
	if err != nil {
		return -int(err.(syscall.Errno))
	}
	return n
}

func exit(code int) { realos.Exit(code) }

func argc() int         { return len(realos.Args) }
func argv(i int) string { return realos.Args[i] }
func envc() int         { return len(realos.Environ()) }
func envv(i int) string { return realos.Environ()[i] }
