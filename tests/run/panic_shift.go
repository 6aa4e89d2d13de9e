// Shifting by a negative signed count: `negative shift amount`.
package main

import "fmt"

func shl(x int64, n int) int64 { return x << n }

func main() {
	fmt.Println(shl(1, 10), shl(1, 70))
	fmt.Println(shl(1, -1))
}
