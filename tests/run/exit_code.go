// os.Exit(3): exits immediately with status 3; deferred calls do not run; output already written is kept.
package main

import (
	"fmt"
	"os"
)

func cleanup() {
	fmt.Println("cleanup (must not appear)")
}

func main() {
	defer cleanup()
	defer fmt.Println("deferred print (must not appear)")
	fmt.Println("working")
	fmt.Print("partial line without newline")
	println("stderr before exit")
	fmt.Fprintln(os.Stderr, "fmt to stderr before exit")
	func() {
		defer fmt.Println("inner deferred (must not appear)")
		os.Exit(3)
	}()
	fmt.Println("unreachable")
}
