// Failed type assertion on interface{}: `interface conversion: interface {} is string, not int`.
package main

import "fmt"

func main() {
	values := []interface{}{1, 2, "three"}
	sum := 0
	for _, v := range values {
		sum += v.(int)
		fmt.Println("sum", sum)
	}
}
