// errorcheck

package main

type I interface { // ERROR "invalid recursive type I"
	I
}

type J interface { // ERROR "invalid recursive type J"
	K
	M()
}

type K interface {
	J
}

type L interface {
	M()
	N() L
}

func main() {
	var l L
	_ = l
}
