package main

type node struct {
	next *node
	val  int
}

func worker(id int, res chan int) {
	var head *node
	for i := 0; i < 20000; i++ {
		head = &node{head, i}
		if i%1000 == 0 {
			res <- -1 // yield to the others while holding the list
		}
	}
	s := 0
	for p := head; p != nil; p = p.next {
		s += p.val
	}
	res <- s + id
}

func main() {
	res := make(chan int)
	for i := 0; i < 8; i++ {
		go worker(i, res)
	}
	sum, n := 0, 0
	for n < 8 {
		v := <-res
		if v == -1 {
			_ = make([]byte, 100000)
			continue
		}
		sum += v
		n++
	}
	println("sum", sum)
}
