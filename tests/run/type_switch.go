// Type switches: single and multiple types per case, nil case, default, interface cases, bindings.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Pair struct{ A, B int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprint("int slice with ", len(x), " elements")
	case Pair:
		return fmt.Sprint("pair sum ", x.A+x.B)
	case *Pair:
		if x == nil {
			return "nil pair pointer"
		}
		x.A = 0
		return "pair pointer"
	case func() int:
		return fmt.Sprint("func returning ", x())
	case float32, float64:
		return fmt.Sprintf("float %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func kind(v interface{}) int {
	switch v.(type) {
	case int:
		return 1
	case uint8:
		return 2
	}
	return 0
}

func main() {
	p := &Pair{1, 2}
	values := []interface{}{
		nil, 1, int64(2), int32(3), "hello", true, false, Temp(21.5),
		errors.New("boom"), []int{1, 2}, Pair{3, 4}, p, func() int { return 7 },
		1.5, float32(2.5), map[string]int{}, [2]int{}, struct{}{},
	}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	fmt.Println(p.A)
	fmt.Println(kind(1), kind(byte(1)), kind("x"))
	// Type switch on a non-empty interface.
	var s Stringer = Temp(-3)
	switch t := s.(type) {
	case Temp:
		fmt.Println("Temp", float64(t))
	}
	// Case order matters: the first matching case wins.
	var e interface{} = Temp(1)
	switch e.(type) {
	case fmt.Stringer:
		fmt.Println("fmt.Stringer first")
	case Temp:
		fmt.Println("Temp")
	}
	// Switch with init statement.
	switch y := interface{}(len("abc")); z := y.(type) {
	case int:
		fmt.Println("int", z+1)
	}
	// Fallthrough is not allowed in type switches; nil-typed pointer is not nil case.
	var np *Pair
	fmt.Println(describe(np))
	var ne error
	fmt.Println(describe(ne))
}
