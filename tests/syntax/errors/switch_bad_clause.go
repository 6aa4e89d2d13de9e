package main

func main() {
	switch x {
	case 1:
	) // ERROR "^syntax error: unexpected [)], expecting case or default or [}]$"
	}
}
