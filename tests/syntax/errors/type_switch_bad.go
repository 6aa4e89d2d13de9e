package main

import "fmt"

func main() {
	var i interface{}
	switch i.(type { // ERROR "^syntax error: unexpected [{], expecting [)]$"
	}
	fmt.Println()
}
