package main

var x = []int{1, 2 3} // ERROR "^syntax error: unexpected literal 3 in composite literal; possibly missing comma or [}]$"
