// strings.IndexByte / strings.Index / bytes.IndexByte / strings.Contains over
// every length 0..80 and every position of the byte sought, including bytes
// that occur only past a 16-byte boundary and only in the tail (the runtime
// scans 16 bytes at a time with SSE2, internal/bytealg).
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	sum := 0
	for n := 0; n <= 80; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = 'a' + byte(i%7)
		}
		for pos := -1; pos < n; pos++ {
			c := make([]byte, n)
			copy(c, b)
			if pos >= 0 {
				c[pos] = 'z'
				if pos+1 < n {
					c[pos+1] = 'y'
				}
			}
			s := string(c)
			i1 := strings.IndexByte(s, 'z')
			i2 := bytes.IndexByte(c, 'z')
			i3 := strings.Index(s, "zy")
			i4 := strings.Index(s, "cdef")
			i5 := strings.LastIndex(s, "ab")
			if i1 != pos || i2 != pos {
				fmt.Println("mismatch", n, pos, i1, i2)
			}
			sum += i1*3 + i2*5 + i3*7 + i4*11 + i5*13
			if strings.Contains(s, "gaz") {
				sum++
			}
		}
	}
	fmt.Println(sum)
	fmt.Println(strings.Index("héllo wörld, héllo", "wö"), strings.IndexByte("\x00\xff\x80", 0x80))
	fmt.Println(strings.Fields("  a b\tc\n d  "), strings.Split("a,b,,c", ","))
}
