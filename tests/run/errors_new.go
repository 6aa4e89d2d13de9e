// errors.New and error values: identity, sentinel errors, custom error types, wrapping by hand.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func lookup(key string) (int, error) {
	switch key {
	case "a":
		return 1, nil
	case "secret":
		return 0, ErrPermission
	}
	return 0, ErrNotFound
}

func parse(lines []string) error {
	for i, l := range lines {
		if l == "" {
			return &ParseError{i + 1, "empty line"}
		}
	}
	return nil
}

func describe(err error) string {
	if err == nil {
		return "ok"
	}
	if err == ErrNotFound {
		return "sentinel: not found"
	}
	if pe, ok := err.(*ParseError); ok {
		return fmt.Sprint("parse error at ", pe.Line)
	}
	return "other: " + err.Error()
}

func main() {
	for _, k := range []string{"a", "b", "secret"} {
		v, err := lookup(k)
		fmt.Println(k, v, err, describe(err))
	}
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), e1 == e1)
	fmt.Println(describe(parse([]string{"x", "y"})), describe(parse([]string{"x", "", "z"})))
	err := parse([]string{""})
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, fmt.Errorf("step %d: %v", i, ErrNotFound))
	}
	fmt.Println(errs)
	// A typed nil pointer stored in an error is not a nil error.
	var pe *ParseError
	var asErr error = pe
	fmt.Println(pe == nil, asErr == nil, asErr != nil)
	// Errors as map keys and in switch.
	counts := map[error]int{}
	for _, k := range []string{"x", "secret", "y", "a"} {
		_, err := lookup(k)
		counts[err]++
	}
	fmt.Println(counts[ErrNotFound], counts[ErrPermission], counts[nil])
	switch _, err := lookup("secret"); err {
	case nil:
		fmt.Println("no error")
	case ErrPermission:
		fmt.Println("permission!")
	}
}
