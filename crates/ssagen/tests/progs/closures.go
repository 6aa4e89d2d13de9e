package main

type T struct{ n int }

func (t T) Get() int      { return t.n }
func (t *T) Add(d int)    { t.n += d }
func apply(f func(int) int, x int) int { return f(x) }
func double(x int) int    { return 2 * x }

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func pair() (int, int) { return 3, 4 }

func main() {
	c := counter()
	c()
	println(c())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{1, 2} {
		fs = append(fs, func() int { return v * 10 })
	}
	for _, f := range fs {
		println(f())
	}
	println(apply(double, 4), apply(func(x int) int { return x + 1 }, 4))
	t := T{5}
	get := t.Get
	add := t.Add
	add(3)
	println(get(), t.n)
	g2 := T.Get
	a2 := (*T).Add
	a2(&t, 1)
	println(g2(t))
	println(sum(), sum(1, 2, 3), sum([]int{4, 5}...), sum(pair()))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	nested := func() func() int {
		return func() int { return x * 100 }
	}
	println(x, nested()())
}
