package main

func main() {
	/* open // ERROR "^comment not terminated$"
}
