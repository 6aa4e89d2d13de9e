package heap_test

import (
	"container/heap"
	"math/rand"
	"testing"

	mheap "mstd/container/heap"
	mlist "mstd/container/list"
)

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func TestHeap(t *testing.T) {
	r := rand.New(rand.NewSource(17))
	var a, b ints
	for i := 0; i < 3000; i++ {
		switch {
		case r.Intn(3) > 0 || len(a) == 0:
			v := r.Intn(100)
			heap.Push(&a, v)
			mheap.Push(&b, v)
		case r.Intn(2) == 0:
			if heap.Pop(&a) != mheap.Pop(&b) {
				t.Fatalf("Pop differs")
			}
		default:
			k := r.Intn(len(a))
			a[k] = r.Intn(100)
			b[k] = a[k]
			heap.Fix(&a, k)
			mheap.Fix(&b, k)
		}
		for j := range a {
			if a[j] != b[j] {
				t.Fatalf("heap layout differs at step %d", i)
			}
		}
	}
	heap.Init(&a)
	mheap.Init(&b)
	if len(a) > 0 {
		heap.Remove(&a, len(a)/2)
		mheap.Remove(&b, len(b)/2)
	}
	for j := range a {
		if a[j] != b[j] {
			t.Fatalf("Remove differs")
		}
	}
}

func TestList(t *testing.T) {
	l := mlist.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	l.Remove(e4)
	var got []int
	for e := l.Front(); e != nil; e = e.Next() {
		got = append(got, e.Value.(int))
	}
	if len(got) != 3 || got[0] != 2 || got[1] != 3 || got[2] != 1 || l.Len() != 3 || l.Back().Value != 1 {
		t.Fatalf("list = %v", got)
	}
}
