package main

import (
	"errors"
	"fmt"
)

var errClosed = errors.New("resource closed")

type res struct{ open bool }

//go:noinline
func (r *res) close() {
	if !r.open {
		panic(errClosed)
	}
	r.open = false
}

func use(r *res) {
	defer r.close()
	fmt.Println("using")
}

func main() {
	r := &res{}
	use(r)
	fmt.Println("unreachable")
}
