// Calling a value method through a nil pointer dereferences it.
package main

import "fmt"

type T struct{ a, b int }

func (t T) Sum() int { return t.a + t.b }

func get(ok bool) *T {
	if ok {
		return &T{1, 2}
	}
	return nil
}

func main() {
	fmt.Println(get(true).Sum())
	fmt.Println(get(false).Sum())
}
