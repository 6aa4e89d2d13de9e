// panic with a struct that has no String/Error method: gc prints `(main.Point) 0x...` (an address).
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	fmt.Println(p)
	panic(p)
}
