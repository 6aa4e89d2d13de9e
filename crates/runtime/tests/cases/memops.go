package main

// copy() is memmove; clearing is memset; comparing is memcmp: every size and
// overlap up to 300 bytes, summarized in checksums.
func main() {
	var buf [1024]byte
	h := uint64(1469598103934665603)
	mix := func() {
		for _, b := range buf {
			h ^= uint64(b)
			h *= 1099511628211
		}
	}
	reset := func() {
		for i := range buf {
			buf[i] = byte(i*7 + i>>8)
		}
	}
	for n := 0; n <= 300; n += 1 {
		for _, d := range []int{-70, -33, -17, -9, -1, 0, 1, 3, 8, 16, 31, 64, 65, 200} {
			reset()
			src := 300
			copy(buf[src+d:src+d+n], buf[src:src+n])
			mix()
		}
	}
	println("copy", h)
	h = 1469598103934665603
	for n := 0; n <= 300; n++ {
		reset()
		for i := 0; i < n; i++ {
			buf[100+i] = byte(n)
		}
		mix()
	}
	println("fill", h)
	lt, eq, gt := 0, 0, 0
	for n := 0; n <= 100; n++ {
		for k := 0; k < n; k++ {
			a := []byte(make([]byte, n))
			b := []byte(make([]byte, n))
			for i := range a {
				a[i] = byte(i)
				b[i] = byte(i)
			}
			b[k] = byte(k + 1)
			switch {
			case string(a) < string(b):
				lt++
			case string(a) == string(b):
				eq++
			default:
				gt++
			}
			b[k] = byte(k - 1)
			if string(a) > string(b) {
				gt++
			}
		}
	}
	println("cmp", lt, eq, gt)
}
