// Failed assertion from a non-empty interface to the wrong concrete type.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	shapes := []Shape{Square{2}, Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Area())
		fmt.Println(s.(Square).S)
	}
}
