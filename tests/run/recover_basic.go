// recover: in deferred closures, outside panics, from nested calls, with various panic values.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("myerr ", e.Code) }

func catch(f func()) (v interface{}) {
	defer func() {
		v = recover()
	}()
	f()
	return "no panic"
}

func helper() interface{} { return recover() } // not called directly by a deferred function

func indirect() (r interface{}) {
	defer func() {
		r = helper() // returns nil: recover only works when called directly by the deferred func
		if r == nil {
			r = recover()
		}
	}()
	panic("indirect")
}

func deferredRecoverCall() {
	// `defer recover()` does NOT stop a panic: recover is then the deferred function
	// itself, not called by one, so it returns nil and the panic goes on.
	defer recover()
	panic("not stopped by defer recover()")
}

func main() {
	fmt.Println(recover()) // nil: no panic
	fmt.Println(catch(func() {}))
	fmt.Println(catch(func() { panic("a string") }))
	fmt.Println(catch(func() { panic(42) }))
	fmt.Println(catch(func() { panic(errors.New("an error")) }))
	fmt.Println(catch(func() { panic(MyErr{7}) }))
	fmt.Println(catch(func() { panic(fmt.Sprintf("formatted %d", 9)) }))
	v := catch(func() { panic([]int{1, 2}) })
	fmt.Println(v.([]int)[1])
	if e, ok := catch(func() { panic(MyErr{3}) }).(error); ok {
		fmt.Println("is error:", e.Error())
	}
	fmt.Println(indirect())
	fmt.Println(catch(deferredRecoverCall))

	// Panic unwinds through several frames, running their defers.
	fmt.Println(catch(func() { level(3) }))

	// After recovery the function returns normally and execution continues.
	for i := 0; i < 3; i++ {
		r := catch(func() {
			if i%2 == 1 {
				panic(fmt.Sprint("odd ", i))
			}
		})
		fmt.Println(i, r)
	}
	// A recovered panic does not leave anything behind.
	fmt.Println(recover())
}

func level(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 0 {
		panic("bottom")
	}
	level(n - 1)
}
