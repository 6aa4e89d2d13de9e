// String processing by hand: caesar cipher, palindromes, splitting on spaces, itoa.
package main

import "fmt"

func caesar(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + byte((int(c-'a')+k+26)%26)
		case c >= 'A' && c <= 'Z':
			c = 'A' + byte((int(c-'A')+k+26)%26)
		}
		out[i] = c
	}
	return string(out)
}

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	msg := "Hello, World! xyz"
	enc := caesar(msg, 3)
	fmt.Println(enc, caesar(enc, -3), caesar(msg, 26) == msg)
	for _, w := range []string{"racecar", "abba", "abc", "", "a", "ab"} {
		fmt.Println(w, isPalindrome(w))
	}
	ws := words("  the quick  brown fox   jumps ")
	fmt.Println(len(ws), ws)
	joined := ""
	for i, w := range ws {
		if i > 0 {
			joined += "-"
		}
		joined += w
	}
	fmt.Println(joined)
	for _, n := range []int{0, 7, -7, 1234567890, -9223372036854775808, 9223372036854775807} {
		fmt.Println(itoa(n), itoa(n) == fmt.Sprint(n))
	}
	// Building a long string incrementally.
	s := ""
	for i := 0; i < 1000; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(len(s), s[:30], s[970:])
	// Byte slice to string and back is a copy.
	b := []byte(s[:5])
	b[0] = 'Z'
	fmt.Println(string(b), s[:5])
}
