package main

var p *int

func main() {
	func() {
		defer func() { recover() }()
		println(*p)
	}()
	panic("later")
}
