// strconv: Itoa Atoi FormatInt ParseInt AppendInt Quote, including error values.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{0, 7, -7, 1234567890, -9223372036854775808, 9223372036854775807} {
		fmt.Print(strconv.Itoa(n), " ")
	}
	fmt.Println()
	for _, s := range []string{"0", "42", "-42", "+17", "007", "", "abc", "12a", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(base, strconv.FormatInt(255, base), strconv.FormatInt(-255, base), strconv.FormatInt(0, base), strconv.FormatInt(-9223372036854775808, base))
	}
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"zz", 36, 64}, {"128", 10, 8}, {"-129", 10, 8},
		{"0x1f", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"12", 2, 64},
		{"", 10, 64}, {"-", 10, 64}, {"99999999999999999999", 10, 64}, {"2147483648", 10, 32}, {"-2147483648", 10, 32},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendInt(buf, 255, 16)
	fmt.Println(string(buf), len(buf))
	for _, s := range []string{"hello", "tab\tnewline\n", `quote " backslash \`, "é日本", "\x00\x7f\xff", "😀", "\u2028", ""} {
		fmt.Println(strconv.Quote(s))
	}
	// Round trips.
	ok := true
	for i := -1000; i <= 1000; i += 7 {
		v, err := strconv.Atoi(strconv.Itoa(i))
		if err != nil || v != i {
			ok = false
		}
		p, err := strconv.ParseInt(strconv.FormatInt(int64(i), 36), 36, 64)
		if err != nil || p != int64(i) {
			ok = false
		}
	}
	fmt.Println("round trips ok:", ok)
	_, err := strconv.Atoi("x")
	fmt.Println(err == nil, err.Error())
}
