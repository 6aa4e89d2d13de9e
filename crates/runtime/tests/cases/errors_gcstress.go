package main

type I interface{ M() }
type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		println(name, r.(error).Error())
	}()
	f()
}

var zero = 0
var neg = -1

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	i, i2, one := 5, 2, 1
	try("index", func() { _ = s[i] })
	try("index-neg", func() { _ = s[neg] })
	try("index-u", func() { _ = s[uint64(1<<63)+uint64(zero)] })
	try("slice-alen", func() { _ = str[:i] })
	try("slice-acap", func() { _ = s[:i] })
	try("slice-acap-neg", func() { _ = s[:neg] })
	try("slice-b", func() { _ = s[i2:one] })
	try("slice-b-neg", func() { _ = s[neg:] })
	try("slice3-acap", func() { _ = s[1:2:i] })
	try("slice3-b", func() { _ = s[:i2+1:i2] })
	try("slice3-c", func() { _ = s[i2:one:3] })
	try("convert", func() { _ = (*[4]int)(s) })
	try("divide", func() { _ = 1 / zero })
	try("shift", func() { _ = 1 << neg })
	try("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("nilptr", func() {
		var p *int
		_ = *p
	})
	for k := 0; k < 8; k++ {
		try("nilptr-loop", func() {
			var p *int
			_ = *p
		})
	}
	try("nilptr8", func() {
		var p *T
		println(p.x)
	})
	try("makeslice-len", func() { _ = make([]int, neg) })
	try("makeslice-cap", func() { _ = make([]int, i2, one) })
	try("dottype", func() {
		var e interface{} = "x"
		_ = e.(int)
	})
	try("missing", func() {
		var e interface{} = T{}
		_ = e.(I)
	})
	try("nil-iface", func() {
		var e interface{}
		_ = e.(I)
	})
	try("uncomparable", func() {
		var a, b interface{} = []int{}, []int{}
		_ = a == b
	})
	try("unhashable", func() {
		m := map[interface{}]int{}
		m[[]int{}] = 1
	})
}
