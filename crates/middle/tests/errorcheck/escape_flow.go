// errorcheck -0 -m=2 -l

// -m=2's flow explanations (gc 1.19's explain output).

package escflow

type T struct{ x int }

var sink *T

func leak(p *T) { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^flow: \{heap\} = p:$" "^from sink = p \(assign\) at (\./)?escape_flow\.go:12:7$" "^leaking param: p$"
	sink = p
}

func ret() *T {
	t := T{1} // ERROR "^t escapes to heap:$" "^flow: ~r0 = &t:$" "^from &t \(address-of\) at (\./)?escape_flow\.go:17:9$" "^from return &t \(return\) at (\./)?escape_flow\.go:17:2$" "^moved to heap: t$"
	return &t
}

func deep() **T {
	p := &T{2} // ERROR "^p escapes to heap:$" "^flow: ~r0 = &p:$" "^from &p \(address-of\) at (\./)?escape_flow\.go:22:9$" "^from return &p \(return\) at (\./)?escape_flow\.go:22:2$" "^&T\{\.\.\.\} escapes to heap:$" "^flow: p = &\{storage for &T\{\.\.\.\}\}:$" "^from &T\{\.\.\.\} \(spill\) at (\./)?escape_flow\.go:21:7$" "^from p := &T\{\.\.\.\} \(assign\) at (\./)?escape_flow\.go:21:4$" "^moved to heap: p$" "^&T\{\.\.\.\} escapes to heap$"
	return &p
}

func viaCall() {
	q := &T{3} // ERROR "^&T\{\.\.\.\} escapes to heap:$" "^flow: q = &\{storage for &T\{\.\.\.\}\}:$" "^from &T\{\.\.\.\} \(spill\) at (\./)?escape_flow\.go:26:7$" "^from q := &T\{\.\.\.\} \(assign\) at (\./)?escape_flow\.go:26:4$" "^flow: \{heap\} = q:$" "^from leak\(q\) \(call parameter\) at (\./)?escape_flow\.go:27:6$" "^&T\{\.\.\.\} escapes to heap$"
	leak(q)
}

func noEscape(p *T) int { // ERROR "^p does not escape$"
	return p.x
}
