// fmt uses String() and Error() methods: value vs pointer receivers, nested in containers, %d bypasses String.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) } // pointer receiver

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f C", float64(t)) }

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Both struct{}

func (Both) String() string { return "string method" }
func (Both) Error() string  { return "error method wins" }

type Pair struct {
	C Color
	T Temp
}

func find(name string) error {
	if name == "x" {
		return nil
	}
	return &NotFound{name}
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Blue)
	fmt.Println([]Color{Red, Green}, map[Color]int{Blue: 3, Red: 1}, [2]Color{})
	p := Pt{1, 2}
	fmt.Println(p, &p) // String is on *Pt: only the pointer uses it
	fmt.Printf("%v %v %+v\n", p, &p, &p)
	fmt.Println([]*Pt{{3, 4}}, []Pt{{5, 6}})
	fmt.Println(Temp(21.456), []Temp{1, 2})
	fmt.Println(Pair{Blue, 3}) // fields use their String methods too
	fmt.Printf("%+v\n", Pair{Green, -1})
	err := find("y")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(find("x"))
	fmt.Println(Both{})
	var s fmt.Stringer = Blue
	fmt.Println(s, s.String())
	errs := []error{errors.New("e1"), &NotFound{"f"}, nil}
	fmt.Println(errs)
	fmt.Println(fmt.Sprint(Red) + fmt.Sprint(Green))
	fmt.Printf("%5s|%-7v|\n", Red, Blue)
	type Wrapper struct {
		Err error
		S   fmt.Stringer
	}
	fmt.Printf("%v %+v\n", Wrapper{&NotFound{"w"}, Temp(5)}, Wrapper{})
}
