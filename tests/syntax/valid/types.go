// Every type form.
package main

type (
	Arr   [4]int
	Arr2  [2 * 3][1 << 2]string
	Sl    []float64
	Mp    map[string][]int
	Ptr   *int
	PP    **Arr
	Fn    func(int, ...string) (bool, error)
	Fn2   func(a, b int) func() int
	Ch    chan int
	RCh   <-chan []int
	SCh   chan<- map[int]bool
	CCh   chan<- chan int
	RCCh  chan (<-chan int)
	RRCh  <-chan <-chan int
	St    struct{}
	St2   struct {
		A int
		B, C string `tag:"x"`
		Arr
		*Sl
	}
	If  interface{}
	If2 interface {
		M()
		N(int) (string, error)
		If
	}
	Paren (int)
	Nested map[[2]string]func(chan<- int) <-chan struct{ x int }
)

func main() {
	var (
		_ Arr
		_ Arr2
		_ Sl
		_ Mp
		_ Ptr
		_ PP
		_ Fn
		_ Fn2
		_ Ch
		_ RCh
		_ SCh
		_ CCh
		_ RCCh
		_ RRCh
		_ St
		_ St2
		_ If
		_ If2
		_ Paren
		_ Nested
	)
}
