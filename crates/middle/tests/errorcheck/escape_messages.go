// errorcheck -0 -m -l

// Every escape-analysis message gc 1.19 prints at -m, one construct per line.

package escmsg

type T struct{ x, y int }

var gp *T
var gi interface{}
var gs []int
var gf func() int

func newT() *T {
	return &T{1, 2} // ERROR "^&T\{\.\.\.\} escapes to heap$"
}

func keep(p *T) { // ERROR "^leaking param: p$"
	gp = p
}

func id(p *T) *T { // ERROR "^leaking param: p to result ~r0 level=0$"
	return p
}

func named(p *T) (r *T) { // ERROR "^leaking param: p to result r level=0$"
	r = p
	return
}

func field(p *T) int { // ERROR "^p does not escape$"
	return p.x
}

func content(pp **T) { // ERROR "^leaking param content: pp$"
	gp = *pp
}

func contentResult(pp **T) *T { // ERROR "^leaking param: pp to result ~r0 level=1$"
	return *pp
}

func sum(xs ...int) int { // ERROR "^xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func locals() int {
	a := &T{3, 4} // ERROR "^&T\{\.\.\.\} does not escape$"
	b := new(int) // ERROR "^new\(int\) does not escape$"
	*b = a.x
	m := make([]int, 10) // ERROR "^make\(\[\]int, 10\) does not escape$"
	m[0] = *b
	big := make([]int, 8193) // ERROR "^make\(\[\]int, 8193\) escapes to heap$"
	small := make([]int, 0, 8192) // ERROR "^make\(\[\]int, 0, 8192\) does not escape$"
	n := make([]int, len(m)) // ERROR "^make\(\[\]int, len\(m\)\) escapes to heap$"
	gs = n
	var x T // ERROR "^moved to heap: x$"
	keep(&x)
	var y T
	p := &y
	p.x = 1
	return m[0] + big[0] + len(small) + y.x
}

func closures() int {
	v := 1
	f := func() int { return v } // ERROR "^func literal does not escape$"
	w := 2
	gf = func() int { return w } // ERROR "^func literal escapes to heap$"
	return f()
}

func convs(i int, s string) int { // ERROR "^s does not escape$"
	gi = i // ERROR "^i escapes to heap$"
	var e interface{} = s // ERROR "^s does not escape$"
	_ = e
	b := []byte(s) // ERROR "^\(\[\]byte\)\(s\) does not escape$"
	c := []byte("constant") // ERROR "^\(\[\]byte\)\(\"constant\"\) does not escape$"
	r := []rune(s) // ERROR "^\(\[\]rune\)\(s\) does not escape$"
	return len(b) + len(c) + len(r)
}

func variadic() int {
	return sum(1, 2, 3) // ERROR "^\.\.\. argument does not escape$"
}

func literals() int {
	s := []int{1, 2, 3} // ERROR "^\[\]int\{\.\.\.\} does not escape$"
	m := map[int]int{1: 2} // ERROR "^map\[int\]int\{\.\.\.\} does not escape$"
	gs = []int{4, 5} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
	return s[0] + m[1]
}

func loopAlloc(n int) *T {
	var last *T
	for i := 0; i < n; i++ {
		last = &T{i, i} // ERROR "^&T\{\.\.\.\} escapes to heap$"
	}
	return last
}

func methodValue(t *T) func() int { // ERROR "^leaking param: t$"
	return t.get // ERROR "^t\.get escapes to heap$"
}

func (t *T) get() int { return t.x } // ERROR "^t does not escape$"

func strs(a, b string) string { // ERROR "^a does not escape$" "^b does not escape$"
	s := a + b // ERROR "^a \+ b escapes to heap$"
	gi = s // ERROR "^s escapes to heap$"
	t := a + "!" // ERROR "^a \+ \"!\" escapes to heap$"
	return t
}
