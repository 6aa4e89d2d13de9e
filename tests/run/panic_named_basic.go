// panic with a named basic type prints `main.Code(42)`; named strings print quoted: `main.Msg("...")`.
package main

import "fmt"

type Code int

func main() {
	c := Code(42)
	fmt.Println(c)
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		type Msg string
		panic(Msg("giving up"))
	}()
	panic(c)
}
