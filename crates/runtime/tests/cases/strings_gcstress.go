package main

var sink [][]byte
var rsink []rune

var bigs = "0123456789012345678901234567890123456789"

var bad = "a\xffb\xe2\x82c\xed\xa0\x80d\xf0\x9f\x98\x80e\xc0\x80"

func main() {
	a, b, c := "hello", ", ", "world"
	println(a + b + c)
	println(a+b, len(a+b+c+"!"))
	println(a < c, c < a, a < a+"x", "" < "a", a == "hel"+"lo")
	for _, v := range []int32{65, 0x4e16, -1, 0x10ffff, 0x110000, 0xd800} {
		s := string(v)
		println(v, s, len(s))
	}
	var x int64 = 1 << 40
	println(string(x) == "\uFFFD")
	bs := []byte(a)
	sink = append(sink, bs)
	println(len(bs), cap(bs), string(bs[1:3]))
	bs2 := []byte("")
	println(len(bs2), cap(bs2))
	rs := []rune(bad)
	rsink = rs
	println(len(rs), cap(rs))
	for i, r := range bad {
		println(i, r)
	}
	println(string(rs))
	println(string([]rune{0x41, -5, 0xd800, 0x1f600}))
	big := []byte(bigs)
	sink = append(sink, big)
	println(len(big), cap(big))
}
