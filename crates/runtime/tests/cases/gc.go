package main

type node struct {
	next *node
	val  int
}

var ring [1024][]byte

func main() {
	var head *node
	for i := 0; i < 10000; i++ {
		head = &node{head, i}
		if i%100 == 0 {
			ring[i%1024] = make([]byte, 5000)
		}
	}
	for i := 0; i < 400000; i++ {
		b := make([]byte, 10000)
		b[0] = byte(i)
		ring[i%1024] = b
	}
	ok := true
	n := 9999
	for p := head; p != nil; p = p.next {
		if p.val != n {
			ok = false
		}
		n--
	}
	println("list", ok, n)
	println("rss ok")
}
