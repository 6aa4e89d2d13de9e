package main

type E int
type MyErr struct{}

func (MyErr) Error() string { return "my error" }

type St struct{ a, b int }

func (St) String() string { return "stringer" }

func main() {
	defer func() { panic("x") }()
	defer func() { panic(St{}) }()
	defer func() { panic(MyErr{}) }()
	defer func() { panic(4.5) }()
	panic(E(5))
}
