// Low bound above high bound: `slice bounds out of range [3:2]`.
package main

import "fmt"

func sub(s []byte, lo, hi int) []byte { return s[lo:hi] }

func main() {
	s := []byte("hello")
	fmt.Println(string(sub(s, 1, 4)))
	fmt.Println(string(sub(s, 3, 2)))
}
