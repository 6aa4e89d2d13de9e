// errorcheck -0 -m=2

// Inline costs and every `cannot inline` reason gc 1.19 prints at -m=2.

package inl

import "strings"

func add(a, b int) int { // ERROR "^can inline add with cost 4 as: func\(int, int\) int \{ return a \+ b \}$"
	return a + b
}

func field(t *struct{ x int }) int { // ERROR "^can inline field with cost 3 as: func\(\*struct \{ x int \}\) int \{ return t\.x \}$" "^t does not escape$"
	return t.x
}

func loop(xs []int) int { // ERROR "^can inline loop with cost 16 as: func\(\[\]int\) int \{ s := 0; for loop; return s \}$" "^xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func mid(a, b, c int) int { // ERROR "^can inline mid with cost 16 as: func\(int, int, int\) int \{ return add\(add\(a, b\), c\) \}$"
	return add(add(a, b), c) // ERROR "^inlining call to add$"
}

func fib(n int) int { // ERROR "^cannot inline fib: recursive$"
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

//go:noinline
func noinl(x int) int { // ERROR "^cannot inline noinl: marked go:noinline$"
	return x * 2
}

func withDefer() (r int) { // ERROR "^cannot inline withDefer: unhandled op DEFER$" "^withDefer capturing by ref: r \(addr=false assign=true width=8\)$"
	defer func() { r++ }() // ERROR "^can inline withDefer\.func1 with cost 3 as: func\(\) \{ r \+= 1 \}$" "^func literal does not escape$"
	return 1
}

func withGo(ch chan int) { // ERROR "^cannot inline withGo: unhandled op GO$" "^withGo capturing by value: ch \(addr=false assign=false width=8\)$" "^parameter ch leaks to \{storage for func literal\} with derefs=0:$" "^flow: \{storage for func literal\} = ch:$" "^from ch \(captured by a closure\) at (\./)?inline_costs\.go:47:14$" "^leaking param: ch$"
	go func() { ch <- 1 }() // ERROR "^can inline withGo\.func1 with cost 3 as: func\(\) \{ ch <- 1 \}$" "^func literal escapes to heap:$" "^flow: \{heap\} = &\{storage for func literal\}:$" "^from func literal \(spill\) at (\./)?inline_costs\.go:47:5$" "^func literal escapes to heap$"
}

func withRecover() (v interface{}) { // ERROR "^cannot inline withRecover: unhandled op DEFER$" "^withRecover capturing by ref: v \(addr=false assign=true width=16\)$"
	defer func() { v = recover() }() // ERROR "^cannot inline withRecover\.func1: call to recover$" "^func literal does not escape$"
	panic("x") // ERROR "^\"x\" escapes to heap:$" "^flow: \{heap\} = &\{storage for \"x\"\}:$" "^from \"x\" \(spill\) at (\./)?inline_costs\.go:52:7$" "^from panic\(\"x\"\) \(call parameter\) at (\./)?inline_costs\.go:52:7$" "^\"x\" escapes to heap$"
}

func tooBig(x int) int { // ERROR "^cannot inline tooBig: function too complex: cost 100 exceeds budget 80$"
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	x = x*3 + 1
	return x
}

func callsNoinl(x int) int { // ERROR "^can inline callsNoinl with cost 63 as: func\(int\) int \{ return noinl\(x\) \+ 1 \}$"
	return noinl(x) + 1
}

func hasPrefix(s string) bool { // ERROR "^can inline hasPrefix with cost 19 as: func\(string\) bool \{ return strings\.HasPrefix\(s, \"go\"\) \}$" "^s does not escape$"
	return strings.HasPrefix(s, "go") // ERROR "^inlining call to strings\.HasPrefix$"
}

func closure(x int) int { // ERROR "^can inline closure with cost 32 as: func\(int\) int \{ f := func literal; return f\(2\) \}$" "^closure capturing by value: x \(addr=false assign=false width=8\)$"
	f := func(y int) int { return x + y } // ERROR "^can inline closure\.func1 with cost 4 as: func\(int\) int \{ return x \+ y \}$" "^func literal does not escape$"
	return f(2) // ERROR "^inlining call to closure\.func1$"
}

func panics(x int) int { // ERROR "^can inline panics with cost 9 as: func\(int\) int \{ if x < 0 \{ panic\(\"negative\"\) \}; return x \}$"
	if x < 0 {
		panic("negative") // ERROR "^\"negative\" escapes to heap:$" "^flow: \{heap\} = &\{storage for \"negative\"\}:$" "^from \"negative\" \(spill\) at (\./)?inline_costs\.go:88:8$" "^from panic\(\"negative\"\) \(call parameter\) at (\./)?inline_costs\.go:88:8$" "^\"negative\" escapes to heap$"
	}
	return x
}

func user() int { // ERROR "^cannot inline user: function too complex: cost 299 exceeds budget 80$"
	return add(1, 2) + field(&struct{ x int }{3}) + loop(nil) + mid(1, 2, 3) + fib(3) + // ERROR "^inlining call to add$" "^inlining call to field$" "^inlining call to loop$" "^inlining call to mid$" "^&struct \{ x int \}\{\.\.\.\} does not escape$"
		callsNoinl(1) + tooBig(1) + closure(1) + panics(1) // ERROR "^inlining call to callsNoinl$" "^inlining call to closure$" "^inlining call to panics$" "^\"negative\" escapes to heap:$" "^flow: \{heap\} = &\{storage for \"negative\"\}:$" "^from \"negative\" \(spill\) at (\./)?inline_costs\.go:95:50$" "^from panic\(\"negative\"\) \(call parameter\) at (\./)?inline_costs\.go:95:50$" "^user capturing by value: x \(addr=false assign=false width=8\)$" "^func literal does not escape$" "^\"negative\" escapes to heap$"
}
