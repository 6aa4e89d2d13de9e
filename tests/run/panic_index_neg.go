// A negative index computed at run time: `index out of range [-1]` (no length in the message).
package main

import "fmt"

func at(s []string, i int) string { return s[i] }

func main() {
	s := []string{"a", "b", "c"}
	i := 0
	fmt.Println(at(s, i))
	i -= 1
	fmt.Println(at(s, i))
}
