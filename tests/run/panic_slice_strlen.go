// Slicing a string beyond its length: `slice bounds out of range [:5] with length 3`.
package main

import "fmt"

func prefix(s string, n int) string { return s[:n] }

func main() {
	fmt.Println(prefix("abc", 3))
	fmt.Println(prefix("abc", 5))
}
