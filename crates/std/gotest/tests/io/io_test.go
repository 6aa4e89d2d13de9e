package io_test

import (
	"bytes"
	"testing"

	mio "mstd/io"
	mstrings "mstd/strings"
)

func TestHelpers(t *testing.T) {
	var b bytes.Buffer
	if n, err := mio.WriteString(&b, "hi"); n != 2 || err != nil || b.String() != "hi" {
		t.Fatalf("WriteString")
	}
	buf := make([]byte, 4)
	n, err := mio.ReadFull(mstrings.NewReader("ab"), buf)
	if n != 2 || err != mio.ErrUnexpectedEOF {
		t.Fatalf("ReadFull short: %d %v", n, err)
	}
	n, err = mio.ReadFull(mstrings.NewReader("abcdef"), buf)
	if n != 4 || err != nil || string(buf) != "abcd" {
		t.Fatalf("ReadFull")
	}
	all, err := mio.ReadAll(mstrings.NewReader("xyz"))
	if string(all) != "xyz" || err != nil {
		t.Fatalf("ReadAll")
	}
	var out bytes.Buffer
	c, err := mio.Copy(&out, mstrings.NewReader("copy me"))
	if c != 7 || err != nil || out.String() != "copy me" {
		t.Fatalf("Copy")
	}
	if n, _ := mio.Discard.Write([]byte("abc")); n != 3 {
		t.Fatalf("Discard")
	}
	if mio.EOF.Error() != "EOF" {
		t.Fatalf("EOF")
	}
}
