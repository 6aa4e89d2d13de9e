package main

main() { // ERROR "^syntax error: non-declaration statement outside function body$"
}
