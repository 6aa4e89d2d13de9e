package main

type E struct{}

func (e E) Error() string { panic("inner") }

func main() {
	panic(E{})
}
