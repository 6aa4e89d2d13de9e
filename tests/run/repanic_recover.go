// Panics during panics: re-panic from a deferred function, recovering the latest panic, nested recovers.
package main

import "fmt"

func rethrow() (r interface{}) {
	defer func() { r = recover() }()
	func() {
		defer func() {
			v := recover()
			panic(fmt.Sprint("re-", v))
		}()
		panic("first")
	}()
	return nil
}

func replace() (r interface{}) {
	defer func() { r = recover() }()
	defer func() { panic("second replaces first") }()
	panic("first")
}

func recoverTwice() (out []interface{}) {
	defer func() { out = append(out, recover()) }()
	defer func() {
		out = append(out, recover())
		panic("again")
	}()
	panic("once")
}

func deferRunsAfterRecover() {
	defer fmt.Println("outer defer still runs")
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer fmt.Println("inner defer runs first")
	panic("p")
}

func panicInLoop() (count int) {
	for i := 0; i < 5; i++ {
		func() {
			defer func() {
				if recover() != nil {
					count++
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
		}()
	}
	return
}

func main() {
	fmt.Println(rethrow())
	fmt.Println(replace())
	fmt.Println(recoverTwice())
	deferRunsAfterRecover()
	fmt.Println(panicInLoop())
}
