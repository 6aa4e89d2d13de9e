// fmt prints maps with sorted keys: ints, strings, floats, bools, structs, nested maps, nil maps.
package main

import (
	"fmt"
	"math"
)

type Key struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -5: "neg", 100: "h"})
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "cherry": 3, "": 0, "Apple": 9})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3, math.Inf(1): 4, math.Inf(-1): 5})
	fmt.Println(map[bool]string{true: "yes", false: "no"})
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[string][]int{"x": {1, 2}, "a": nil, "m": {}})
	fmt.Println(map[string]map[string]int{"outer2": {"b": 2, "a": 1}, "outer1": {"z": 26}})
	fmt.Println(map[uint8]bool{200: true, 3: false, 100: true})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3, -1: 4})
	fmt.Println(map[rune]string{'b': "B", 'a': "A"})
	fmt.Printf("%v\n%+v\n", map[string]Key{"k": {1, "x"}}, map[string]Key{"k": {1, "x"}})
	fmt.Printf("%d %x\n", map[string]int{"b": 11, "a": 10}, map[string]int{"b": 11, "a": 10})
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap), map[string]int{})
	fmt.Printf("%v %d\n", nilMap, map[int]int{})
	m := map[string]*Key{"p": nil}
	fmt.Println(m)
	im := map[interface{}]int{2: 1, 1: 2, "b": 3, "a": 4}
	fmt.Println(len(im), im[1], im["a"])
	fmt.Println(map[interface{}]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[interface{}]string{"b": "x", "a": "y"})
	big := map[int]int{}
	for i := 30; i > 0; i-- {
		big[i*i%37] = i
	}
	fmt.Println(big)
	fmt.Println(fmt.Sprint(map[string]int{"z": 1, "y": 2}) == "map[y:2 z:1]")
}
