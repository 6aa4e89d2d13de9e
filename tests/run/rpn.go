// An RPN calculator: a stack of float64 in a slice, a map of operator closures, errors for bad input.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }
func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

var binary = map[string]func(a, b float64) float64{
	"+":   func(a, b float64) float64 { return a + b },
	"-":   func(a, b float64) float64 { return a - b },
	"*":   func(a, b float64) float64 { return a * b },
	"/":   func(a, b float64) float64 { return a / b },
	"max": math.Max,
	"min": math.Min,
}

var unary = map[string]func(float64) float64{
	"sqrt":  math.Sqrt,
	"abs":   math.Abs,
	"neg":   func(a float64) float64 { return -a },
	"floor": math.Floor,
}

func eval(expr string) (float64, error) {
	var st Stack
	for _, tok := range strings.Fields(expr) {
		if f, ok := binary[tok]; ok {
			b, err := st.Pop()
			if err != nil {
				return 0, err
			}
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(f(a, b))
		} else if f, ok := unary[tok]; ok {
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(f(a))
		} else {
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st.Push(float64(n))
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left on the stack", len(st))
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{
		"3 4 +", "5 1 2 + 4 * + 3 -", "2 sqrt", "1 0 /", "-1 0 /", "0 0 /", "9 neg abs sqrt",
		"1 2 3 max min", "7 2 / floor", "1 +", "1 2", "2 x *", "",
	} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-20q error: %v\n", e, err)
		} else {
			fmt.Printf("%-20q = %v\n", e, v)
		}
	}
}
