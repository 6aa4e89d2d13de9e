package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Derived struct {
	Base
	*Logger
	Name string
}

type Counter int

func (c *Counter) Inc()      { *c++ }
func (c Counter) Get() int   { return int(c) }

type List []int

func (l List) Len() int { return len(l) }

func main() {
	d := Derived{Base{1}, &Logger{"> "}, "d"}
	d.SetID(5)
	fmt.Println(d.Describe(), d.ID, d.Base.ID)
	d.Log("hello")
	pd := &d
	pd.SetID(6)
	fmt.Println(pd.Describe(), pd.Name)
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	inc := c.Inc
	inc()
	get := Counter.Get
	set := (*Base).SetID
	set(&d.Base, 9)
	desc := Base.Describe
	fmt.Println(get(c), desc(d.Base))
	f := d.Describe
	fmt.Println(f())
	l := List{1, 2, 3}
	fmt.Println(l.Len(), List.Len(l))
	arr := []Base{{1}, {2}}
	arr[0].SetID(10)
	m := map[string]*Base{"a": {3}}
	m["a"].SetID(4)
	fmt.Println(arr[0].ID, m["a"].ID)
}
