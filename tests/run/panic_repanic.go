// Re-panic after recover: `panic: first [recovered]` then a tab-indented `panic: second`.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("second, after ", r))
	}()
	fmt.Println("about to panic")
	panic("first")
}
