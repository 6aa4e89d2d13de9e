package main

func main() {
	for i := 0; i < 10; i++ // ERROR "^syntax error: unexpected newline, expecting [{] after for clause$"
	{
	}
}
