package main

import "fmt" "os" // ERROR "^syntax error: unexpected literal .os., expecting semicolon or newline$"
