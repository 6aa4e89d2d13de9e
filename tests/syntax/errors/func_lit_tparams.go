package main

var f = func[T any]() {} // ERROR "^syntax error: function type must have no type parameters$"
