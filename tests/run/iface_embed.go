// Embedded interfaces, method sets, interface-to-interface conversion, error and any.
package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Close() error {
	if b.closed {
		return fmt.Errorf("already closed")
	}
	b.closed = true
	return nil
}

func pump(r Reader, w Writer) int {
	n := 0
	for s := r.Read(); s != ""; s = r.Read() {
		n += w.Write(s + "!")
	}
	return n
}

func main() {
	src := &Buffer{data: []string{"a", "bb", "ccc"}}
	dst := &Buffer{}
	fmt.Println(pump(src, dst), dst.data)
	var rwc ReadWriteCloser = dst
	var rw ReadWriter = rwc
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read())
	rw.Write("new")
	fmt.Println(rwc.Read(), rwc.Read(), rwc.Read() == "")
	fmt.Println(rwc.Close(), rwc.Close())
	// Asserting from a small interface back to a bigger one.
	if c, ok := r.(Closer); ok {
		fmt.Println("reader is a closer:", c.Close())
	}
	var a any = rw
	_, isW := a.(Writer)
	_, isS := a.(fmt.Stringer)
	fmt.Println(isW, isS)
	// error is an interface too.
	var err error = fmt.Errorf("code %d", 42)
	var iface interface{ Error() string } = err
	fmt.Println(iface.Error(), err)
	// Interface with duplicate methods through embedding.
	type RW2 interface {
		Reader
		ReadWriter
	}
	var rw2 RW2 = &Buffer{data: []string{"dup"}}
	fmt.Println(rw2.Read())
}
