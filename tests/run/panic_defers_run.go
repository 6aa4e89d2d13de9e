// Deferred calls of every frame run (innermost first) before the crash report; stdout is kept.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwind", n)
	if n == 0 {
		var m map[int]int
		m[0]++
		return
	}
	level(n - 1)
}

func main() {
	defer fmt.Println("main deferred")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop deferred", i)
	}
	level(3)
}
