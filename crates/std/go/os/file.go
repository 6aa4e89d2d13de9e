// Package os provides the operating-system functionality mingo programs use:
// the standard files, Args, Exit and the environment.
// mingo: a small subset of Go 1.19's os with the same behaviour for what it has.
package os

import (
	"errors"
	"io"
	"unsafe"
)

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Portable analogs of some common system call errors (as io/fs defines them).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to NewFile.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^(uintptr(0))
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File.
// It returns the number of bytes written and an error, if any.
// Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	for n < len(b) {
		m := write(f.fd, b[n:])
		if m < 0 {
			if m == -_EINTR {
				continue
			}
			return n, f.wrapErr("write", Errno(-m))
		}
		n += m
		if m == 0 {
			return n, f.wrapErr("write", io.ErrShortWrite)
		}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	// Write does not keep b: pass the string's bytes without copying them.
	var b []byte
	hdr := (*sliceHeader)(unsafe.Pointer(&b))
	hdr.data = (*stringHeader)(unsafe.Pointer(&s)).data
	hdr.len = len(s)
	hdr.cap = len(s)
	return f.Write(b)
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// Read reads up to len(b) bytes from the File and stores them in b.
// At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		m := read(f.fd, b)
		if m == -_EINTR {
			continue
		}
		if m < 0 {
			return 0, f.wrapErr("read", Errno(-m))
		}
		if m == 0 {
			return 0, io.EOF
		}
		return m, nil
	}
}

func (f *File) wrapErr(op string, err error) error {
	return &PathError{Op: op, Path: f.name, Err: err}
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// An Errno is an unsigned number describing an error condition (syscall.Errno).
type Errno uintptr

const (
	_EINTR  = 4
	_EIO    = 5
	_EBADF  = 9
	_EAGAIN = 11
	_EACCES = 13
	_EFAULT = 14
	_EINVAL = 22
	_ENOSPC = 28
	_EPIPE  = 32
)

func (e Errno) Error() string {
	switch e {
	case _EINTR:
		return "interrupted system call"
	case _EIO:
		return "input/output error"
	case _EBADF:
		return "bad file descriptor"
	case _EAGAIN:
		return "resource temporarily unavailable"
	case _EACCES:
		return "permission denied"
	case _EFAULT:
		return "bad address"
	case _EINVAL:
		return "invalid argument"
	case _ENOSPC:
		return "no space left on device"
	case _EPIPE:
		return "broken pipe"
	}
	return "errno " + itoa(int(e))
}

func itoa(v int) string {
	var b [20]byte
	i := len(b)
	u := uint(v)
	if v < 0 {
		u = -u
	}
	for u >= 10 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	b[i] = byte('0' + u)
	if v < 0 {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
