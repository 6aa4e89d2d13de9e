package main

import "runtime"

func producer(c chan int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	runtime.GOMAXPROCS(1)
	// unbuffered ping-pong
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 1000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	_, ok := <-pong
	println("pingpong", sum, ok)

	// buffered: fill, len/cap, drain
	b := make(chan int, 5)
	for i := 0; i < 5; i++ {
		b <- i * i
	}
	println("buffered", len(b), cap(b))
	close(b)
	for v := range b {
		print(v, " ")
	}
	println()
	v, ok := <-b
	println("closed", v, ok)

	// producer into a small buffer
	c := make(chan int, 3)
	go producer(c, 100)
	total := 0
	for v := range c {
		total += v
	}
	println("producer", total)

	// order of goroutine start (GOMAXPROCS=1: runnext)
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) { done <- i }(i)
	}
	for i := 0; i < 4; i++ {
		print(<-done, " ")
	}
	println()

	// select: default, ready cases
	s1, s2 := make(chan int, 1), make(chan int, 1)
	select {
	case v := <-s1:
		println("unexpected", v)
	default:
		println("default")
	}
	s2 <- 7
	select {
	case v := <-s1:
		println("s1", v)
	case v := <-s2:
		println("s2", v)
	}
	// blocking select woken by a goroutine
	r := make(chan int)
	go func() { r <- 42 }()
	select {
	case v := <-r:
		println("r", v)
	case v := <-s1:
		println("s1", v)
	}
	// select send
	out := make(chan int, 1)
	select {
	case out <- 5:
		println("sent", <-out)
	default:
		println("full")
	}
	var nilc chan int
	select {
	case nilc <- 1:
		println("nil send")
	default:
		println("nil default")
	}
}
