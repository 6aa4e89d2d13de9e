// Strings: building with strings.Builder and concatenation, scanning bytes,
// strings.Fields/Split/Contains, strconv conversions. A benchmark (benches/,
// docs/performance.md).
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func vowels(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	return n
}

func main() {
	total := 0
	for r := 0; r < 200; r++ {
		var b strings.Builder
		for i := 0; i < 20000; i++ {
			b.WriteString("item")
			b.WriteString(strconv.Itoa(i))
			b.WriteByte(' ')
		}
		s := b.String()
		fields := strings.Fields(s)
		total += len(fields) + vowels(s)
		for _, f := range fields[:1000] {
			n, err := strconv.Atoi(strings.TrimPrefix(f, "item"))
			if err == nil {
				total += n
			}
		}
		if strings.Contains(s, "item19999 ") {
			total++
		}
		t := ""
		for i := 0; i < 200; i++ {
			t += strconv.Itoa(i)
		}
		total += len(strings.Split(t, "1"))
	}
	fmt.Println(total)
}
