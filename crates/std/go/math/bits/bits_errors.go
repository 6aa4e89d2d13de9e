// Copyright 2019 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE-GO file (crates/std).
// mingo: Go links these two variables to the runtime's error values; here they
// are local values whose Error text is the runtime's, so a panic prints the same.

package bits

// runtimeError is a run-time error (it implements runtime.Error's methods).
type runtimeError string

func (e runtimeError) RuntimeError() {}

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

var overflowError error = runtimeError("integer overflow")

var divideError error = runtimeError("integer divide by zero")
