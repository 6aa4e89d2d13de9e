// Assigning to an entry of a nil map: `assignment to entry in nil map` (no "runtime error:" prefix).
package main

import "fmt"

type Registry struct {
	items map[string]int
}

func main() {
	var r Registry
	fmt.Println(len(r.items), r.items["x"]) // reading is fine
	r.items["x"] = 1
	fmt.Println("unreachable")
}
