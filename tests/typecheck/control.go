package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func loop() (count int) {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 4 {
				break outer
			}
			count++
		}
	}
	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	count += i
	return
}

func sw(x int) (r int) {
	switch y := x * 2; y {
	case 2, 4:
		r = 1
		fallthrough
	case 6:
		r += 10
	case 8:
		break
	default:
		r = -1
	}
	return
}

func infinite() int {
	for {
		return 1
	}
}

func panics() int {
	panic("x")
}

func ifelse(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	} else {
		return 0
	}
}

func main() {
	fmt.Println(classify(-1), classify(5), loop(), sw(1), sw(3), sw(4), infinite(), ifelse(3))
	for range []int{1, 2} {
	}
	var k, v int
	for k, v = range []int{4, 5} {
	}
	m := map[string]int{"a": 1}
	for key := range m {
		_ = key
	}
	for key, val := range m {
		_, _ = key, val
	}
	s := "héllo"
	for i, r := range s {
		_, _ = i, r
	}
	arr := [3]int{1, 2, 3}
	for i, x := range &arr {
		_, _ = i, x
	}
	x := 0
	for x < 3 {
		x++
	}
	fmt.Println(k, v, x)
	defer fmt.Println("done")
	{
		x := "shadow"
		_ = x
	}
	if n := len(s); n > 3 {
		fmt.Println(n)
	}
}
