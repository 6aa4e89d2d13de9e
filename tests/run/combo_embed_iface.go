// Combination: interfaces in slices holding values and pointers, embedded structs
// (by value and by pointer) promoting fields and methods, embedded interfaces, type
// switches with multi-type and nil cases, method values bound at evaluation time,
// method expressions, interface comparison and interfaces as map keys.
package main

import (
	"fmt"
	"sort"
)

type Describer interface{ Describe() string }

type Named interface {
	Describer
	Name() string
}

type Base struct {
	ID   int
	name string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.name) }
func (b Base) Name() string     { return b.name }
func (b *Base) Rename(n string) { b.name = n }

type User struct {
	Base
	Email string
}

type Admin struct {
	*User
	Level int
}

func (a Admin) Describe() string { return "admin(" + a.User.Describe() + ")" }

type Tag string

func (t Tag) Describe() string { return "tag:" + string(t) }

func kind(d Describer) string {
	switch v := d.(type) {
	case nil:
		return "nil"
	case User, *User:
		return fmt.Sprintf("user %T", v)
	case Admin:
		return fmt.Sprintf("admin level %d", v.Level)
	case Named:
		return "named " + v.Name()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	u := User{Base{1, "ann"}, "ann@x"}
	pu := &User{Base{2, "bob"}, "bob@x"}
	a := Admin{&User{Base{3, "cat"}, "cat@x"}, 7}
	items := []Describer{u, pu, a, Tag("go"), Base{4, "dan"}, nil}
	for i, d := range items {
		if d == nil {
			fmt.Println(i, kind(d))
			continue
		}
		fmt.Println(i, d.Describe(), "|", kind(d))
	}

	// promoted fields and methods, through a pointer embedding too
	fmt.Println(u.ID, u.name, u.Base.ID, a.ID, a.Email, a.Name())
	a.Rename("cathy") // (*Base).Rename through *User
	fmt.Println(a.Describe(), a.User.Base.name)
	u.Rename("anna") // addressable: &u.Base
	fmt.Println(u.Describe())

	// method values bind the receiver when evaluated
	f := u.Describe
	g := pu.Describe
	u.name, pu.name = "changed", "changed"
	fmt.Println(f(), g(), u.Describe())

	// method expressions
	desc := Base.Describe
	ren := (*Base).Rename
	b := Base{5, "eve"}
	ren(&b, "eva")
	fmt.Println(desc(b), User.Describe(u), (*User).Name(pu))

	// named interface values in a slice, sorted by a method
	ns := []Named{u, pu, Base{9, "aaa"}, a}
	sort.Slice(ns, func(i, j int) bool { return ns[i].Name() < ns[j].Name() })
	for _, n := range ns {
		fmt.Print(n.Name(), " ")
	}
	fmt.Println()

	// interface comparison and interface keys
	var x, y Describer = Tag("a"), Tag("a")
	var z Describer = Base{1, "a"}
	fmt.Println(x == y, x == z, z == Base{1, "a"}, x != nil)
	counts := map[Describer]int{}
	for _, d := range []Describer{Tag("a"), Base{1, "a"}, Tag("a"), Tag("b"), Base{1, "a"}, pu, pu} {
		counts[d]++
	}
	fmt.Println(counts[Tag("a")], counts[Base{1, "a"}], counts[Tag("b")], counts[pu], len(counts))

	// comma-ok assertions to interfaces and concrete types
	for _, d := range items[:5] {
		n, ok := d.(Named)
		_, isPtr := d.(*User)
		name := ""
		if ok {
			name = n.Name()
		}
		fmt.Println(ok, isPtr, name)
	}
}
