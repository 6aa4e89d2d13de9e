package main

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("second")
	}()
	panic("first")
}
