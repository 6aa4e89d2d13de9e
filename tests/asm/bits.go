// asmcheck: math/bits intrinsics per GOAMD64 level (tests/asm.rs).

package main

import "math/bits"

func onesCount(x uint) int {
	// amd64/v1:-"POPCNT",-"CALL"
	// amd64/v2:"POPCNT",-"CALL"
	// amd64/v3:"POPCNT"
	// amd64/v4:"POPCNT"
	return bits.OnesCount(x)
}

func onesCount64(x uint64) int {
	// amd64/v1:-"POPCNT",-"CALL",-"J"
	// amd64/v2:"POPCNT",-"CALL"
	// amd64/v3:"POPCNT"
	// amd64/v4:"POPCNT"
	return bits.OnesCount64(x)
}

func onesCount32(x uint32) int {
	// amd64/v1:-"POPCNT",-"CALL",-"J"
	// amd64/v2:"POPCNT"
	// amd64/v3:"POPCNT"
	return bits.OnesCount32(x)
}

func onesCount16(x uint16) int {
	// amd64/v1:-"POPCNT",-"CALL",-"J"
	// amd64/v2:"POPCNT"
	return bits.OnesCount16(x)
}

func onesCount8(x uint8) int {
	// gc has no OnesCount8 intrinsic on amd64: it inlines the table lookup
	// amd64:-"POPCNT",-"CALL",-"J"
	return bits.OnesCount8(x)
}

func leadingZeros64(x uint64) int {
	// amd64/v1:"BSR",-"LZCNT",-"CALL"
	// amd64/v2:"BSR",-"LZCNT"
	// amd64/v3:"LZCNT",-"BSR"
	// amd64/v4:"LZCNT",-"BSR"
	return bits.LeadingZeros64(x)
}

func leadingZeros32(x uint32) int {
	// amd64/v1:"BSR",-"LZCNT"
	// amd64/v3:"LZCNT",-"BSR"
	return bits.LeadingZeros32(x)
}

func leadingZeros16(x uint16) int {
	// amd64/v2:"BSR",-"LZCNT"
	// amd64/v3:"LZCNT",-"BSR"
	return bits.LeadingZeros16(x)
}

func leadingZeros8(x uint8) int {
	// amd64/v1:"BSR",-"LZCNT"
	// amd64/v4:"LZCNT",-"BSR"
	return bits.LeadingZeros8(x)
}

func len64(x uint64) int {
	// amd64/v1:"BSR",-"LZCNT",-"CALL"
	// amd64/v2:"BSR",-"LZCNT"
	// amd64/v3:"LZCNT",-"BSR"
	return bits.Len64(x)
}

func len32(x uint32) int {
	// amd64/v1:"BSR",-"LZCNT"
	// amd64/v3:"LZCNT",-"BSR"
	return bits.Len32(x)
}

func len8(x uint8) int {
	// amd64/v2:"BSR",-"LZCNT"
	// amd64/v3:"LZCNT"
	return bits.Len8(x)
}

func trailingZeros64(x uint64) int {
	// amd64/v1:"BSF",-"TZCNT",-"CALL"
	// amd64/v2:"BSF",-"TZCNT"
	// amd64/v3:"TZCNT",-"BSF"
	// amd64/v4:"TZCNT",-"BSF"
	return bits.TrailingZeros64(x)
}

func trailingZeros32(x uint32) int {
	// amd64/v1:"BSF",-"TZCNT"
	// amd64/v3:"TZCNT",-"BSF"
	return bits.TrailingZeros32(x)
}

func trailingZeros16(x uint16) int {
	// amd64/v2:"BSF",-"TZCNT"
	// amd64/v3:"TZCNT",-"BSF"
	return bits.TrailingZeros16(x)
}

func trailingZeros8(x uint8) int {
	// amd64/v1:"BSF",-"TZCNT"
	// amd64/v4:"TZCNT",-"BSF"
	return bits.TrailingZeros8(x)
}

func rotateLeft64(x uint64, k int) uint64 {
	// amd64:"ROL",-"CALL"
	return bits.RotateLeft64(x, k)
}

func rotateLeft32(x uint32, k int) uint32 {
	// amd64:"ROL",-"CALL"
	return bits.RotateLeft32(x, k)
}

func rotateLeft16(x uint16, k int) uint16 {
	// amd64:"ROL"
	return bits.RotateLeft16(x, k)
}

func rotateLeft8(x uint8, k int) uint8 {
	// amd64:"ROL"
	return bits.RotateLeft8(x, k)
}

func rotateLeft64By7(x uint64) uint64 {
	// a constant rotation: ROL, or BMI2's RORX (by 64-7) from v3
	// amd64/v1:"ROL\t[$]7,"
	// amd64/v2:"ROL\t[$]7,"
	// amd64/v3:"RORX\t[$]0x39,"
	// amd64/v4:"RORX\t[$]0x39,"
	return bits.RotateLeft64(x, 7)
}

func rotateLeft32By7(x uint32) uint32 {
	// amd64/v1:"ROL\t[$]7,"
	// amd64/v3:"RORX\t[$]0x19,"
	return bits.RotateLeft32(x, 7)
}

// mingo compiles whole programs: functions must be reachable to be listed.
var keep = []any{
	onesCount, onesCount64, onesCount32, onesCount16, onesCount8,
	leadingZeros64, leadingZeros32, leadingZeros16, leadingZeros8, len64, len32, len8,
	trailingZeros64, trailingZeros32, trailingZeros16, trailingZeros8,
	rotateLeft64, rotateLeft32, rotateLeft16, rotateLeft8, rotateLeft64By7, rotateLeft32By7,
}

func main() {}
