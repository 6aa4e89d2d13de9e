package main

var r = '' // ERROR "^empty rune literal or unescaped '$"
