package main

import "fmt"

type stack struct {
	items []string
}

//go:noinline
func (s *stack) pop() string {
	if len(s.items) == 0 {
		panic(fmt.Sprintf("pop of empty stack (%d items)", len(s.items)))
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func main() {
	s := &stack{items: []string{"a"}}
	fmt.Println(s.pop())
	fmt.Println(s.pop())
}
