// panic with a string: `panic: ` followed by the string itself (no quotes); deferred calls run first.
package main

import "fmt"

func validate(age int) {
	if age < 0 {
		panic("negative age: " + fmt.Sprint(age))
	}
	fmt.Println("valid", age)
}

func main() {
	defer fmt.Println("deferred in main runs before the crash")
	validate(30)
	validate(-4)
}
