// Literal forms and escapes.
package main

import "fmt"

func main() {
	ints := []int64{0, 1, 42, 1_000_000, 0x0, 0XaBcD, 0x_1f, 0o17, 0O7_7, 017, 0_17, 0b1010, 0B1_0, 9223372036854775807}
	floats := []float64{0., 1.5, .5, 1e10, 1E-3, 1.e+2, 0x1p-2, 0X1.8P3, 0x.8p1, 0x_1p0, 1_0.2_5, 00.5, 089.5, 1_2e1_0}
	imags := []complex128{0i, 1i, 1.5i, 1e3i, 0x1p2i, 0o7i, 0b1i, 017i, 089i}
	runes := []rune{'a', 'ä', '本', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '\000', '\x7f', '\u12e4', '\U00101234', '"'}
	strs := []string{"", "abc", "\a\b\f\n\r\t\v\\\"", "\000\377\xff\u00e4\U0001F600", "'", "日本語", `raw \n string`, `multi
line`}
	fmt.Println(ints, floats, imags, runes, strs)
}
