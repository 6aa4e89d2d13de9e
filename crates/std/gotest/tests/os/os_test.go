package os_test

import (
	"os"
	"testing"

	mos "mstd/os"
)

func TestArgsEnv(t *testing.T) {
	if len(mos.Args) != len(os.Args) || mos.Args[0] != os.Args[0] {
		t.Fatalf("Args = %q", mos.Args)
	}
	os.Setenv("MINGO_TEST_VAR", "v=1")
	// (The shim reads the real environment, so Setenv is visible.)
	if mos.Getenv("MINGO_TEST_VAR") != "v=1" || mos.Getenv("NO_SUCH_VAR_XYZ") != "" {
		t.Fatalf("Getenv")
	}
	if v, ok := mos.LookupEnv("MINGO_TEST_VAR"); !ok || v != "v=1" {
		t.Fatalf("LookupEnv")
	}
	if _, ok := mos.LookupEnv("MINGO_TEST"); ok {
		t.Fatalf("LookupEnv prefix")
	}
	if len(mos.Environ()) != len(os.Environ()) {
		t.Fatalf("Environ")
	}
}

func TestWrite(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	f := mos.NewFile(w.Fd(), "pipe")
	n, err := f.WriteString("hello ")
	m, err2 := f.Write([]byte("world"))
	w.Close()
	buf := make([]byte, 100)
	k, _ := r.Read(buf)
	if n != 6 || m != 5 || err != nil || err2 != nil || string(buf[:k]) != "hello world" {
		t.Fatalf("Write: %d %d %v %v %q", n, m, err, err2, buf[:k])
	}
	// Writing to a closed descriptor reports a *PathError like Go's.
	_, err = f.Write([]byte("x"))
	_, gerr := w.Write([]byte("x"))
	if err == nil || gerr == nil {
		t.Fatalf("expected errors, got %v / %v", err, gerr)
	}
	if err.Error() != "write pipe: bad file descriptor" {
		t.Fatalf("error text %q (Go: %q)", err, gerr)
	}
	var nilf *mos.File
	if _, err := nilf.Write(nil); err != mos.ErrInvalid {
		t.Fatalf("nil File")
	}
	// Read until EOF.
	r2, w2, _ := os.Pipe()
	w2.Write([]byte("abc"))
	w2.Close()
	rf := mos.NewFile(r2.Fd(), "r")
	got, err := readAll(rf)
	if string(got) != "abc" || err != nil {
		t.Fatalf("Read: %q %v", got, err)
	}
	if mos.Stdout.Name() != "/dev/stdout" || mos.Stderr.Fd() != 2 || mos.Stdin.Fd() != 0 {
		t.Fatalf("std files")
	}
}

func readAll(f *mos.File) ([]byte, error) {
	var out []byte
	buf := make([]byte, 2)
	for {
		n, err := f.Read(buf)
		out = append(out, buf[:n]...)
		if err != nil {
			if err.Error() == "EOF" {
				return out, nil
			}
			return out, err
		}
	}
}
