package main

type I interface{ M() }

type TM struct{ x int }

func (t TM) M() { println("M called", t.x) }

type T struct{ x int }

func main() {
	var a I = TM{1}
	var e interface{} = TM{1}
	b := e.(I)
	println(a == b)
	b.M()
	var e2 interface{} = TM{2}
	c := e2.(I)
	println(a == c)
	var e3 interface{} = T{1}
	_, ok := e3.(I)
	println(ok)
}
