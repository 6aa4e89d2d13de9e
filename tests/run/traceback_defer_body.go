package main

import "fmt"

type account struct {
	name    string
	balance int
}

func (a *account) share(parts []int) (total int) {
	defer fmt.Println("shared", a.name)
	for _, p := range parts {
		total += a.balance / p
	}
	return total
}

func main() {
	a := &account{name: "x", balance: 100}
	fmt.Println(a.share([]int{1, 2}))
	fmt.Println(a.share([]int{4, 0, 5}))
}
