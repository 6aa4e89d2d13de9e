package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 20, 0} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			println("woke", d)
		}(d)
	}
	wg.Wait()
	// a semaphore-protected counter updated by many goroutines
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	println("total", total)
}
