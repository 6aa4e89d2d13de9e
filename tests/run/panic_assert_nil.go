// Asserting a nil interface value to a concrete type: `interface conversion: error is nil, not *main.E`.
package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func check(fail bool) error {
	if fail {
		return &E{"failed"}
	}
	return nil
}

func main() {
	fmt.Println(check(true).(*E).msg)
	fmt.Println(check(false).(*E).msg)
}
