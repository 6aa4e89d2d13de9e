package main

func helper() bool { return recover() != nil }

func f1() {
	defer func() { println("f1 defer 1") }()
	defer func() { println("f1 defer 2") }()
	println("f1 body")
}

func f2() (r int) {
	defer func() {
		println("f2 helper recovers:", helper())
		e := recover()
		println("f2 recovered:", e.(string))
		println("f2 second recover is nil:", recover() == nil)
		r = 7
	}()
	panic("boom")
}

func f3() {
	defer func() { println("f3 recover outside panic is nil:", recover() == nil) }()
}

func f4() (r int) {
	defer func() {
		e := recover()
		println("f4 recovered:", e.(string))
		r = 9
	}()
	defer func() { panic("from defer") }()
	return 1
}

func inner() {
	defer func() { println("inner defer runs") }()
	panic("deep")
}

func f5() {
	defer func() { println("f5 recovered:", recover().(string)) }()
	inner()
	println("not reached")
}

func main() {
	f1()
	println("f2 =", f2())
	f3()
	println("f4 =", f4())
	f5()
	for i := 0; i < 3; i++ {
		println("f2 again =", f2())
	}
	println("done")
}
