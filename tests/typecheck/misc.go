package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)



func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func prefix(p string, items ...string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = p + it
	}
	return out
}

type Matrix [2][2]float64

func main() {
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(prefix("x", "a", "b"))
	var sb strings.Builder
	sb.WriteString("abc")
	sb.WriteByte('d')
	fmt.Println(sb.String(), sb.Len(), strings.HasPrefix("abc", "ab"))
	n, err := strconv.Atoi("12")
	if err != nil {
		os.Exit(1)
	}
	fmt.Println(n, strconv.Itoa(n))
	type local struct{ a, b int }
	l := local{1, 2}
	l2 := l
	fmt.Println(l == l2, l.a)
	var m Matrix
	m[0][1] = 2
	bs := []byte("hi")
	rs := []rune("héllo")
	bs = append(bs, " there"...)
	copy(bs, "HI")
	fmt.Println(string(bs), string(rs), len(rs), m)
	s3 := make([]int, 3, 10)
	s4 := s3[1:2:5]
	fmt.Println(len(s4), cap(s4))
	p := new(int)
	*p = 3
	pp := &p
	**pp = 4
	fmt.Println(*p)
	var iface interface{} = p
	if ip, ok := iface.(*int); ok {
		fmt.Println(*ip)
	}
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	var arr [4]int
	sl := arr[:]
	sl[0] = 1
	ptr := &arr
	ptr[1] = 2
	fmt.Println(arr, len(ptr))
	ch := 'a'
	ch += 2
	fmt.Println(ch, string(ch))
	_ = os.Args
}
