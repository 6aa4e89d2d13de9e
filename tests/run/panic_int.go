// panic with an integer and a bool print the value; here an int8 with a negative value.
package main

import "fmt"

func main() {
	var code int8 = -7
	fmt.Println("code", code)
	panic(code)
}
