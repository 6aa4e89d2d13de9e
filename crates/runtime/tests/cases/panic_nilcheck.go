package main

type T struct{ a, b int }

var p *T

func main() {
	println(p.b)
}
