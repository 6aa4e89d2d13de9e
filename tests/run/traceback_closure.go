package main

import "fmt"

type matrix [][]float64

//go:noinline
func (m matrix) at(i, j int) float64 {
	return m[i][j]
}

//go:noinline
func apply(f func(int) float64, n int) float64 {
	s := 0.0
	for i := 0; i < n; i++ {
		s += f(i)
	}
	return s
}

func main() {
	m := matrix{{1, 2}, {3, 4}}
	fmt.Println(apply(func(i int) float64 { return m.at(i, i) }, 2))
	fmt.Println(apply(func(i int) float64 {
		return m.at(i, 1)
	}, 3))
}
