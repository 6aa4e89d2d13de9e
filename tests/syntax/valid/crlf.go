package main

var raw = `a
b`

func main() {
	println(raw)
}
