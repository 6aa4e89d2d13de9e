// fmt.Println / Printf with %d %s %v over the core types.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	Name string
	A, B Point
	Tags []string
}

func main() {
	fmt.Println("ints:", 1, -2, int8(-128), uint8(255), int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Println("bool:", true, false, "float:", 1.5, -0.0, 1e21, 3.0)
	fmt.Println("strings:", "a", "", "b c")
	fmt.Println()
	fmt.Println("slices:", []int{1, 2, 3}, []string{"a", "b"}, []bool{true}, []int{}, []float64{1.5, 2})
	fmt.Println("arrays:", [3]int{1, 2, 3}, [2][2]int{{1, 2}, {3, 4}}, [0]int{})
	fmt.Println("bytes:", []byte("hi"), [3]byte{1, 2, 3})
	p := Point{1, 2}
	l := Line{"l", Point{0, 0}, Point{3, 4}, []string{"x", "y"}}
	fmt.Println("structs:", p, l)
	fmt.Println("pointer to struct:", &p, &l)
	fmt.Printf("%d %d %d\n", 42, -42, uint16(65535))
	fmt.Printf("%s|%s|%s\n", "plain", "with space", "")
	fmt.Printf("%v %v %v %v\n", 1, "s", 2.5, true)
	fmt.Printf("%v %v\n", p, l)
	fmt.Printf("%+v %+v\n", p, l)
	fmt.Printf("%d\n", []int{1, 2, 3})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%v|%d|%s\n", []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("100%%\n")
	fmt.Printf("no newline")
	fmt.Printf("\n")
	fmt.Printf("%d items cost %v total %s\n", 3, 4.5, "USD")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Println(fmt.Sprintf("%d-%s", 7, "x"), fmt.Sprint("a", 1, 2, "b", "c", 3.5, true))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
	fmt.Print("print", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
	var ip *int
	var sl []int
	fmt.Println(ip, sl, sl == nil)
	fmt.Printf("%v %d\n", sl, sl)
	type Celsius float64
	type Name string
	fmt.Println(Celsius(21.5), Name("n"))
	fmt.Printf("%v %s %d\n", Celsius(-3), Name("m"), rune('A'))
}
