package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 10
	}
	_ = id
}

func main() {
	jobs := make(chan int, 5)
	results := make(chan int, 5)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= 5; a++ {
		sum += <-results
	}
	fmt.Println("sum", sum)

	done := make(chan bool)
	data := make(chan string)
	go func() {
		for s := range data {
			fmt.Println("got", s)
		}
		done <- true
	}()
	data <- "a"
	data <- "b"
	close(data)
	<-done

	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("recv", v)
	default:
		fmt.Println("empty")
	}
	c <- 7
	select {
	case v, ok := <-c:
		fmt.Println("recv", v, ok)
	default:
		fmt.Println("empty")
	}
	d := make(chan int)
	e := make(chan string, 1)
	go func() { d <- 42 }()
	for i := 0; i < 2; i++ {
		select {
		case x := <-d:
			fmt.Println("d", x)
		case e <- "hi":
			fmt.Println("sent e")
		}
	}
	fmt.Println(len(e), cap(e), len(c), cap(c))
	var nc chan int
	fmt.Println(len(nc), cap(nc))
	v, ok := <-e
	close(e)
	w, ok2 := <-e
	fmt.Println(v, ok, w == "", ok2)
	defer fmt.Println("deferred")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(e)
	}()
}
