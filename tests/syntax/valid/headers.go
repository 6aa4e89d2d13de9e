// Composite literals in statement headers (gc's rule: a literal whose type
// is a bare or qualified name needs parentheses there).
package main

type T struct{ a, b int }

func (t T) ok() bool { return t.a == 0 }

func main() {
	if (T{}) == (T{a: 1}) {
	}
	if x := (T{a: 1}); x.a > 0 {
	}
	for _, x := range []int{1, 2} {
		_ = x
	}
	for _, x := range [2]T{{1, 2}} {
		_ = x
	}
	for k := range map[string]int{"a": 1} {
		_ = k
	}
	switch (T{}) {
	case T{a: 1}:
	}
	switch x := []int{1}; len(x) {
	}
	if struct{ a int }{1}.a == 1 {
	}
	if v := (T{}).ok(); v {
	}
	if func() bool { return T{} == T{} }() {
	}
	for i := 0; i < len([]T{{}}); i++ {
	}
}
