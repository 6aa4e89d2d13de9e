// Deferred closures reading and modifying named results, including after recover.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1 // n = 6, then doubled
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func withCleanup() (result string, err error) {
	defer func() {
		if err != nil {
			result = "cleanup after: " + err.Error()
		}
	}()
	return "partial", errors.New("disk full")
}

func multiDefer() (x int) {
	defer func() { x += 1 }()
	defer func() { x *= 10 }()
	return 2 // (2*10)+1
}

func shadow() (x int) {
	defer func() { x = 7 }()
	x = 3
	{
		x := 100 // shadows, does not affect result
		_ = x
	}
	return
}

func loopDefers() (total int) {
	for i := 1; i <= 3; i++ {
		k := i
		defer func() { total += k }()
	}
	return 100
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }() // cannot change an unnamed result
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(withCleanup())
	fmt.Println(multiDefer())
	fmt.Println(shadow())
	fmt.Println(loopDefers())
	fmt.Println(unnamed())
}
