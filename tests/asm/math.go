// asmcheck: math intrinsics per GOAMD64 level (tests/asm.rs).

package main

import "math"

func sqrt(x float64) float64 {
	// amd64/v1:"SQRTSD",-"CALL"
	// amd64/v2:"SQRTSD",-"CALL"
	// amd64/v3:"V?SQRTSD",-"CALL"
	// amd64/v4:"V?SQRTSD",-"CALL"
	return math.Sqrt(x)
}

func floor(x float64) float64 {
	// amd64/v1:-"V?ROUNDSD",-"CALL"
	// amd64/v2:"ROUNDSD\t[$]1,",-"CALL"
	// amd64/v3:"V?ROUNDSD\t[$]1,",-"CALL"
	// amd64/v4:"V?ROUNDSD\t[$]1,"
	return math.Floor(x)
}

func ceil(x float64) float64 {
	// amd64/v1:-"V?ROUNDSD",-"CALL"
	// amd64/v2:"ROUNDSD\t[$]2,",-"CALL"
	// amd64/v3:"V?ROUNDSD\t[$]2,"
	return math.Ceil(x)
}

func trunc(x float64) float64 {
	// amd64/v1:-"V?ROUNDSD",-"CALL"
	// amd64/v2:"ROUNDSD\t[$]3,"
	// amd64/v4:"V?ROUNDSD\t[$]3,"
	return math.Trunc(x)
}

func fma(x, y, z float64) float64 {
	// below v3, a call of the runtime's correctly rounded fma
	// amd64/v1:-"VFMADD","CALL\tfma"
	// amd64/v2:-"VFMADD","CALL\tfma"
	// amd64/v3:"VFMADD231SD|VFMADD213SD|VFMADD132SD",-"CALL"
	// amd64/v4:"VFMADD",-"CALL"
	return math.FMA(x, y, z)
}

func abs(x float64) float64 {
	// amd64:-"CALL",-"J"
	return math.Abs(x)
}

var keep = []any{sqrt, floor, ceil, trunc, fma, abs}

func main() {}
