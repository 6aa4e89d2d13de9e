package main

import "time"

func main() {
	go func() {
		defer func() { println("deferred in goroutine") }()
		panic("in goroutine")
	}()
	time.Sleep(time.Second)
}
