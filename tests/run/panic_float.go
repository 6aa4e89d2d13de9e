// panic with a float64 prints it the way print does: `panic: +3.500000e+000`.
package main

import "fmt"

func main() {
	fmt.Println(3.5)
	println(3.5)
	panic(3.5)
}
