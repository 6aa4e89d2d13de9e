package main

func f() (int, int) {
	return 1,
} // ERROR "^syntax error: unexpected [}], expecting expression$"
