package main

func main() {
	go f // ERROR "^expression in go must be function call$"
}
