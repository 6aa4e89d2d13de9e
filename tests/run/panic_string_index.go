// Indexing a string past its end.
package main

import "fmt"

func main() {
	s := "abc"
	n := len(s)
	fmt.Println(s[n-1])
	fmt.Println(s[n])
}
