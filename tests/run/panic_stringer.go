// panic with a value whose type has a String method prints String().
package main

import "fmt"

type State struct {
	Name  string
	Level int
}

func (s State) String() string { return fmt.Sprintf("State<%s:%d>", s.Name, s.Level) }

func main() {
	s := State{"overheated", 9}
	fmt.Println(s)
	panic(s)
}
