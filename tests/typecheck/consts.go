package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

type Flags uint8

const (
	F1 Flags = 1 << iota
	F2
	F3
)

const huge = 1 << 100
const small = huge >> 98
const f32 float32 = 0.1
const third = 1.0 / 3
const s = "con" + "cat"
const r = 'a' + 1
const typed int64 = 1e9
const big = math.MaxInt64
const neg = -5 % 3

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	var x uint8 = 255
	x++
	var y int8 = -128
	var z = ^uint32(0)
	var w = -(1 << 63)
	const mask = ^0
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB, a, b, c, d, F1|F2|F3, small, f32, third, s, r, typed, big, neg, x, y, z, w, mask)
	fmt.Println(len(s), len("abc"), math.Pi, float32(math.Pi), int(2.0), 7/2, 7.0/2, 1<<3|1)
	var f float64 = 1 << 10
	var sh uint = 3
	var v = 1 << sh
	var g int64 = 1 << sh
	fmt.Println(f, v, g, uint8(300&0xff), string(rune(65)), string(rune(0x10FFFF+1)))
	arr := [KB / 256]int{}
	fmt.Println(len(arr), cap(arr), Weekday(2))
	const big2 = 1 << 200 / (1 << 190)
	fmt.Println(big2, 'x', "\xff", 1_000_000, 0b1010, 0o17, 0x1p4)
}
