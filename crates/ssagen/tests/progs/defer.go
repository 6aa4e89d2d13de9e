package main

import "errors"

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("recovered")
			q = -1
		}
	}()
	q = a / b
	return
}

type Res struct{ name string }

func (r *Res) Close() { println("close", r.name) }

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	r := &Res{"a"}
	defer r.Close()
	var i interface{ Close() } = &Res{"b"}
	defer i.Close()
	m := map[string]int{"a": 1}
	defer delete(m, "a")
}

func rethrow() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("first")
}

func main() {
	println(double())
	q, err := safeDiv(1, 0)
	println(q, err != nil)
	loopDefers()
	defer func() {
		println(recover() != nil)
	}()
	rethrow()
}
