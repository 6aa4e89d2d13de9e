// stress allocates about 4.4 GB in total while keeping about 10 MB live: a ring of
// byte buffers (mixed sizes, some above 32 KB), a ring of pointer-linked nodes, maps
// and strings that are replaced all the time. It prints checksums that depend on the
// live data, so a collector that frees live objects (or corrupts them) changes the
// output. tests/gc/harness.rs checks the output against Go 1.19's and the peak RSS.
package main

import (
	"fmt"
	"strconv"
)

type node struct {
	next  *node
	val   int
	name  string
	items []int
}

const (
	bufSlots  = 600 // × ~12 KB average ≈ 7 MB live
	nodeSlots = 2000
	listLen   = 16 // nodes per list: × 2000 ≈ 32000 nodes ≈ 2.5 MB live
	rounds    = 420000
)

var (
	bufs  [bufSlots][]byte
	lists [nodeSlots]*node
	maps  [64]map[string]int
	total int64 // bytes requested, roughly
)

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

func newList(r *rng, n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		k := int(r.next() % 8)
		nd := &node{next: head, val: int(r.next() % 1000), name: "n" + strconv.Itoa(i), items: make([]int, k)}
		for j := range nd.items {
			nd.items[j] = i + j
		}
		total += int64(64 + 8*k + 8)
		head = nd
	}
	return head
}

func sumList(n *node) int {
	s := 0
	for ; n != nil; n = n.next {
		s += n.val + len(n.name)
		for _, v := range n.items {
			s += v
		}
	}
	return s
}

func main() {
	r := &rng{s: 88172645463325252}
	for round := 0; round < rounds; round++ {
		// a buffer: mostly 1–16 KB, one in 50 is 40–100 KB
		size := 1024 + int(r.next()%(15*1024))
		if r.next()%50 == 0 {
			size = 40*1024 + int(r.next()%(60*1024))
		}
		b := make([]byte, size)
		b[0] = byte(round)
		b[size-1] = byte(round >> 8)
		bufs[r.next()%bufSlots] = b
		total += int64(size)

		// a short-lived garbage slice of pointers
		tmp := make([]*node, 64)
		tmp[int(r.next()%64)] = &node{val: round}
		total += 64*8 + 64

		if round%4 == 0 {
			lists[r.next()%nodeSlots] = newList(r, listLen)
		}
		if round%100 == 0 {
			m := make(map[string]int)
			for i := 0; i < 200; i++ {
				m[strconv.Itoa(i)+"k"] = i
			}
			maps[r.next()%64] = m
			total += 200 * 48
		}
		if round%50000 == 0 {
			check(round)
		}
	}
	check(rounds)
	fmt.Println("allocated at least", total>>20, "MB")
}

// check prints a checksum of everything live.
func check(round int) {
	sb, sl, sm := 0, 0, 0
	for _, b := range bufs {
		if b != nil {
			sb += len(b) + int(b[0]) + int(b[len(b)-1])
		}
	}
	for _, l := range lists {
		sl += sumList(l)
	}
	for _, m := range maps {
		for k, v := range m {
			sm += len(k) + v
		}
	}
	fmt.Println(round, sb, sl, sm)
}
