// Integer modulo by zero (int8 operands) panics like division.
package main

import "fmt"

func mod(a, b int8) int8 { return a % b }

func main() {
	fmt.Println(mod(-7, 3))
	fmt.Println(mod(7, 0))
}
