// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE-GO file (crates/std).
// mingo: adapted from Go 1.19 src/sort/slice_go113.go.

package sort

import "internal/reflectlite"

var reflectValueOf = reflectlite.ValueOf
var reflectSwapper = reflectlite.Swapper
