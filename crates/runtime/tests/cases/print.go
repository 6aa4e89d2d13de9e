package main

var floats = []float64{0, 1, -1, 0.1, 1.5, 1e-310, 1e308, 123456789, 9.9999999e9, 3.14159265358979,
	2.5e-5, 1.7976931348623157e308, 5e-324, 100, 0.000123456789, 99999995, 1e23}

func main() {
	println(-42, uint64(18446744073709551615), 1.5, true, false, "hi")
	for _, f := range floats {
		println(f, -f)
	}
	z := 0.0
	nz := -z
	inf := 1 / z
	println(z, nz, inf, -inf, inf-inf)
	var p *int
	println(p)
	var s []int
	println(s)
	var e interface{}
	println(e)
	println(complex(1.5, -2))
	println(int64(-9223372036854775808), int8(-128), uint8(255))
	print("no newline", 7, "\n")
}
