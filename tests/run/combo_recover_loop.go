// Combination: deferred recovers inside loops turning every kind of run-time panic
// into an error (named results set by the deferred closure), defers in loops run in
// LIFO order with per-iteration copies, re-panics caught further up, recover() being
// nil outside a panic, and goto used for a retry loop.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct{ v int }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

var ErrBad = errors.New("bad input")

func try(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("%s: %w", name, v)
			case fmt.Stringer:
				err = fmt.Errorf("%s: stringer %s", name, v.String())
			default:
				err = fmt.Errorf("%s: %v", name, v)
			}
		}
	}()
	f()
	return nil
}

func nested() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("outer caught: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("inner")
	}()
	return "not reached"
}

func main() {
	var m map[string]int
	var p *T
	var e interface{} = "str"
	zero := 0
	idx := 5
	s := []int{1, 2, 3}
	cases := []struct {
		name string
		f    func()
	}{
		{"index", func() { _ = s[idx] }},
		{"slice", func() { _ = s[1:idx] }},
		{"nilmap", func() { m["a"] = 1 }},
		{"nilptr", func() { fmt.Println(p.v) }},
		{"div", func() { fmt.Println(10 / zero) }},
		{"assert", func() { fmt.Println(e.(int)) }},
		{"shift", func() { fmt.Println(1 << (zero - 1)) }},
		{"error", func() { panic(ErrBad) }},
		{"stringer", func() { panic(Temp(21.5)) }},
		{"value", func() { panic(42) }},
		{"ok", func() {}},
	}
	for _, c := range cases {
		err := try(c.name, c.f)
		fmt.Println(c.name, "->", err, errors.Is(err, ErrBad))
	}

	// defers in a loop: LIFO, each with its own copy
	func() {
		for i := 0; i < 4; i++ {
			i := i
			defer fmt.Print(i, " ")
			defer func() { fmt.Print("c", i, " ") }()
		}
	}()
	fmt.Println()

	fmt.Println(nested())
	fmt.Println(recover() == nil)

	// goto retry: the first attempts panic and are recovered
	attempts := 0
	var log []string
retry:
	attempts++
	if err := try(fmt.Sprint("attempt", attempts), func() {
		if attempts < 3 {
			panic(fmt.Sprintf("flaky %d", attempts))
		}
	}); err != nil {
		log = append(log, err.Error())
		goto retry
	}
	fmt.Println(attempts, strings.Join(log, "; "))
}
