// Bonus features newer than Go 1.19 (SPEC section 1): min, max, clear and range over an
// integer. The golden output comes from Go 1.19 running this program with the
// `//go119:` lines uncommented and the lines marked `// go122` removed (equivalent
// helper code); see tests/lang/regen.sh.
package main

import "fmt"

//go119: func min2(a, b int) int { if a < b { return a }; return b }
//go119: func max3(a, b, c float64) float64 { m := a; if b > m { m = b }; if c > m { m = c }; return m }
//go119: func minS(a, b string) string { if a < b { return a }; return b }

func main() {
	a, b := 7, -3
	fmt.Println(min(a, b), min(a, 100)) // go122
	//go119: fmt.Println(min2(a, b), min2(a, 100))
	fmt.Println(max(1.5, 2.25, -9.0)) // go122
	//go119: fmt.Println(max3(1.5, 2.25, -9.0))
	fmt.Println(min("pear", "apple")) // go122
	//go119: fmt.Println(minS("pear", "apple"))

	m := map[string]int{"a": 1, "b": 2}
	clear(m) // go122
	//go119: for k := range m { delete(m, k) }
	m["c"] = 3
	fmt.Println(len(m), m)

	s := []int{1, 2, 3, 4}
	clear(s[1:3]) // go122
	//go119: for i := range s[1:3] { s[1+i] = 0 }
	fmt.Println(s, len(s))

	total := 0
	for i := range 5 { // go122
		//go119: for i := 0; i < 5; i++ {
		total += i * i
	}
	n := 3
	var fs []func() int
	for i := range n { // go122
		//go119: for i := 0; i < n; i++ {
		//go119: i := i
		fs = append(fs, func() int { return i })
	}
	for range 2 { // go122
		//go119: for k := 0; k < 2; k++ {
		total++
	}
	fmt.Println(total, fs[0](), fs[1](), fs[2]())
}
