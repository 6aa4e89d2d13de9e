package bufio_test

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	mbufio "mstd/bufio"
	mstrings "mstd/strings"
)

func TestScanner(t *testing.T) {
	inputs := []string{"", "a", "a\n", "one two\nthree\r\nfour  five\n\n six", strings.Repeat("x", 70000) + "\nend", "héllo wörld\n世界 \xff"}
	splits := []struct {
		name string
		m    mbufio.SplitFunc
		g    bufio.SplitFunc
	}{{"lines", mbufio.ScanLines, bufio.ScanLines}, {"words", mbufio.ScanWords, bufio.ScanWords},
		{"runes", mbufio.ScanRunes, bufio.ScanRunes}, {"bytes", mbufio.ScanBytes, bufio.ScanBytes}}
	for _, in := range inputs {
		for _, sp := range splits {
			for _, bufSize := range []int{0, 16, 100} {
				ms := mbufio.NewScanner(mstrings.NewReader(in))
				gs := bufio.NewScanner(strings.NewReader(in))
				ms.Split(sp.m)
				gs.Split(sp.g)
				if bufSize > 0 {
					ms.Buffer(make([]byte, bufSize), 200000)
					gs.Buffer(make([]byte, bufSize), 200000)
				}
				var mt, gt []string
				for ms.Scan() {
					mt = append(mt, ms.Text())
				}
				for gs.Scan() {
					gt = append(gt, gs.Text())
				}
				if strings.Join(mt, "|") != strings.Join(gt, "|") || (ms.Err() == nil) != (gs.Err() == nil) {
					t.Errorf("Scanner(%s, %q): got %d tokens err %v, want %d err %v", sp.name, in[:min(len(in), 20)], len(mt), ms.Err(), len(gt), gs.Err())
				}
			}
		}
	}
	// Too-long tokens report ErrTooLong.
	ms := mbufio.NewScanner(mstrings.NewReader(strings.Repeat("y", 100)))
	ms.Buffer(nil, 10)
	for ms.Scan() {
	}
	if ms.Err() != mbufio.ErrTooLong {
		t.Errorf("ErrTooLong: %v", ms.Err())
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func TestReaderWriter(t *testing.T) {
	in := "line one\nline two\r\nthird é line\nno newline"
	mr := mbufio.NewReaderSize(mstrings.NewReader(in), 16)
	gr := bufio.NewReaderSize(strings.NewReader(in), 16)
	for {
		ms, merr := mr.ReadString('\n')
		gs, gerr := gr.ReadString('\n')
		if ms != gs || (merr == nil) != (gerr == nil) {
			t.Fatalf("ReadString: %q %v vs %q %v", ms, merr, gs, gerr)
		}
		if merr != nil {
			break
		}
	}
	mr = mbufio.NewReader(mstrings.NewReader("héllo"))
	for i := 0; i < 6; i++ {
		r1, n1, e1 := mr.ReadRune()
		if i == 1 && (r1 != 'é' || n1 != 2) || i == 5 && e1 == nil {
			t.Fatalf("ReadRune %d: %q %d %v", i, r1, n1, e1)
		}
	}
	var mb, gb bytes.Buffer
	mw := mbufio.NewWriterSize(&mb, 8)
	gw := bufio.NewWriterSize(&gb, 8)
	for i := 0; i < 50; i++ {
		mw.WriteString("abc")
		gw.WriteString("abc")
		mw.WriteByte(byte('0' + i%10))
		gw.WriteByte(byte('0' + i%10))
		mw.WriteRune('é')
		gw.WriteRune('é')
		mw.Write([]byte("0123456789"))
		gw.Write([]byte("0123456789"))
		if mb.Len() != gb.Len() || mw.Buffered() != gw.Buffered() || mw.Available() != gw.Available() {
			t.Fatalf("Writer state differs at %d", i)
		}
	}
	mw.Flush()
	gw.Flush()
	if mb.String() != gb.String() {
		t.Fatalf("Writer output differs")
	}
}
