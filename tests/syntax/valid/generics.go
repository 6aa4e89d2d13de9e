// Type parameters: generic types, functions, methods, constraints.
package main

import "fmt"

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Stringish interface {
	~string
	Len() int
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Tree[T interface{ Less(T) bool }] struct {
	left, right *Tree[T]
	val         T
}

type Vec[T Number] []T

type Matrix[T Number] [][]T

type Ptrs[P interface{ *int | *string }] []P

type Slices[S ~[]E, E any] struct{ s S }

type Arr[N any] [4]N

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l List[T]) Len() int { return l.size }

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, p.Val) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Zero[T any]() (z T) { return }

type Int int

func (i Int) Less(j Int) bool { return i < j }

func main() {
	var l List[int]
	l.Push(1)
	ys := Map[int, string]([]int{1, 2}, func(i int) string { return fmt.Sprint(i) })
	fmt.Println(ys, Sum(1, 2, 3), Sum[float64](1.5), l.Len())
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, Keys(map[string]int{"x": 1}), Zero[int]())
	var v Vec[int] = Vec[int]{1, 2}
	var m Matrix[float64]
	_, _ = v, m
	f := Map[int, int]
	_ = f
	var t *Tree[Int]
	_ = t
	_ = Slices[[]int, int]{}
	_ = List[List[int]]{}
}
