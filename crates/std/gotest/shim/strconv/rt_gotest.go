// Test shim: runtime.ftoa over the real strconv package.

package strconv

import (
	realstrconv "strconv"
	"unsafe"
)

func ftoa(buf *byte, n int, f float64, fmt byte, prec int) int {
	var s string
	switch fmt {
	case 'e':
		s = realstrconv.FormatFloat(f, 'e', prec, 64)
	case 's':
		s = realstrconv.FormatFloat(f, 'e', -1, 32)
	case 'f':
		s = realstrconv.FormatFloat(f, 'f', prec, 64)
	default:
		panic("ftoa: bad mode")
	}
	// Convert Go's text to "DIGITSeEXP" (0.DIGITS × 10^EXP).
	var digits []byte
	dp := 0
	seenPoint := false
	exp := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if len(digits) == 0 && c == '0' {
				if seenPoint {
					dp--
				}
				continue
			}
			digits = append(digits, c)
			if !seenPoint {
				dp++
			}
		case c == '.':
			seenPoint = true
		case c == 'e':
			e, err := realstrconv.Atoi(s[i+1:])
			if err != nil {
				panic(err)
			}
			exp = e
			i = len(s)
		}
	}
	for len(digits) > 0 && digits[len(digits)-1] == '0' {
		digits = append(digits[:0:0], digits[:len(digits)-1]...)
	}
	out := string(digits) + "e" + realstrconv.Itoa(dp+exp)
	if len(digits) == 0 {
		out = "e0"
	}
	b := unsafe.Slice(buf, n)
	return copy(b, out)
}
