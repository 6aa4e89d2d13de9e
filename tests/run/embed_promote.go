// Embedded structs: promotion of fields and methods, shadowing, embedded pointers, interface satisfaction.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s with %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" } // shadows Animal.Sound

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	Dog
	Name string // shadows Dog.Animal.Name at depth 0
}

type Sounder interface{ Sound() string }
type Describer interface{ Describe() string }

type Base struct{ ID int }

func (b Base) Ident() string { return fmt.Sprint("base#", b.ID) }

type Mid struct{ Base }
type Top struct {
	Mid
	Extra int
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe(), d.Sound(), d.Animal.Sound())
	d.Rename("max") // (&d.Animal).Rename
	fmt.Println(d.Name)
	d.Legs = 3
	fmt.Println(d.Describe())

	var s Sounder = d
	var ds Describer = d
	fmt.Println(s.Sound(), ds.Describe())
	var sp Sounder = &d
	fmt.Println(sp.Sound())

	svc := Service{Logger: &Logger{}, Dog: d, Name: "svc"}
	svc.Log("start")
	svc.Log("run")
	fmt.Println(svc.Name, svc.Dog.Name, svc.Animal.Name, svc.Legs, svc.lines)
	svc.Rename("buddy")
	fmt.Println(svc.Dog.Name, d.Name, svc.Describe())
	// The embedded pointer is shared between copies.
	svc2 := svc
	svc2.Log("copy")
	svc2.Legs = 10
	fmt.Println(len(svc.lines), svc.Legs, svc2.Legs)

	t := Top{Mid{Base{7}}, 1}
	fmt.Println(t.ID, t.Ident(), t.Mid.Ident(), t.Base.ID)
	t.ID = 8
	fmt.Println(t.Mid.Base.ID)
	type Identer interface{ Ident() string }
	var id Identer = t
	fmt.Println(id.Ident())
	// Composite literal with embedded field names.
	t2 := Top{Mid: Mid{Base: Base{ID: 99}}, Extra: 2}
	fmt.Printf("%v %+v\n", t2, t2)
	fmt.Printf("%+v\n", d)
}
