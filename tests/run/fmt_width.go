// fmt widths, precisions and flags - 0 + on numbers, strings and floats.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [%+5d] [%-+5d] [%+05d]\n", 42, 42, 42, 42, 42, 42, 42)
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [%+5d]\n", -42, -42, -42, -42, -42)
	fmt.Printf("[%3d] [%1d] [%03d]\n", 12345, 7, 1234)
	fmt.Printf("[%8x] [%-8X] [%08x]\n", 0xbeef, 0xbeef, 0xbeef)
	fmt.Printf("[%10s] [%-10s] [%3s] [%010s]\n", "go", "go", "golang", "zero")
	fmt.Printf("[%6v] [%-6v] [%6v]\n", true, false, 3.5)
	fmt.Printf("[%8.3f] [%-8.2f] [%08.3f] [%+.2f] [%+8.1f] [%.0f] [%5.0f]\n", 3.14159, 3.14159, -3.14159, 2.5, -2.5, 2.5, 3.5)
	fmt.Printf("[%10.4e] [%-12e] [%+e] [%.2e]\n", 123456.789, 0.000123, 1.0, 9.999)
	fmt.Printf("[%8g] [%-8g] [%+g] [%08g]\n", 1.5, 1e-7, 100.0, -2.25)
	fmt.Printf("[%6q] [%-8q]\n", "a", "b")
	fmt.Printf("[%4c] [%-4c]\n", 'x', 'y')
	fmt.Printf("[%5t] [%-6t]\n", true, false)
	fmt.Printf("[%10v] [%-10v]\n", []int{1, 2}, []int{3})
	fmt.Printf("[%6d] [%-4d]\n", []int{1, 22, 333}, []int{4, 5})
	fmt.Printf("[%5s]\n", []string{"ab", "c"})
	type P struct{ X, Y int }
	fmt.Printf("[%3v] [%-3v] [%+v] [%4d]\n", P{1, 2}, P{3, 4}, P{5, 6}, P{7, 8})
	fmt.Printf("[%x] [%5x] [%-6X]\n", "abc", "abc", "xyz")
	fmt.Printf("[%.3s] [%.10s] [%8.2s]\n", "abcdef", "abc", "abcdef")
	fmt.Printf("[%.2f] [%.3f] [%.1f] [%.1f] [%.1f]\n", 2.675, 1.0005, 0.05, 0.15, 0.25)
	fmt.Printf("[%.4f] [%.10f] [%.15f]\n", 1.0/3, 2.0/3, 0.1)
	fmt.Printf("[%05.1f] [%-07.2f|] [%+07.2f]\n", 9.87, 1.5, 1.5)
	for _, w := range []int{1, 2, 3, 4} {
		fmt.Printf("[%*d]", w, 7)
	}
	fmt.Println()
	fmt.Printf("[%-*s|]\n", 6, "ab")
	fmt.Printf("[%d] [%5d] [%-5d]\n", uint8(7), int64(-9), uint32(3))
	fmt.Printf("[%+d] [%+d]\n", 0, uint(5))
	fmt.Printf("[%05s] [%-05d]\n", "ab", 12)
}
