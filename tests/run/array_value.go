// Arrays are values: assignment and passing copy; nested arrays; arrays of structs.
package main

import "fmt"

type Point struct{ X, Y int }

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) {
	a[1] = 200
}

func sum(a [4]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[2] = 30
	c := modify(a)
	fmt.Println(a, b, c)
	modifyPtr(&a)
	fmt.Println(a, sum(a), len(a), cap(a))

	// Range over an array copies it first.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)
	// Range over a pointer to array does not copy.
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 10
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	// Nested arrays.
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	row := grid[1]
	row[0] = -1
	fmt.Println(grid, row)
	g2 := grid
	g2[2][3] = 99
	fmt.Println(grid[2], g2[2])

	// Arrays of structs and structs containing arrays.
	pts := [3]Point{{1, 2}, {3, 4}, {5, 6}}
	q := pts
	q[0].X = 50
	pts[1].Y *= 10
	fmt.Println(pts, q)
	type Poly struct {
		Name string
		V    [3]Point
	}
	p1 := Poly{"tri", pts}
	p2 := p1
	p2.V[2] = Point{7, 7}
	fmt.Println(p1, p2)

	// Array literals with indices and inferred length.
	d := [...]string{2: "two", 0: "zero", 5: "five"}
	fmt.Println(len(d), d)
	e := [5]int{1, 2}
	fmt.Println(e, e == [5]int{1, 2, 0, 0, 0}, e != [5]int{})
	// Arrays as slices.
	s := a[1:3]
	s[0] = -5
	fmt.Println(a, s, len(s), cap(s))
	// Byte arrays.
	var buf [8]byte
	copy(buf[:], "abcdefghij")
	fmt.Println(buf, string(buf[:]), string(buf[2:5]))
	// Array of arrays passed by value.
	m := [2][2]float64{{1, 2}, {3, 4}}
	fmt.Println(det(m), m)
}

func det(m [2][2]float64) float64 {
	m[0][0] *= 1
	return m[0][0]*m[1][1] - m[0][1]*m[1][0]
}
