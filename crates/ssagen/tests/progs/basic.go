package main

var g = 3
var h int
var s = "hello"

type T struct{ a, b int }

func (t T) Sum() int   { return t.a + t.b }
func (t *T) Inc()      { t.a++ }
func add(a, b int) int { return a + b }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func shifts(x int32, n uint, m int) (int32, int32, int32) {
	return x << n, x >> m, x << 3
}

func conv(f float64, i int8, u uint64) (int, uint8, float32, float64) {
	return int(f), uint8(i), float32(u), float64(i)
}

func loops(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	j := 0
	for j < 10 {
		j++
	}
	for {
		if sum > 100 {
			break
		}
		sum *= 2
	}
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
		}
	}
	return sum + j
}

func strs(a, b string) (string, bool, bool, int, byte) {
	c := a + b + "!"
	return c, a == b, a < b, len(c), c[1]
}

func slices() []int {
	var xs []int
	for i := 0; i < 10; i++ {
		xs = append(xs, i)
	}
	ys := make([]int, 3, 10)
	copy(ys, xs)
	zs := xs[2:5]
	zs = xs[1:3:4]
	arr := [5]int{1, 2, 3}
	ws := arr[1:]
	_ = ws
	return append(zs, ys...)
}

func sw(x int) string {
	switch x {
	case 1, 2:
		return "small"
	case 3:
		fallthrough
	case 4:
		return "mid"
	default:
		return "big"
	}
}

func ptrs() int {
	p := &T{1, 2}
	p.Inc()
	q := new(int)
	*q = 5
	t := T{3, 4}
	t.Inc()
	return p.Sum() + *q + t.Sum()
}

func main() {
	x := add(g, 4)
	h = x
	q, r := divmod(17, 5)
	println(x, q, r, s, h)
	println(loops(10), sw(3), ptrs())
	a, b, c := shifts(-8, 2, 1)
	println(a, b, c)
	i, u, f32, f64 := conv(3.7, -1, 1<<63)
	println(i, u, f32, f64)
	st, eq, lt, n, by := strs("ab", "cd")
	println(st, eq, lt, n, by)
	println(len(slices()))
	for i, r := range "héllo" {
		println(i, r)
	}
	var arr [3]string
	for i := range arr {
		arr[i] = "x"
	}
	goto end
end:
	println(arr[0] == arr[1], !eq && lt || eq)
}
