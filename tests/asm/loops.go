// asmcheck: loop layout (crates/codegen/src/lower.rs). Cranelift emits blocks
// in reverse postorder, where a loop's header comes before its body; mingo
// copies a small header's test into the latch (loop rotation, which gc gets
// from its block layout), so an iteration ends with one conditional branch
// back to the body and no jump to the header.

package main

//go:noinline
func sum(a []int) int {
	s := 0
	for i := 0; i < len(a); i++ { // amd64:-"jmp"
		s += a[i]
	}
	return s
}

//go:noinline
func count(a []byte, c byte) int {
	n := 0
	for _, b := range a { // amd64:-"jmp"
		if b == c {
			n++
		}
	}
	return n
}

// Left out: a loop whose bounds check fails into runtime.panicIndex(j, len)
// while the slice's pointer arrives in RDI. The call's fixed argument
// registers make Cranelift's register allocator swap the pointer between two
// registers each iteration, which puts a move, and so a jump, on the back edge
// (`mingo tool compile -S` of `for j := s; j < len(a); j += s { a[j] = true }`).

func main() {
	println(sum([]int{1, 2, 3}), count([]byte("abcabc"), 'b'))
}
