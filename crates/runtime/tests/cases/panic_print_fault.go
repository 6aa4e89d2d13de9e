package main

type E struct{ p *int }

func (e E) Error() string { return string(rune(*e.p)) }

func main() {
	panic(E{})
}
