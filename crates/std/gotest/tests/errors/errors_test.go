// Tests the bundled errors (Is/As/Unwrap go through reflectlite).
package errors_test

import (
	"errors"
	"testing"

	merrors "mstd/errors"
	mfmt "mstd/fmt"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return mfmt.Sprint("code ", e.code) }

type ptrErr struct{ msg string }

func (e *ptrErr) Error() string { return e.msg }

type isErr struct{}

func (isErr) Error() string        { return "isErr" }
func (isErr) Is(target error) bool { return target == sentinel }

type sliceErr []int // not comparable

func (sliceErr) Error() string { return "sliceErr" }

var sentinel = merrors.New("sentinel")

type timeout interface{ Timeout() bool }

type tErr struct{}

func (tErr) Error() string { return "t" }
func (tErr) Timeout() bool { return true }

func TestNewIsAsUnwrap(t *testing.T) {
	e1 := merrors.New("x")
	e2 := merrors.New("x")
	if e1.Error() != "x" || e1 == e2 || merrors.Is(e1, e2) || !merrors.Is(e1, e1) {
		t.Fatalf("New/Is identity")
	}
	w := mfmt.Errorf("ctx: %w", mfmt.Errorf("mid: %w", sentinel))
	if !merrors.Is(w, sentinel) || merrors.Unwrap(merrors.Unwrap(w)) != sentinel || merrors.Unwrap(sentinel) != nil {
		t.Fatalf("Is/Unwrap through Errorf")
	}
	if !merrors.Is(mfmt.Errorf("%w", isErr{}), sentinel) || merrors.Is(nil, sentinel) || !merrors.Is(nil, nil) {
		t.Fatalf("Is method / nil")
	}
	if merrors.Is(sliceErr{1}, sliceErr{1}) { // must not panic comparing uncomparable errors
		t.Fatalf("Is(sliceErr)")
	}
	var ce codeErr
	if !merrors.As(mfmt.Errorf("w: %w", codeErr{7}), &ce) || ce.code != 7 {
		t.Fatalf("As(value type): %v", ce)
	}
	var pe *ptrErr
	if !merrors.As(mfmt.Errorf("w: %w", &ptrErr{"p"}), &pe) || pe.msg != "p" {
		t.Fatalf("As(pointer type)")
	}
	if merrors.As(merrors.New("other"), &pe) {
		t.Fatalf("As matched wrongly")
	}
	var to timeout
	if !merrors.As(mfmt.Errorf("w: %w", tErr{}), &to) || !to.Timeout() {
		t.Fatalf("As(interface)")
	}
	var anyErr error
	if !merrors.As(codeErr{3}, &anyErr) || anyErr.(codeErr).code != 3 {
		t.Fatalf("As(error interface)")
	}
	for _, bad := range []any{nil, pe, 5} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("As(err, %T) did not panic", bad)
				}
			}()
			merrors.As(sentinel, bad)
		}()
	}
	_ = errors.New
}
