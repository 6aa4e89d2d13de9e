// errorcheck

package main

var x = f() // ERROR "initialization loop for x"

func f() int { return x }

var a = b // ERROR "initialization loop for a"
var b = a

const c1 = c2 // ERROR "initialization loop for c1"
const c2 = c1

type T [len(T{})]int // ERROR "illegal cycle in type declaration"

type S struct { s S } // ERROR "invalid recursive type S"

func main() {}
