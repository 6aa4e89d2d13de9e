package main

func main() {
	if x == 1 // ERROR "^syntax error: unexpected newline, expecting [{] after if clause$"
	{
	}
}
