// Using an unhashable dynamic type as a map key: `runtime error: hash of unhashable type map[string]int`.
package main

import "fmt"

func main() {
	set := map[interface{}]bool{}
	set[1] = true
	set["x"] = true
	fmt.Println(len(set))
	set[map[string]int{}] = true
}
