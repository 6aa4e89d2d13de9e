// A deferred call panics while the first panic is still running (not recovered): both are reported.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		fmt.Println("outer deferred runs too")
	}()
	defer func() {
		panic(errors.New("second panic, from a deferred call"))
	}()
	fmt.Println("start")
	panic("first panic")
}
