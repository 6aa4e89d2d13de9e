// Lots of buffered-looking output before a panic: none of it may be lost.
package main

import "fmt"

func main() {
	for i := 0; i < 2000; i++ {
		fmt.Println("line", i, "of output before the panic")
		if i%500 == 0 {
			println("stderr marker", i)
		}
	}
	fmt.Print("no newline at the end")
	var a []int
	_ = a[len(a)]
}
