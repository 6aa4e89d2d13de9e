package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

type P struct {
	X, Y int
	Name string
}

type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

func main() {
	fmt.Println(1, "a", 2.5, true, nil, 'x')
	fmt.Printf("%d %5d %-5d| %x %X %o %b %c %q %U\n", 42, 42, 42, 255, 255, 8, 5, 'A', 'B', 0x1F600)
	fmt.Printf("%s %q %v %10s|%-10s|\n", "hi", "hi\n", "v", "r", "l")
	p := P{1, 2, "pt"}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Println(&p, []int{1, 2, 3}, [2]string{"a", "b"}, map[string]int{"b": 2, "a": 1})
	fmt.Println(S(5), []S{1, 2}, map[S]bool{3: true})
	fmt.Printf("%f %.2f %e %g %v %v %v\n", math.Pi, math.Pi, 1234.5678, 1e21, 1e6, 1e-7, float32(0.1))
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Inf(1), math.NaN(), math.MaxInt64)
	xs := []int{5, 2, 8, 1, 9}
	sort.Ints(xs)
	fmt.Println(xs, strings.ToUpper("héllo"), strings.Split("a,b,c", ","), strings.Repeat("ab", 3))
	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	e := fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Println(e, errors.Unwrap(e))
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	var np *P
	fmt.Println(np, []byte("hi"))
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Printf("%T %T %T %T\n", p, &p, xs, e)
	fmt.Println(strconv.Quote("a\tb"), strconv.FormatFloat(1.0/3, 'g', -1, 64), strconv.Itoa(-45))
}
