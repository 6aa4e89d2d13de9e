// Allocation churn with a small live set: many short-lived slices, strings, maps and structs.
package main

import (
	"fmt"
	"strconv"
)

type Rec struct {
	ID   int
	Name string
	Tags []string
	Next *Rec
}

func main() {
	var keep [64]*Rec
	checksum := 0
	for round := 0; round < 200000; round++ {
		r := &Rec{ID: round, Name: "rec" + strconv.Itoa(round), Tags: make([]string, 0, 4)}
		r.Tags = append(r.Tags, r.Name[:3], strconv.Itoa(round%97))
		if round%3 == 0 {
			r.Next = keep[(round/3)%64]
		}
		keep[round%64] = r
		buf := make([]byte, 256+round%512)
		buf[len(buf)-1] = byte(round)
		checksum += int(buf[len(buf)-1]) + len(r.Tags[1])
		if round%1000 == 0 {
			m := make(map[int]string, 100)
			for i := 0; i < 100; i++ {
				m[i] = strconv.Itoa(i * round)
			}
			checksum += len(m[99])
		}
	}
	live := 0
	for _, r := range keep {
		for p := r; p != nil && live < 100000; p = p.Next {
			live++
		}
	}
	fmt.Println("checksum", checksum)
	fmt.Println("live chain length", live)
	fmt.Println(keep[0].Name, keep[63].Tags)
}
