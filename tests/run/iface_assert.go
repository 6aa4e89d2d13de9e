// Type assertions: to concrete types and to interfaces, comma-ok forms, on empty and non-empty interfaces.
package main

import "fmt"

type Speaker interface{ Speak() string }
type Walker interface{ Walk() string }

type Dog struct{ Name string }

func (d Dog) Speak() string { return d.Name + " says woof" }
func (d Dog) Walk() string  { return d.Name + " walks" }

type Fish struct{}

func (*Fish) Speak() string { return "blub" }

type MyInt int

func main() {
	var x interface{} = 42
	i, ok := x.(int)
	fmt.Println(i, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	m, ok := x.(MyInt)
	fmt.Println(m, ok)
	fmt.Println(x.(int) + 1)

	x = MyInt(7)
	m, ok = x.(MyInt)
	fmt.Println(m, ok)
	_, ok = x.(int)
	fmt.Println(ok)

	var sp Speaker = Dog{"rex"}
	d, ok := sp.(Dog)
	fmt.Println(d.Name, ok)
	w, ok := sp.(Walker)
	fmt.Println(w.Walk(), ok)
	_, ok = sp.(*Fish)
	fmt.Println(ok)

	sp = &Fish{}
	_, ok = sp.(Walker)
	fmt.Println(ok, sp.Speak())
	fp, ok := sp.(*Fish)
	fmt.Println(fp != nil, ok)

	// Assertion on a nil interface fails gracefully with comma-ok.
	var none interface{}
	_, ok = none.(int)
	fmt.Println(ok)
	var nsp Speaker
	_, ok = nsp.(Dog)
	_, ok2 := nsp.(Walker)
	fmt.Println(ok, ok2)

	// From empty interface to a non-empty one.
	var anyv interface{} = Dog{"fido"}
	if sp2, ok := anyv.(Speaker); ok {
		fmt.Println(sp2.Speak())
	}
	anyv = "just a string"
	if _, ok := anyv.(Speaker); !ok {
		fmt.Println("string is not a Speaker")
	}
	// Assertions of composite types.
	anyv = []int{1, 2, 3}
	if sl, ok := anyv.([]int); ok {
		sl[0] = 100
		fmt.Println(sl, anyv)
	}
	anyv = map[string]int{"a": 1}
	mm := anyv.(map[string]int)
	mm["b"] = 2
	fmt.Println(anyv)
	anyv = [2]string{"p", "q"}
	arr := anyv.([2]string)
	arr[0] = "changed"
	fmt.Println(arr, anyv)
	anyv = func(n int) int { return n * 3 }
	fmt.Println(anyv.(func(int) int)(5))
	anyv = &Dog{"ptr"}
	dp := anyv.(*Dog)
	dp.Name = "changed"
	fmt.Println(anyv.(*Dog).Name)
}
