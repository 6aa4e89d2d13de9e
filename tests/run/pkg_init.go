// Package-level variables initialized in dependency order; several init functions.
package main

import "fmt"

var (
	a = c + b // depends on b and c
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(table)

var table = makeTable(4)

var greeting string

var order []string

func f(name string, v int) int {
	order = append(order, name)
	return v * 10
}

func sum(xs []int) int {
	order = append(order, "sum")
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func makeTable(n int) []int {
	order = append(order, "table")
	t := make([]int, n)
	for i := range t {
		t[i] = i * d
	}
	return t
}

var x, y = pair()

func pair() (int, string) {
	order = append(order, "pair")
	return 7, "seven"
}

var counter int

func init() {
	counter++
	greeting = "hello"
	order = append(order, "init1")
}

func init() {
	counter += 10
	greeting += ", world"
	order = append(order, "init2")
}

var late = initLate()

func initLate() string {
	order = append(order, "late")
	return fmt.Sprint("late:", a)
}

func init() {
	order = append(order, "init3")
}

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(total, table)
	fmt.Println(x, y, late)
	fmt.Println(greeting, counter)
	fmt.Println(order)
}
