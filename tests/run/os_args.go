// os.Args: the program's arguments (given in os_args.args); Args[0] is not printed (it varies).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(len(os.Args[0]) > 0)
	for i, a := range os.Args[1:] {
		fmt.Printf("arg %d: %q\n", i+1, a)
	}
	sum := 0
	for _, a := range os.Args[1:] {
		if n, err := strconv.Atoi(a); err == nil {
			sum += n
		}
	}
	fmt.Println("sum of numeric args:", sum)
	args := os.Args
	args = append(args[:1:1], "replaced")
	fmt.Println(len(os.Args), os.Args[1], args[1])
}
